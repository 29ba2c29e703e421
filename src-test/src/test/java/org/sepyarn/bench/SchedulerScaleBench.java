package org.sepyarn.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.sepyarn.am.health.NodeHealthPolicy;
import org.sepyarn.am.journal.JournalEntry.JobStarted;
import org.sepyarn.am.journal.JournalReader;
import org.sepyarn.am.journal.JournalRecorder;
import org.sepyarn.am.journal.JournalState;
import org.sepyarn.am.plan.JobPlan;
import org.sepyarn.am.plan.JobPlanner;
import org.sepyarn.am.schedule.Allocated;
import org.sepyarn.am.locality.HostNames;
import org.sepyarn.am.locality.LocalityPlanner;
import org.sepyarn.am.schedule.CompletionStatus;
import org.sepyarn.am.schedule.TaskPreference;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.am.schedule.ContainerAsk;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.JobFailure;
import org.sepyarn.am.schedule.JobSnapshot;
import org.sepyarn.am.schedule.JobState;
import org.sepyarn.am.schedule.SchedulerActions;
import org.sepyarn.am.schedule.SchedulingPolicy;
import org.sepyarn.am.schedule.TaskScheduler;
import org.sepyarn.am.schedule.TaskTransition;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.StatusCodec;
import org.sepyarn.am.status.StatusPublisher;
import org.sepyarn.am.status.StatusText;
import org.sepyarn.am.status.TaskQuery;
import org.sepyarn.am.web.ContainerLogLinks;
import org.sepyarn.am.web.JobJson;
import org.sepyarn.am.web.JobPageRenderer;
import org.sepyarn.am.web.JobPhase;
import org.sepyarn.am.web.JobView;
import org.sepyarn.am.web.JobViewAssembler;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.runner.spec.PlanIndex;
import org.sepyarn.runner.spec.PlanFiles;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * Times the ApplicationMaster's work for a job of many tasks, the whole chain: planning, each
 * task's preferred hosts from the blocks of its piece (a sparse local input whose blocks are
 * simulated on the nodes), writing the plan to an in-process HDFS (one DataNode) and what one
 * runner then reads of it, scheduling every task against a simulated ResourceManager (containers
 * allocated in batches over 100 nodes, started, completed, 2% of attempts failing and retried),
 * with and without the preferences, writing the journal of every transition with the real writer
 * to the local file system, reading it back and replaying it into a new scheduler, building the
 * status document ({@code status.json}, {@code status.txt}) and the tracking page (HTML,
 * {@code /api/status} and {@code /api/job} JSON, default and paged answers). Prints one row per
 * stage with seconds and the heap in use after it, and the chain's total.
 *
 * <p>Not a test: compile it and write the ApplicationMaster's classpath once, from the project's
 * root, then run it:
 *
 * <pre>
 * mvn -B -o -q -pl src-test -am test-compile
 * mvn -B -o -q -pl am -am compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx256m -cp src-test/target/test-classes:am/target/classes:container-runner/target/classes:\
 *     formats/target/classes:$(cat /tmp/cp.txt) org.sepyarn.bench.SchedulerScaleBench [tasks]
 * </pre>
 *
 * ({@code tasks} defaults to 100000; {@code -Xmx256m} is the AM heap the job aims at). The
 * classpath names the modules' {@code target/classes}, so the sources of this checkout are measured.
 */
public final class SchedulerScaleBench {
  private static final int NODES = 100;
  private static final int BATCH = 500;
  private static final int FAIL_EVERY = 50;
  private static final int PROGRAM_FAILED_EXIT = 3;

  private final int taskCount;
  private final List<String[]> rows = new ArrayList<>();

  private SchedulerScaleBench(int taskCount) {
    this.taskCount = taskCount;
  }

  public static void main(String[] args) throws Exception {
    int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    new SchedulerScaleBench(tasks).run();
  }

  private void run() throws Exception {
    System.out.printf("sepyarn scheduler scale benchmark: %,d tasks, %d nodes, batches of %d containers, "
        + "max heap %d MB%n", taskCount, NODES, BATCH, Runtime.getRuntime().maxMemory() >> 20);
    JobSpec job = JobSpec.parse(jobJson(), "bench");
    JobPlan[] plan = new JobPlan[1];
    time("plan", () -> {
      plan[0] = JobPlanner.plan(job, Map.of("/data/in.H", Hypercube.ofLengths(64, taskCount)), p -> "file://" + p);
      return plan[0].tasks().tasks().size() + " tasks";
    });
    java.nio.file.Path data = Files.createTempDirectory("sepyarn-bench-data");
    List<TaskPreference> preferences = new ArrayList<>();
    time("locality (block math)", () -> {
      Dataset in = sparseDataset(data, Hypercube.ofLengths(64, taskCount));
      preferences.addAll(LocalityPlanner.plan(plan[0].tasks(), Map.of("file:///data/in.H", in),
          (file, length) -> Optional.of(blocks(length)), HostNames.resolving(null)));
      return preferences.stream().filter(p -> !p.isNone()).count() + " tasks prefer hosts; "
          + blocks(in.byteCount()).length + " blocks of " + LOCALITY_BLOCK / 1024 + " KiB, 3 replicas on "
          + NODES + " nodes";
    });
    org.apache.hadoop.fs.FileUtil.fullyDelete(data.toFile());
    java.nio.file.Path hdfsDir = Files.createTempDirectory("sepyarn-bench-hdfs");
    Configuration hdfsConf = new Configuration();
    hdfsConf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, hdfsDir.toString());
    hdfsConf.setInt("dfs.replication", 1);
    MiniDFSCluster hdfs = new MiniDFSCluster.Builder(hdfsConf).numDataNodes(1).format(true).build();
    try {
      hdfs.waitActive();
      FileSystem dfs = hdfs.getFileSystem();
      WorkLayout planWork = new WorkLayout(dfs.makeQualified(new Path("/user/bench/.sepyarn/application_1_0001")));
      PlanFiles.Written[] written = new PlanFiles.Written[1];
      time("plan write (MiniDFS)", () -> {
        written[0] = PlanFiles.write(dfs, planWork, plan[0].tasks());
        return String.format("2 files, %.1f MB", written[0].bytes() / 1e6);
      });
      plan[0] = null;
      time("runner reads its task (MiniDFS)", () -> {
        int task = taskCount / 2;
        PlanIndex index = written[0].index();
        PlanFiles.readSettings(dfs, planWork);
        PlanFiles.readTask(dfs, planWork, task, index.offset(task), index.length(task));
        long settings = dfs.getFileStatus(planWork.planSettings()).getLen();
        return String.format("task %d: %d B read (settings %d B + task %d B; largest task %d B; whole plan %.1f MB)",
            task, settings + index.length(task), settings, index.length(task), index.largest(),
            written[0].bytes() / 1e6);
      });
    } finally {
      hdfs.shutdown();
      FileUtil.fullyDelete(hdfsDir.toFile());
    }

    // The same simulation without preferences first, for the cost locality adds under the same load.
    ManualClock plainClock = new ManualClock();
    SimulatedRm plain = new SimulatedRm();
    plain.scheduler = TaskScheduler.create(taskCount, policy(), plainClock, plain);
    time("schedule, no locality", () -> {
      plain.scheduler.start();
      return plain.runToTheEnd(plainClock) + " rounds, " + plain.transitions.size() + " transitions";
    });
    plain.scheduler = null;
    plain.transitions.clear();

    ManualClock clock = new ManualClock();
    SimulatedRm rm = new SimulatedRm();
    TaskScheduler scheduler = TaskScheduler.create(preferences, policy(), clock, rm);
    rm.scheduler = scheduler;
    time("schedule (simulated RM)", () -> {
      scheduler.start();
      int rounds = rm.runToTheEnd(clock);
      long nodeLocal = rm.transitions.stream().filter(t -> t.to() == org.sepyarn.am.schedule.TaskState.ASSIGNED
          && t.attempt().locality().orElse(null) == org.sepyarn.am.schedule.Locality.NODE_LOCAL).count();
      return rounds + " rounds, " + rm.transitions.size() + " transitions, " + rm.failures + " failures, "
          + nodeLocal + " node-local launches";
    });

    java.nio.file.Path dir = Files.createTempDirectory("sepyarn-bench");
    FileSystem fs = FileSystem.getLocal(new Configuration()).getRaw();
    Path journal = new Path(dir.toUri().toString(), "journal");
    time("journal write", () -> {
      try (JournalRecorder recorder = JournalRecorder.open(fs, journal,
          new JobStarted(1, "appattempt_1_0001_000001", "bench", Map.of()))) {
        rm.transitions.forEach(recorder::taskStateChanged);
      }
      return fs.getFileStatus(fs.listStatus(journal)[0].getPath()).getLen() / 1_000_000 + " MB";
    });
    rm.transitions.clear();
    TaskScheduler[] recovered = new TaskScheduler[1];
    JournalState[] read = new JournalState[1];
    time("journal read", () -> {
      read[0] = JournalReader.read(fs, journal, 2);
      return read[0].transitions().size() + " transitions";
    });
    time("journal replay (recover)", () -> {
      recovered[0] = TaskScheduler.recover(taskCount, read[0].transitions(), List.of(), Set.of(), policy(), clock,
          new SimulatedRm());
      return taskCount + " tasks, " + recovered[0].jobState();
    });
    read[0] = null;
    recovered[0] = null;
    fs.delete(new Path(dir.toUri().toString()), true);

    StatusPublisher status = new StatusPublisher(fs, new WorkLayout(new Path("/tmp/unused")), "application_1_0001",
        "bench");
    time("status.json + status.txt", () -> {
      JobSnapshot snapshot = scheduler.snapshot();
      JobStatus doc = status.status("RUNNING", snapshot.progress(), snapshot, null, null);
      int json = StatusCodec.write(doc).length;
      int text = StatusText.render(doc).length();
      return String.format("%.1f MB + %.1f MB", json / 1e6, text / 1e6);
    });
    JobViewAssembler views = new JobViewAssembler(job, "application_1_0001", 0,
        new ContainerLogLinks("http://", "bench", node -> Optional.of(node + ":8042")));
    JobView[] view = new JobView[1];
    time("tracking page view", () -> {
      view[0] = views.view(JobPhase.RUNNING, 0.5, null, scheduler.snapshot(), scheduler::attempts, clock.millis());
      return view[0].tasks().size() + " tasks, " + view[0].attempts().size() + " attempts";
    });
    time("tracking page HTML", () -> String.format("%.1f MB", JobPageRenderer.render(view[0]).length() / 1e6));
    time("/api/status JSON", () -> String.format("%.1f MB", StatusCodec.write(view[0].toStatus()).length / 1e6));
    time("/api/status?page=50000&size=1", () -> String.format("%.1f kB",
        StatusCodec.write(view[0].toStatus(new TaskQuery(50_000 % Math.max(1, taskCount), 1, null))).length / 1e3));
    time("/api/job JSON (first page)", () -> String.format("%.1f MB", JobJson.write(view[0]).length / 1e6));
    time("/api/job?page=50&state=SUCCEEDED", () -> String.format("%.1f MB",
        JobJson.write(view[0], new TaskQuery(50, TaskQuery.DEFAULT_SIZE, "SUCCEEDED")).length / 1e6));
    print();
  }

  /** Blocks of the synthetic input: small, so that a job of 100,000 one-trace pieces spans many. */
  private static final long LOCALITY_BLOCK = 64 * 1024;

  /** A dataset of {@code cube} floats on the local disk, its binary sparse (nothing written). */
  private static Dataset sparseDataset(java.nio.file.Path dir, Hypercube cube) throws IOException {
    java.nio.file.Path binary = dir.resolve("in.H@");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(binary.toFile(), "rw")) {
      f.setLength(cube.elementCount() * 4);
    }
    java.nio.file.Path header = dir.resolve("in.H");
    Files.writeString(header, "n1=" + cube.n(1) + " n2=" + cube.n(2) + " esize=4 data_format=\"xdr_float\" in=\""
        + binary + "\"\n");
    return Dataset.open(new Path(header.toUri()), new Configuration());
  }

  /** The blocks of a file of {@code length} bytes, each on 3 of the simulated nodes, as HDFS lists them. */
  private static org.apache.hadoop.fs.BlockLocation[] blocks(long length) {
    int n = (int) ((length + LOCALITY_BLOCK - 1) / LOCALITY_BLOCK);
    org.apache.hadoop.fs.BlockLocation[] blocks = new org.apache.hadoop.fs.BlockLocation[n];
    for (int b = 0; b < n; b++) {
      String[] hosts = new String[3];
      String[] names = new String[3];
      String[] paths = new String[3];
      for (int r = 0; r < 3; r++) {
        hosts[r] = "node-" + (b * 7 + r * 31) % NODES;
        names[r] = hosts[r] + ":9866";
        paths[r] = "/rack-" + (b * 7 + r * 31) % NODES / 20 + "/" + names[r];
      }
      blocks[b] = new org.apache.hadoop.fs.BlockLocation(names, hosts, paths, b * LOCALITY_BLOCK,
          Math.min(LOCALITY_BLOCK, length - b * LOCALITY_BLOCK));
    }
    return blocks;
  }

  private static SchedulingPolicy policy() {
    return SchedulingPolicy.defaults().withMaxAttempts(4).withNodeHealth(NodeHealthPolicy.defaults());
  }

  private String jobJson() {
    return "{\"name\": \"bench\", \"program\": {\"command\": [\"/opt/sep/bin/Smooth\"], \"args\": [\"rect1=5\"]},"
        + " \"files\": [{\"tag\": \"<\", \"path\": \"/data/in.H\", \"usage\": \"input\", \"distribute\":"
        + " {\"split\": {\"axis\": 2}}}, {\"tag\": \">\", \"path\": \"/data/out.H\", \"usage\": \"output\","
        + " \"distribute\": {\"split\": {\"axis\": 2}}}], \"tasks\": " + taskCount + "}";
  }

  private interface Stage {
    String run() throws Exception;
  }

  private void time(String name, Stage stage) throws Exception {
    System.gc();
    long start = System.nanoTime();
    String note;
    try {
      note = stage.run();
    } catch (OutOfMemoryError e) {
      note = "OUT OF MEMORY: " + e.getMessage();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Runtime rt = Runtime.getRuntime();
    long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
    rows.add(new String[] {name, String.format(java.util.Locale.ROOT, "%.2f", seconds), Long.toString(usedMb), note});
    System.out.printf("  %s: %.2f s%n", name, seconds);
  }

  private void print() {
    System.out.printf("%n%-34s %9s %13s  %s%n", "stage", "seconds", "heap used MB", "notes");
    double total = 0;
    for (String[] r : rows) {
      System.out.printf("%-34s %9s %13s  %s%n", r[0], r[1], r[2], r[3]);
      total += Double.parseDouble(r[1]);
    }
    System.out.printf("%-34s %9.2f%n", "whole chain", total);
  }

  /**
   * A ResourceManager in memory: grants the outstanding requests in batches on nodes in turn, starts
   * every launched container, and completes the running ones a round later, one in
   * {@value #FAIL_EVERY} with the runner's "program failed" exit.
   */
  private static final class SimulatedRm implements SchedulerActions {
    final List<TaskTransition> transitions = new ArrayList<>();
    TaskScheduler scheduler;
    int failures;
    private int outstanding;
    private long nextContainer;
    private final Deque<String> launched = new ArrayDeque<>();

    int runToTheEnd(ManualClock clock) {
      int rounds = 0;
      while (scheduler.jobState() == JobState.RUNNING) {
        rounds++;
        List<Allocated> batch = new ArrayList<>();
        for (int i = 0; i < Math.min(BATCH, outstanding); i++) {
          long id = nextContainer++;
          batch.add(new Allocated("container_" + id, "node-" + (id % NODES)));
        }
        List<String> running = new ArrayList<>(launched);
        launched.clear();
        scheduler.containersAllocated(batch);
        for (String c : launched) {
          scheduler.containerStarted(c);
        }
        for (String c : running) {
          boolean fail = Long.parseLong(c.substring("container_".length())) % FAIL_EVERY == 7;
          failures += fail ? 1 : 0;
          scheduler.containerCompleted(c, new CompletionStatus(fail ? PROGRAM_FAILED_EXIT : 0, fail ? "bench" : ""));
        }
        clock.advance(1000);
        scheduler.tick();
      }
      if (scheduler.jobState() != JobState.SUCCEEDED) {
        throw new IllegalStateException("the simulated job ended " + scheduler.jobState());
      }
      return rounds;
    }

    @Override
    public void requestContainers(List<ContainerAsk> asks) {
      outstanding += asks.size();
    }

    @Override
    public void removeRequests(List<ContainerAsk> asks) {
      outstanding -= asks.size();
    }

    @Override
    public void launch(String containerId, int taskIndex, int attemptNumber) {
      launched.add(containerId);
    }

    @Override
    public void continueIn(String containerId, int taskIndex, int attemptNumber) {
      throw new UnsupportedOperationException("the simulated job runs a task per container");
    }

    @Override
    public void release(String containerId) {
    }

    @Override
    public void kill(String containerId, ExitReason reason) {
    }

    @Override
    public void excludeNodes(Set<String> add, Set<String> remove) {
    }

    @Override
    public void taskStateChanged(TaskTransition transition) {
      transitions.add(transition);
    }

    @Override
    public void allTasksSucceeded() {
    }

    @Override
    public void jobFailed(JobFailure failure) {
      System.err.println("job failed: " + failure.diagnostics());
    }
  }

  /** A clock the simulation moves by hand. */
  private static final class ManualClock extends Clock {
    private long now = 1_700_000_000_000L;

    void advance(long millis) {
      now += millis;
    }

    @Override
    public long millis() {
      return now;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(now);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
