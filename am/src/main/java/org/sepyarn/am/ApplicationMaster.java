package org.sepyarn.am;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.UserGroupInformation;
import org.apache.hadoop.yarn.api.ApplicationConstants.Environment;
import org.apache.hadoop.yarn.api.records.ApplicationAttemptId;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.Priority;
import org.apache.hadoop.yarn.api.records.Resource;
import org.apache.hadoop.yarn.client.api.AMRMClient.ContainerRequest;
import org.apache.hadoop.yarn.client.api.async.AMRMClientAsync;
import org.apache.hadoop.yarn.client.api.async.NMClientAsync;
import org.sepyarn.am.channel.RunnerChannelServer;
import org.sepyarn.am.merge.OutputMerger;
import org.sepyarn.am.plan.JobPlan;
import org.sepyarn.am.plan.JobPlanner;
import org.sepyarn.am.schedule.JobFailure;
import org.sepyarn.am.schedule.SchedulingPolicy;
import org.sepyarn.am.schedule.TaskScheduler;
import org.sepyarn.am.schedule.TaskTransition;
import org.sepyarn.am.status.StatusPublisher;
import org.sepyarn.am.yarn.AttemptReports;
import org.sepyarn.am.yarn.ContainerRequestsSpec;
import org.sepyarn.am.yarn.EventLoop;
import org.sepyarn.am.yarn.NmCallbacks;
import org.sepyarn.am.yarn.RmCallbacks;
import org.sepyarn.am.yarn.RunnerLaunchContexts;
import org.sepyarn.am.yarn.YarnScheduling;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.runner.spec.Heartbeat;
import org.sepyarn.runner.spec.HeartbeatReply;
import org.sepyarn.runner.spec.JobSecret;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt of a job's ApplicationMaster: plans the tasks, runs them through the scheduler on
 * YARN containers, merges the outputs when every task succeeded, and tells the ResourceManager
 * how the job ended.
 */
final class ApplicationMaster implements YarnScheduling.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(ApplicationMaster.class);
  /** Share of the progress bar the tasks take; the merge takes the rest. */
  private static final double TASKS_SHARE = 0.9;
  /** The runner enforces taskTimeout itself; the scheduler steps in only if the runner does not. */
  private static final Duration TIMEOUT_GRACE = Duration.ofSeconds(30);

  private final Configuration conf;
  private final WorkLayout work;
  private final boolean keepWork;
  private volatile double progress;
  private volatile boolean finished;
  private volatile String fatal;
  private JobFailure failure;
  private boolean succeeded;
  private TaskScheduler scheduler;
  private StatusPublisher status;
  private long lastPublished;

  ApplicationMaster(Configuration conf, WorkLayout work, boolean keepWork) {
    this.conf = conf;
    this.work = work;
    this.keepWork = keepWork;
  }

  void run() throws Exception {
    ApplicationAttemptId attemptId = ContainerId.fromString(System.getenv(Environment.CONTAINER_ID.name()))
        .getApplicationAttemptId();
    String appId = attemptId.getApplicationId().toString();
    FileSystem fs = work.root().getFileSystem(conf);
    JobSpec job = JobSpec.parse(Files.readString(new File(WorkLayout.JOB).toPath(), StandardCharsets.UTF_8),
        WorkLayout.JOB);
    JobPlan plan = JobPlanner.plan(job, inputCubes(job), p -> fs.makeQualified(new Path(p)).toString());
    replace(fs, work.plan(), out -> PlanCodec.writePlan(plan.tasks(), out));
    status = new StatusPublisher(fs, work, appId, job.name());
    LOG.info("job {} ({}): {} tasks, attempt {}", job.name(), appId, job.taskCount(), attemptId.getAttemptId());

    EventLoop loop = new EventLoop(Duration.ofSeconds(1), this::tick);
    String host = System.getenv(Environment.NM_HOST.name());
    byte[] secret = JobSecret.ofCurrentUser();
    try (RunnerChannelServer channel = RunnerChannelServer.start(host, secret, hb -> onHeartbeat(loop, hb))) {
      replace(fs, work.amAddress(), out -> out.write(channel.address().getBytes(StandardCharsets.UTF_8)));
      RunnerLaunchContexts launches = RunnerLaunchContexts.prepare(conf, work,
          job.program().localize().stream().map(Object::toString).toList(),
          UserGroupInformation.getCurrentUser().getCredentials());
      TaskScheduler[] ref = new TaskScheduler[1];
      AttemptReports reports = new AttemptReports(fs, work);
      AMRMClientAsync<ContainerRequest>[] rmRef = new AMRMClientAsync[1];
      RmCallbacks rmCallbacks = new RmCallbacks(loop, () -> ref[0], null, reports, () -> progress,
          () -> rmRef[0].getClusterNodeCount(), this::fatal);
      AMRMClientAsync<ContainerRequest> rm = AMRMClientAsync.createAMRMClientAsync(1000, rmCallbacks);
      rmRef[0] = rm;
      rm.init(conf);
      rm.start();
      NMClientAsync nm = NMClientAsync.createNMClientAsync(new NmCallbacks(loop, () -> ref[0]));
      nm.init(conf);
      nm.start();
      try {
        rm.registerApplicationMaster(host, 0, "");
        Resource capability = Resource.newInstance(job.resources().memoryMiB(), job.resources().vcores());
        YarnScheduling scheduling = new YarnScheduling(rm, nm, new ContainerRequestsSpec(capability,
            Priority.newInstance(1)), launches, this);
        rmCallbacks.useScheduling(scheduling);
        scheduler = TaskScheduler.create(job.taskCount(), policy(job), Clock.systemUTC(), scheduling);
        ref[0] = scheduler;
        int clusterSize = Math.max(1, rm.getClusterNodeCount());
        loop.submit(() -> {
          scheduler.start();
          scheduler.clusterSizeChanged(clusterSize);
        });
        loop.runUntil(() -> finished || fatal != null);
        if (fatal != null) {
          throw new IllegalStateException(fatal);
        }
        finish(rm, fs, job, plan, appId);
      } finally {
        nm.stop();
        rm.stop();
      }
    }
  }

  private void finish(AMRMClientAsync<ContainerRequest> rm, FileSystem fs, JobSpec job, JobPlan plan, String appId)
      throws Exception {
    if (succeeded) {
      progress = TASKS_SHARE;
      status.publish(status.status("MERGING", progress, scheduler.snapshot(), null));
      try {
        new OutputMerger(conf, work, job, appId).mergeAll(plan.merges(),
            f -> progress = TASKS_SHARE + (1 - TASKS_SHARE) * f);
      } catch (IOException | RuntimeException e) {
        LOG.error("merge failed", e);
        String diagnostics = "the merge of the outputs failed: " + e.getMessage();
        status.publish(status.status("FAILED", progress, scheduler.snapshot(), diagnostics));
        rm.unregisterApplicationMaster(FinalApplicationStatus.FAILED, diagnostics, "");
        return;
      }
      progress = 1;
      status.publish(status.status("SUCCEEDED", 1, scheduler.snapshot(), null));
      rm.unregisterApplicationMaster(FinalApplicationStatus.SUCCEEDED, "all " + job.taskCount()
          + " tasks succeeded and every output is merged", "");
      if (!keepWork) {
        fs.delete(work.root(), true);
      }
    } else {
      String diagnostics = FailureDiagnostics.of(failure, plan.tasks(), appId);
      status.publish(status.status("FAILED", progress, scheduler.snapshot(), diagnostics));
      rm.unregisterApplicationMaster(FinalApplicationStatus.FAILED, diagnostics, "");
    }
  }

  private Map<String, Hypercube> inputCubes(JobSpec job) throws IOException {
    Map<String, Hypercube> cubes = new LinkedHashMap<>();
    for (FileSpec f : job.files()) {
      if (f.isInput()) {
        cubes.put(f.path(), Dataset.open(new Path(f.path()), conf).cube());
      }
    }
    return cubes;
  }

  private static SchedulingPolicy policy(JobSpec job) {
    SchedulingPolicy policy = SchedulingPolicy.defaults()
        .withMaxAttempts(job.maxAttempts())
        .withHeartbeatTimeout(job.heartbeatTimeout());
    return job.taskTimeout().map(t -> policy.withTaskTimeout(t.plus(TIMEOUT_GRACE))).orElse(policy);
  }

  private HeartbeatReply onHeartbeat(EventLoop loop, Heartbeat hb) throws Exception {
    return loop.call(() -> new HeartbeatReply(scheduler != null && scheduler.heartbeat(hb.containerId(),
        hb.progress()))).get(10, TimeUnit.SECONDS);
  }

  private void tick() {
    if (scheduler == null) {
      return;
    }
    scheduler.tick();
    progress = TASKS_SHARE * scheduler.snapshot().progress();
    if (System.currentTimeMillis() - lastPublished > 2000) {
      publishRunning();
    }
  }

  private void publishRunning() {
    lastPublished = System.currentTimeMillis();
    status.publish(status.status("RUNNING", progress, scheduler.snapshot(), null));
  }

  private void fatal(String why) {
    fatal = why;
  }

  @Override
  public void taskStateChanged(TaskTransition transition) {
    LOG.info("task {} {} -> {} (attempt {})", transition.taskIndex(), transition.from(), transition.to(),
        transition.attempt());
  }

  @Override
  public void allTasksSucceeded() {
    succeeded = true;
    finished = true;
  }

  @Override
  public void jobFailed(JobFailure why) {
    failure = why;
    finished = true;
  }

  /** Writes a small file of the work folder by temporary name and rename. */
  private static void replace(FileSystem fs, Path path, Writer writer) throws IOException {
    Path temp = new Path(path.getParent(), "." + path.getName() + ".tmp");
    try (OutputStream out = fs.create(temp, true)) {
      writer.write(out);
    }
    fs.delete(path, false);
    if (!fs.rename(temp, path)) {
      throw new IOException("cannot rename " + temp + " to " + path);
    }
  }

  private interface Writer {
    void write(OutputStream out) throws IOException;
  }
}
