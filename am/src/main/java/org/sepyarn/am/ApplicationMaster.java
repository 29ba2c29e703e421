package org.sepyarn.am;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.UserGroupInformation;
import org.apache.hadoop.yarn.api.ApplicationConstants.Environment;
import org.apache.hadoop.yarn.api.protocolrecords.RegisterApplicationMasterResponse;
import org.apache.hadoop.yarn.api.records.ApplicationAttemptId;
import org.apache.hadoop.yarn.api.records.Container;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.Priority;
import org.apache.hadoop.yarn.client.api.AMRMClient.ContainerRequest;
import org.apache.hadoop.yarn.client.api.async.AMRMClientAsync;
import org.apache.hadoop.yarn.client.api.async.NMClientAsync;
import org.sepyarn.am.bytes.AmBytesFiles;
import org.sepyarn.am.bytes.ByteLedger;
import org.sepyarn.am.bytes.ClusterSchemes;
import org.sepyarn.am.channel.RunnerChannelServer;
import org.sepyarn.am.convergence.ConvergenceWatch;
import org.sepyarn.am.convergence.HdfsPieceSums;
import org.sepyarn.am.journal.JournalEntry.JobStarted;
import org.sepyarn.am.history.HistoryRecord;
import org.sepyarn.am.history.HistorySettings;
import org.sepyarn.am.locality.ClusterBlocks;
import org.sepyarn.am.locality.HostNames;
import org.sepyarn.am.locality.LocalityPlanner;
import org.sepyarn.am.journal.JournalReader;
import org.sepyarn.am.journal.JournalRecorder;
import org.sepyarn.am.journal.JournalState;
import org.sepyarn.am.merge.OutputMerger;
import org.sepyarn.am.merge.PieceIntegrity;
import org.sepyarn.am.merge.PieceShapeWatch;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.am.plan.IrregularTasks;
import org.sepyarn.am.plan.JobPlan;
import org.sepyarn.am.plan.JobPlanner;
import org.sepyarn.am.plan.ScatterPlanner;
import org.sepyarn.am.plan.ScatterSettings;
import org.sepyarn.am.schedule.Allocated;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.JobFailure;
import org.sepyarn.am.schedule.JobSnapshot;
import org.sepyarn.am.schedule.TaskPreference;
import org.sepyarn.am.schedule.TaskScheduler;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskTransition;
import org.sepyarn.am.status.StatusPublisher;
import org.sepyarn.am.web.ContainerLogLinks;
import org.sepyarn.am.web.JobPageRenderer;
import org.sepyarn.am.web.JobPhase;
import org.sepyarn.am.web.JobView;
import org.sepyarn.am.web.TimelineSvg;
import org.sepyarn.am.web.JobViewAssembler;
import org.sepyarn.am.web.TaskDetails;
import org.sepyarn.am.status.Resumed;
import org.sepyarn.am.web.LatestJobView;
import org.sepyarn.am.web.TrackingServer;
import org.sepyarn.am.yarn.AttemptReports;
import org.sepyarn.am.launch.LaunchSupport;
import org.sepyarn.am.yarn.ContainerRequestsSpec;
import org.sepyarn.am.yarn.TaskCapability;
import org.sepyarn.am.yarn.EventLoop;
import org.sepyarn.am.yarn.PhaseTaskActions;
import org.sepyarn.am.yarn.NmCallbacks;
import org.sepyarn.am.yarn.RmCallbacks;
import org.sepyarn.am.yarn.AllocationPacing;
import org.sepyarn.am.yarn.RmHeartbeat;
import org.sepyarn.am.yarn.RunnerLaunchContexts;
import org.sepyarn.am.yarn.TaskAttemptId;
import org.sepyarn.am.yarn.YarnScheduling;
import org.sepyarn.formats.flow.FlowTasks;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.runner.iocount.IoCounter;
import org.sepyarn.runner.spec.JobSecret;
import org.sepyarn.runner.spec.MergePlan;
import org.sepyarn.runner.spec.ScatterPlan;
import org.sepyarn.runner.spec.PlanFiles;
import org.sepyarn.runner.spec.SmallFiles;
import org.sepyarn.runner.spec.WorkLayout;
import org.apache.hadoop.yarn.webapp.util.WebAppUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt of a job's ApplicationMaster: plans the tasks, recovers what earlier attempts did
 * from the journal (adopting their surviving containers), runs the tasks through the scheduler on
 * YARN containers, merges the outputs when every task succeeded, and tells the ResourceManager
 * how the job ended.
 */
final class ApplicationMaster implements YarnScheduling.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(ApplicationMaster.class);
  /** Where the progress bar stands when the scatter tasks, if any, are done. */
  private static final double SCATTER_END = 0.05;
  /** Share of the progress bar the tasks take; the merge takes the rest. */
  private static final double TASKS_SHARE = 0.9;
  /** Where the progress bar stands when the merge tasks, if any, are done; the joins take the rest. */
  private static final double MERGE_TASKS_END = 0.99;

  private final Configuration conf;
  private final WorkLayout work;
  private final boolean keepWork;
  private final WorkLayout resumeFrom;
  /** The finished tasks of {@link #resumeFrom} that run again ({@code sepyarn resume --rerun}). */
  private final java.util.Set<Integer> rerun;
  /** Where the job's history record goes, or null to read it from the configuration once the file system is known. */
  private HistorySettings history;
  private FileSystem fs;
  private LatestJobView latest;
  private String appId;
  private volatile double progress;
  private final MonotonicProgress shownProgress = new MonotonicProgress();
  private volatile boolean finished;
  private volatile String fatal;
  private JobFailure failure;
  private boolean succeeded;
  private PieceShapeWatch pieceShapes;
  private JobPlan plan;
  private EventLoop loop;
  private LostPieceCheck lostPieces;
  private boolean piecesCannotMerge;
  /** Warnings about the pieces' shapes, for the diagnostics of a job that succeeded. */
  private List<String> warnings = List.of();
  /** The job succeeded and its work folder is not to be kept: delete it once everything is closed. */
  private boolean cleanWork;
  /** The scheduler YARN's events go to: the scatter tasks', the tasks', then the merge tasks'. */
  private volatile TaskScheduler scheduler;
  private TaskScheduler taskScheduler;
  /** The job-wide number of the first task of the phase the job is in: 0, then the scatter's, then the merge's. */
  private volatile int phaseFirstTask;
  private volatile ScatterPhase scatterPhase;
  private volatile TaskScheduler scatterScheduler;
  private ScatterPlan scatterPlan;
  private volatile TaskScheduler mergeScheduler;
  /** How the merge phase went, once it ran; null before, and for a job without merge tasks. */
  private volatile PhaseOutcome mergeOutcome;
  private MergePlan mergePlan;
  private volatile AMRMClientAsync<ContainerRequest> rm;
  private volatile YarnScheduling scheduling;
  private JournalRecorder journal;
  /** Brings HDFS's and YARN's host names to one form, for the tasks' and the merge tasks' locality. */
  private HostNames hostNames;
  private JobPublisher publisher;
  private ByteLedger bytes;
  /** The outputs merged before this attempt: by earlier attempts, or by the run this one resumes. */
  private final java.util.Set<Integer> mergedBefore = new java.util.TreeSet<>();
  /** The job and the application whose outputs it reserved, once the job is read. */
  private Reserver reservedBy;

  private record Reserver(JobSpec job, String application) {
  }

  /** The latest generation of delegation tokens obtained from the user's keytab; 0 for none. */
  private java.util.function.IntSupplier tokenGeneration = () -> 0;

  /** @param resumeFrom the work folder of an earlier run whose finished tasks to take over, or null */
  ApplicationMaster(Configuration conf, WorkLayout work, boolean keepWork, WorkLayout resumeFrom,
      java.util.Set<Integer> rerun, HistorySettings history) {
    this.history = history;
    this.rerun = java.util.Set.copyOf(rerun);
    this.conf = conf;
    this.work = work;
    this.keepWork = keepWork;
    this.resumeFrom = resumeFrom;
  }

  /** Tells the runners of each new generation of delegation tokens ({@code submit --keytab}). */
  void renewsTokens(java.util.function.IntSupplier generation) {
    this.tokenGeneration = generation;
  }

  /** The credentials a container launched now gets: the latest tokens, renewed ones included. */
  private static org.apache.hadoop.security.Credentials currentCredentials() {
    try {
      return UserGroupInformation.getCurrentUser().getCredentials();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  void run() throws Exception {
    long startedAt = System.currentTimeMillis();
    ApplicationAttemptId attemptId = ContainerId.fromString(System.getenv(Environment.CONTAINER_ID.name()))
        .getApplicationAttemptId();
    String appId = attemptId.getApplicationId().toString();
    this.appId = appId;
    FileSystem fs = work.root().getFileSystem(conf);
    this.fs = fs;
    if (history == null) {
      history = HistorySettings.of(conf, fs);
    }
    JobSpec staged = JobSpec.parse(Files.readString(new File(WorkLayout.JOB).toPath(), StandardCharsets.UTF_8),
        WorkLayout.JOB);
    reservedBy = new Reserver(staged, appId);
    AmBytesFiles amBytes = new AmBytesFiles(fs, work);
    bytes = new ByteLedger(IoCounter.forSchemes(ClusterSchemes.of(fs, staged)),
        amBytes.earlier(attemptId.getAttemptId()));
    JobInputs inputs = JobInputs.read(staged, conf);
    // A job that skips the empty blocks of its irregular inputs runs one task per other block.
    JobSpec job = IrregularTasks.runnable(staged, inputs.irregular());
    FlowTasks numbering = FlowTasks.of(job);
    int taskCount = numbering.taskCount();
    JobPlan planned = JobPlanner.plan(job, inputs.cubes(), inputs.irregular(), this::qualified,
        (task, localName) -> qualified(work.piece(task, localName).toString()));
    ScatterPlanner.Scattering scattering = ScatterPlanner.plan(planned.tasks(), inputs.datasets(),
        ScatterSettings.rule(conf));
    JobPlan plan = new JobPlan(scattering.tasks(), planned.merges(), planned.prerequisites());
    ScatterPlan scatters = scattering.scatters();
    this.scatterPlan = scatters;
    pieceShapes = new PieceShapeWatch(plan.merges(), (task, output) -> {
      Dataset piece = Dataset.open(fs, work.piece(task, output.localName()));
      return new PieceShapeWatch.PieceHeader(piece.cube(), piece.format());
    }, attemptId.getApplicationId().toString());
    // Written while the clients and the tracking page start: both take seconds on a busy node.
    PlanWriting planWriting = PlanWriting.start(fs, work, plan.tasks(), scatters);
    if (!scatters.isEmpty()) {
      LOG.info("{} scatter tasks (tasks {} to {}) read the inputs the tasks read in short runs and write each task's"
          + " parts first", scatters.tasks().size(), scatters.taskCount(), scatters.tasksBeforeMerge() - 1);
    }
    String host = System.getenv(Environment.NM_HOST.name());
    HostNames hostNames = HostNames.resolving(host);
    this.hostNames = hostNames;
    List<TaskPreference> preferences = preferences(plan, inputs, hostNames);
    JournalState past = JournalReader.read(fs, work.journalFolder(), attemptId.getAttemptId());
    past.checkSameJob(inputs.fingerprint());
    LOG.info("job {} ({}): {} tasks{}, attempt {}, recovering {}", job.name(), appId, taskCount,
        job.isFlow() ? " in " + numbering.steps().size() + " steps" : "",
        attemptId.getAttemptId(), past);

    EventLoop loop = new EventLoop(Duration.ofSeconds(1), this::tick);
    this.loop = loop;
    this.plan = plan;
    this.lostPieces = new LostPieceCheck(fs, work);
    AttemptReports reports = new AttemptReports(fs, work);
    // The reports of attempts that ended before this ApplicationMaster attempt started: their bytes.
    reports.readAll().forEach(bytes::attemptEnded);
    RmCallbacks rmCallbacks = new RmCallbacks(loop, () -> scheduler, reports, bytes::attemptEnded,
        () -> progress, () -> rm.getClusterNodeCount(), this::fatal);
    AllocationPacing pacing = RmHeartbeat.pacing(conf);
    rm = AMRMClientAsync.createAMRMClientAsync(pacing.interval(), rmCallbacks);
    rm.init(conf);
    rm.start();
    NMClientAsync nm = NMClientAsync.createNMClientAsync(new NmCallbacks(loop, () -> scheduler));
    nm.init(conf);
    nm.start();
    ContainerLogLinks logLinks = new ContainerLogLinks(WebAppUtils.getHttpSchemePrefix(conf),
        UserGroupInformation.getCurrentUser().getShortUserName(),
        node -> scheduling == null ? Optional.empty() : scheduling.nodeHttpAddress(node));
    JobViewAssembler views = new JobViewAssembler(job, appId, startedAt, logLinks, inputs.cubes())
        .withDetails(TaskDetails.of(job, plan.tasks()));
    LatestJobView latest = new LatestJobView(views.beforeScheduling(startedAt));
    this.latest = latest;
    try (TrackingServer tracking = TrackingServer.start(conf, host, appId, latest,
            viewAcl());
        JournalRecorder recorder = JournalRecorder.open(fs, work.journalFolder(), new JobStarted(
            attemptId.getAttemptId(), attemptId.toString(), inputs.fingerprint(), past.recordsRead()))) {
      journal = recorder;
      List<TaskTransition> history = past.transitions();
      // Also when an earlier attempt of this run died before it had taken over: its journal then
      // holds a start record but no task yet.
      if (past.transitions().isEmpty() && resumeFrom != null) {
        // A flow's task that runs again writes its pieces anew: what read them runs again too.
        java.util.Set<Integer> rerun = plan.prerequisites().withReaders(this.rerun);
        if (!rerun.equals(this.rerun)) {
          LOG.info("running again tasks {} and, since they read what those commit, tasks {}", this.rerun,
              rerun.stream().filter(t -> !this.rerun.contains(t)).toList());
        }
        history = Resumption.takeOver(fs, resumeFrom, work, inputs.fingerprint(), rerun, appId);
        history.forEach(recorder::taskStateChanged);
        views.resumed(Resumed.of(resumeFrom.root().getName(), history.stream()
            .filter(t -> t.to() == TaskState.SUCCEEDED).map(TaskTransition::taskIndex).toList()));
        for (int output : Resumption.mergedOutputs(fs, resumeFrom, job, rerun)) {
          recorder.outputMerged(output, numbering.files().get(output).mergedPath());
          mergedBefore.add(output);
        }
      }
      mergedBefore.addAll(past.mergedOutputs());
      RegisterApplicationMasterResponse registration = rm.registerApplicationMaster(host, 0, tracking.url());
      PlanFiles.Written written = planWriting.written();
      if (past.finished().isPresent()) {
        endAsRecorded(past);
        return;
      }
      scheduling = new YarnScheduling(rm, nm, new ContainerRequestsSpec(TaskCapability.of(numbering.containerResources()),
          Priority.newInstance(1), job.nodeLabel().orElse(null)), RunnerLaunchContexts.prepare(conf, work,
          written.index(), numbering.containerProgram(),
          ApplicationMaster::currentCredentials), this, hostNames::canonical,
          ApplicationMaster::rackOf, pacing);
      rmCallbacks.useScheduling(scheduling);
      List<Allocated> survivors = survivors(registration.getContainersFromPreviousAttempts(), history,
          taskCount, scheduling);
      publisher = new JobPublisher(views, latest, new StatusPublisher(fs, work, appId, job.name(),
          org.sepyarn.am.status.FlowSteps.of(job)), bytes, amBytes,
          attemptId.getAttemptId(), ConvergenceWatch.of(job, new HdfsPieceSums(conf, work)));
      Set<String> committedWhileAway = CommittedWhileAway.find(history,
          survivors.stream().map(Allocated::containerId).collect(Collectors.toSet()), reports::read);
      List<TaskTransition> taskHistory = history.stream().filter(t -> t.taskIndex() < taskCount).toList();
      scheduler = taskHistory.isEmpty()
          ? TaskScheduler.create(preferences, plan.prerequisites(), stepLimits(numbering), JobPolicies.forTasks(job),
              Clock.systemUTC(), scheduling)
          : TaskScheduler.recover(preferences, plan.prerequisites(), stepLimits(numbering), taskHistory, survivors,
              committedWhileAway, JobPolicies.forTasks(job), Clock.systemUTC(), scheduling);
      taskScheduler = scheduler;
      boolean scatterFirst = !scatters.isEmpty() && !ScatterPhase.doneBefore(scatters, history);
      if (scatterFirst) {
        startScatterPhase(job, inputs, history);
      } else {
        if (!scatters.isEmpty()) {
          // Done in an earlier attempt: shown as recorded, so that the merge tasks' numbers follow theirs.
          ScatterPhase done = new ScatterPhase(scatters, journal);
          publisher.showScatterTasks(done.recorded(history, job,
              PhaseTaskActions.scatters(scheduling, scatters.taskCount(), done)), scatters.taskCount());
        }
        startTaskPhase();
      }
      RunnerHeartbeats heartbeats = new RunnerHeartbeats(() -> this.scheduler, taskScheduler, journal, reports,
          bytes::attemptEnded, written.index(), () -> phaseFirstTask, tokenGeneration);
      try (RunnerChannelServer channel = RunnerChannelServer.start(host, JobSecret.ofCurrentUser(),
          hb -> loop.call(() -> heartbeats.answer(hb)).get(10, TimeUnit.SECONDS))) {
        SmallFiles.replace(fs, work.amAddress(), channel.published().getBytes(StandardCharsets.UTF_8));
        if (scatterFirst) {
          loop.runUntil(() -> scatterPhase.isDone() || fatal != null);
          // The loop runs on this thread: between its runs no event is handled.
          if (fatal == null && scatterPhase.failure() == null) {
            startTaskPhase();
          } else if (fatal == null) {
            String why = FailureDiagnostics.ofScatter(scatterPhase.failure(), scatterPlan, appId);
            LOG.error("{}", why);
            end(false, why);
            return;
          }
        }
        loop.runUntil(() -> finished || fatal != null);
        if (fatal != null) {
          throw new IllegalStateException(fatal);
        }
        if (succeeded) {
          refuseChangedPieces(job, plan, past, appId);
        }
        if (succeeded) {
          warnings = PieceShapeWarnings.find(fs, work, job, plan, inputs.cubes());
          runMergeTasks(fs, job, plan, appId, past, history, loop);
        }
        finish(fs, job, plan, appId, past);
      }
    } finally {
      if (publisher != null) {
        publisher.close();
      }
      nm.stop();
      rm.stop();
    }
    // Only now that the journal is closed: a file deleted while open cannot be closed.
    if (cleanWork) {
      fs.delete(work.root(), true);
    }
  }

  /**
   * Starts the scatter tasks, which run before the job's tasks: their scheduler gets YARN's events
   * and the runners' heartbeats until every scatter task succeeded or one ran out of attempts.
   */
  private void startScatterPhase(JobSpec job, JobInputs inputs, List<TaskTransition> history) {
    ScatterPhase phase = new ScatterPhase(scatterPlan, journal);
    TaskScheduler scatters = phase.scheduler(ScatterPhase.preferences(conf, scatterPlan, inputs.datasets(), hostNames),
        history, job, PhaseTaskActions.scatters(scheduling, scatterPlan.taskCount(), phase));
    LOG.info("scatter phase: {} scatter tasks", scatterPlan.tasks().size());
    scatterPhase = phase;
    scatterScheduler = scatters;
    if (publisher != null) {
      publisher.showScatterTasks(scatters, scatterPlan.taskCount());
    }
    phaseFirstTask = scatterPlan.taskCount();
    scheduler = scatters;
    // Before the loop runs: the ResourceManager's callbacks may already have queued events
    // (containers of earlier attempts that completed), and none may reach an unstarted scheduler.
    scatters.start();
    scatters.clusterSizeChanged(Math.max(1, rm.getClusterNodeCount()));
  }

  /** Starts the job's tasks, after the scatter tasks if any. */
  private void startTaskPhase() {
    phaseFirstTask = 0;
    scheduler = taskScheduler;
    taskScheduler.start();
    taskScheduler.clusterSizeChanged(Math.max(1, rm.getClusterNodeCount()));
  }

  /**
   * Each task's limits of attempts and of time per attempt: its step's {@code maxAttempts} and
   * {@code taskTimeout} with the scheduler's grace; and each step's {@code maxRunning},
   * {@code tasksPerContainer} and {@code speculation} (a job of one program has the job's).
   */
  static org.sepyarn.am.schedule.TaskLimits stepLimits(FlowTasks numbering) {
    return new org.sepyarn.am.schedule.TaskLimits(
        task -> numbering.steps().get(numbering.stepOfTask(task)).job().maxAttempts(),
        task -> JobPolicies.backstop(numbering.steps().get(numbering.stepOfTask(task)).job().taskTimeout()))
        .withSteps(JobPolicies.steps(numbering.steps()));
  }

  /**
   * The containers earlier attempts left running, as the scheduler sees them; those that ran a
   * task's attempt the journal knows are adopted by the driver, the others (merge tasks' too, which
   * run again) are tracked so they can be released.
   */
  private static List<Allocated> survivors(List<Container> previous, List<TaskTransition> history, int taskCount,
      YarnScheduling scheduling) {
    Map<String, TaskAttemptId> ran = new HashMap<>();
    for (TaskTransition t : history) {
      if (t.taskIndex() < taskCount) {
        ran.put(t.attempt().containerId(), new TaskAttemptId(t.taskIndex(), t.attempt().number()));
      }
    }
    List<Allocated> survivors = new ArrayList<>();
    for (Container c : previous) {
      TaskAttemptId attempt = ran.get(c.getId().toString());
      if (attempt != null) {
        scheduling.adopt(c, attempt);
        survivors.add(new Allocated(c.getId().toString(), c.getNodeId().toString()));
      } else {
        survivors.addAll(scheduling.track(List.of(c)));
      }
    }
    LOG.info("{} containers survive from earlier attempts", survivors.size());
    return survivors;
  }

  /**
   * Fails the job, before anything is merged, when a committed piece changed since its commit
   * ({@link PieceIntegrity}).
   */
  private void refuseChangedPieces(JobSpec job, JobPlan plan, JournalState past, String appId) throws IOException {
    Optional<String> changed = new PieceIntegrity(conf, work, plan.tasks().tasks().size(), appId).firstChanged(
        plan.merges(),
        mergedBefore);
    if (changed.isPresent()) {
      LOG.error("{}", changed.get());
      failure = JobFailure.ofJob(changed.get());
      succeeded = false;
    }
  }

  private void finish(FileSystem fs, JobSpec job, JobPlan plan, String appId,
      JournalState past) throws Exception {
    JobFailure mergeFailure = mergeOutcome == null ? null : mergeOutcome.failure();
    if (succeeded && mergeFailure == null && mergePlan != null && !mergePlan.isEmpty()) {
      // The merge tasks may have run a long time: look again just before the slabs are joined.
      refuseChangedPieces(job, plan, past, appId);
    }
    if (!succeeded) {
      String diagnostics = FailureDiagnostics.of(failure, plan.tasks(), appId,
          FlowTasks.of(job).containerProgram());
      end(false, diagnostics);
      return;
    }
    if (mergeFailure != null) {
      end(false, FailureDiagnostics.ofMerge(mergeFailure, mergePlan, appId));
      return;
    }
    progress = shownProgress.next(mergePlan.isEmpty() ? TASKS_SHARE : MERGE_TASKS_END);
    publisher.publish(taskScheduler, taskScheduler.snapshot(), JobPhase.MERGING, progress, null, mergeScheduler);
    double from = progress;
    try {
      bytes.measureMerge(() -> new OutputMerger(conf, work, job, appId).mergeAll(plan.merges(),
          f -> progress = from + (1 - from) * f, mergedBefore, mergePlan,
          (m, record) -> {
            if (!mergedBefore.contains(m.fileIndex())) {
              journal.outputMerged(m.fileIndex(), m.path());
            }
            bytes.outputMerged(m, record);
            LOG.info("{}: {}, copied {} bytes", m.path(), record.method(), record.copiedBytes());
          }));
    } catch (IOException | RuntimeException e) {
      LOG.error("merge failed", e);
      end(false, "the merge of the outputs failed: " + e.getMessage());
      return;
    }
    progress = 1;
    StringBuilder diagnostics = new StringBuilder("all " + plan.tasks().tasks().size() + " tasks succeeded and every"
        + " output is merged");
    warnings.forEach(w -> diagnostics.append("\nwarning: ").append(w));
    end(true, diagnostics.toString());
    cleanWork = !keepWork;
  }

  /**
   * Runs the merge tasks of the outputs that are merged in YARN containers, once every task
   * succeeded: plans them (or reads the plan an earlier attempt wrote), and schedules them like
   * tasks, journaled after the tasks, until all succeeded or one ran out of attempts.
   */
  private void runMergeTasks(FileSystem fs, JobSpec job, JobPlan plan, String appId, JournalState past,
      List<TaskTransition> history, EventLoop loop) throws Exception {
    mergePlan = MergePhase.planOrRead(conf, fs, work, job, plan, scatterPlan.tasksBeforeMerge(), appId, mergedBefore,
        rm::getClusterNodeCount);
    if (mergePlan.isEmpty()) {
      return;
    }
    PhaseOutcome outcome = new PhaseOutcome("merge", mergePlan.taskCount(), journal);
    mergeOutcome = outcome;
    TaskScheduler merges = MergePhase.scheduler(mergePlan,
        MergePhase.preferences(conf, fs, work, mergePlan, hostNames), history, job,
        PhaseTaskActions.merges(scheduling, mergePlan.taskCount(), outcome));
    LOG.info("merge phase: {} merge tasks", mergePlan.tasks().size());
    publisher.mergeTasksFrom(mergePlan.taskCount());
    mergeScheduler = merges;
    phaseFirstTask = mergePlan.taskCount();
    scheduler = merges;
    merges.start();
    merges.clusterSizeChanged(Math.max(1, rm.getClusterNodeCount()));
    loop.runUntil(() -> outcome.isDone() || fatal != null);
    if (fatal != null) {
      throw new IllegalStateException(fatal);
    }
  }

  /** Records the end, shows it, and tells the ResourceManager. */
  private void end(boolean success, String diagnostics) throws Exception {
    journal.jobFinished(success, diagnostics);
    publisher.publishEnd(taskScheduler, success ? JobPhase.SUCCEEDED : JobPhase.FAILED, progress,
        success ? null : diagnostics, mergeScheduler);
    releaseOutputs();
    JobView last = latest.current();
    Path record = HistoryRecord.write(fs, work, history, appId, JobPageRenderer.render(last),
        TimelineSvg.document(last));
    unregister(success, diagnostics, record);
  }

  /**
   * Tells the ResourceManager how the job ended, with no tracking URL of its own: this
   * ApplicationMaster's page goes with it, and YARN's proxy then sends the tracking link to the
   * ResourceManager's page of the application, which shows these diagnostics, the history
   * record's place among them.
   */
  private void unregister(boolean success, String diagnostics, Path record) throws Exception {
    String shown = record == null ? diagnostics : diagnostics + "\nhistory record: " + record + " (sepyarn status "
        + appId + ", sepyarn logs " + appId + ")";
    rm.unregisterApplicationMaster(success ? FinalApplicationStatus.SUCCEEDED : FinalApplicationStatus.FAILED,
        shown, "");
  }

  /** The job is over: its outputs are free for other jobs. */
  private void releaseOutputs() {
    OutputReleases.release(conf, reservedBy.job(), reservedBy.application());
  }

  /** An earlier attempt ended the job but died before telling the ResourceManager: tell it now. */
  private void endAsRecorded(JournalState past) throws Exception {
    boolean success = past.finished().get().succeeded();
    String diagnostics = past.finished().get().diagnostics();
    LOG.info("an earlier attempt already ended the job ({}); unregistering", success ? "succeeded" : "failed");
    releaseOutputs();
    Path record = history.record(appId);
    if (!fs.exists(record)) {
      record = HistoryRecord.write(fs, work, history, appId, null, null);
    }
    unregister(success, diagnostics, record);
    cleanWork = success && !keepWork;
  }

  /**
   * Where each task would rather run, from the blocks of its inputs on the cluster file system;
   * no preference for any task when the file system cannot say (locality only speeds a job up,
   * it never stops one).
   */
  private List<TaskPreference> preferences(JobPlan plan, JobInputs inputs, HostNames hostNames) {
    long started = System.nanoTime();
    try {
      List<TaskPreference> preferences = LocalityPlanner.plan(plan.tasks(), inputs.datasets(),
          new ClusterBlocks(conf), hostNames);
      LOG.info("locality planned in {} ms", (System.nanoTime() - started) / 1_000_000);
      return preferences;
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot tell where the inputs' blocks are; tasks are requested anywhere: {}", e.toString());
      return java.util.Collections.nCopies(plan.tasks().tasks().size(), TaskPreference.NONE);
    }
  }

  /**
   * {@code path} qualified by its own file system: a dataset may be named by a {@code file:} or
   * another cluster's URI, which the work folder's file system would refuse as a wrong one.
   */
  private String qualified(String path) {
    Path p = new Path(path);
    try {
      return p.getFileSystem(conf).makeQualified(p).toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot reach the file system of " + path + ": " + e.getMessage(), e);
    }
  }

  /** The rack YARN puts {@code host} in, or null when it cannot say. */
  private static String rackOf(String host) {
    try {
      return org.apache.hadoop.yarn.util.RackResolver.resolve(host).getNetworkLocation();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void tick() {
    scheduler.tick();
    TaskScheduler merges = mergeScheduler;
    TaskScheduler scatters = scatterScheduler;
    if (scatters != null && scheduler == scatters) {
      progress = shownProgress.next(SCATTER_END * scatters.snapshot().progress());
      publisher.publish(taskScheduler, taskScheduler.snapshot(), JobPhase.SCATTERING, progress, null);
    } else if (merges != null) {
      progress = shownProgress.next(TASKS_SHARE + (MERGE_TASKS_END - TASKS_SHARE) * merges.snapshot().progress());
      publisher.publish(taskScheduler, taskScheduler.snapshot(), JobPhase.MERGING, progress, null, merges);
    } else if (!finished) {
      JobSnapshot snapshot = scheduler.snapshot();
      progress = shownProgress.next(TASKS_SHARE * snapshot.progress());
      publisher.publish(scheduler, snapshot, JobPhase.RUNNING, progress, null);
    }
  }

  private void fatal(String why) {
    fatal = why;
  }

  @Override
  public void taskStateChanged(TaskTransition transition) {
    journal.taskStateChanged(transition);
    if (transition.attempt().reason().orElse(null) == ExitReason.PIECE_LOST
        && transition.from().holdsContainer()) {
      int reader = transition.taskIndex();
      // After the scheduler is done with this event: it may not be called back while it runs.
      loop.submit(() -> rewriteLostPieces(reader));
    }
    if (transition.to() == org.sepyarn.am.schedule.TaskState.SUCCEEDED) {
      checkPieces(transition.taskIndex());
    }
    LOG.info("task {} {} -> {} (attempt {}{})", transition.taskIndex(), transition.from(), transition.to(),
        transition.attempt().number(), transition.to() == org.sepyarn.am.schedule.TaskState.ASSIGNED
            ? transition.attempt().locality().map(l -> ", " + l.text() + " on " + transition.attempt().node())
                .orElse("") : "");
  }

  /**
   * Task {@code reader} failed on a lost piece: the tasks that wrote its lost pieces run again
   * (their folders moved aside), and it waits for them.
   */
  private void rewriteLostPieces(int reader) {
    List<Integer> lost = lostPieces.lostAmong(LostPieceCheck.piecesReadBy(plan.tasks().tasks().get(reader),
        plan.prerequisites().needed(reader), (writer, localName) -> qualified(work.piece(writer, localName)
            .toString())));
    if (lost.isEmpty()) {
      LOG.warn("task {} failed on a lost piece, but every piece it reads is whole; it runs again as it is", reader);
      return;
    }
    taskScheduler.committedLost(lost, "task " + reader + " found the piece it committed lost");
  }

  /** A task committed: the job stops, failed, when one of its pieces cannot be merged with the others. */
  private void checkPieces(int taskIndex) {
    if (piecesCannotMerge) {
      return;
    }
    try {
      Optional<String> problem = pieceShapes.committed(taskIndex);
      if (problem.isPresent()) {
        LOG.error("{}", problem.get());
        piecesCannotMerge = true;
        failure = JobFailure.ofJob(problem.get());
        finished = true;
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot read the pieces task {} committed to check their shapes; the merge will: {}", taskIndex,
          e.toString());
    }
  }

  @Override
  public void allTasksSucceeded() {
    succeeded = !piecesCannotMerge;
    finished = true;
  }

  @Override
  public void jobFailed(JobFailure why) {
    failure = piecesCannotMerge ? failure : why;
    finished = true;
  }

  /**
   * The application's view ACL as the client set it ({@code SEPYARN_VIEW_ACL} in this container's
   * environment, YARN's ACL form), or nobody beyond the owner and the administrators.
   */
  private static String viewAcl() {
    String acl = System.getenv(LaunchSupport.VIEW_ACL_ENV);
    return acl == null || acl.isEmpty() ? " " : acl;
  }
}
