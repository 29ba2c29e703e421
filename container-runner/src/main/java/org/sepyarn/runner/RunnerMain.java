package org.sepyarn.runner;

import java.io.File;
import java.time.Duration;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.runner.heartbeat.AmChannelClient;
import org.sepyarn.runner.heartbeat.CheckpointStore;
import org.sepyarn.runner.heartbeat.Heartbeater;
import org.sepyarn.runner.heartbeat.NextAttemptRequest;
import org.sepyarn.runner.process.LocalProgramLauncher;
import org.sepyarn.runner.merge.MergeAttempt;
import org.sepyarn.runner.scatter.ScatterAttempt;
import org.sepyarn.runner.spec.JobSecret;
import org.sepyarn.runner.spec.MergePlan;
import org.sepyarn.runner.spec.PlanFiles;
import org.sepyarn.runner.spec.HeartbeatReply.NextAttempt;
import org.sepyarn.runner.spec.PlanSettings;
import org.sepyarn.runner.spec.ScatterPlan;
import org.sepyarn.runner.spec.ProgramLogs;
import org.sepyarn.runner.spec.TaskSpec;
import org.sepyarn.runner.spec.RunnerExitCodes;
import org.sepyarn.runner.spec.StepSettings;
import org.sepyarn.runner.spec.WorkLayout;
import org.sepyarn.runner.stage.ContainerFolder;
import org.sepyarn.runner.stage.ProgramInvocation;
import org.sepyarn.runner.stage.TaskAttempt;
import org.sepyarn.runner.stage.TaskContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of a task container: {@code RunnerMain --work W --task N --attempt A}. Reads
 * the job's settings and, by the byte range on its command line, its own task from the plan in the
 * work folder ({@link PlanFiles}), runs the attempt, and exits with the
 * {@link RunnerExitCodes} code. In a job whose containers run several tasks ({@code tasksPerContainer}),
 * it then reports the success and runs the task the ApplicationMaster hands over, until it hands
 * over none. {@code --merge K} instead runs merge task K of the job's merge plan, {@code --scatter K}
 * scatter task K of its scatter plan.
 */
public final class RunnerMain {
  private static final Logger LOG = LoggerFactory.getLogger(RunnerMain.class);

  static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(3);

  private RunnerMain() {
  }

  public static void main(String[] args) {
    RunnerArguments a;
    try {
      a = RunnerArguments.parse(args);
    } catch (IllegalArgumentException e) {
      LOG.error("bad runner invocation: {}", e.getMessage());
      System.exit(RunnerExitCodes.BAD_INVOCATION);
      return;
    }
    int exit;
    try {
      File workDir = new File(".").getAbsoluteFile();
      if (a.isMerge()) {
        System.exit(runMerge(a, workDir));
        return;
      }
      if (a.isScatter()) {
        System.exit(runScatter(a, workDir));
        return;
      }
      exit = runTasks(a, workDir);
    } catch (Exception e) {
      LOG.error("runner failed before the program could run", e);
      exit = RunnerExitCodes.RUNNER_ERROR;
    }
    System.exit(exit);
  }

  /**
   * Runs the task of the command line and, in a job whose containers run several tasks, each task
   * the ApplicationMaster hands over after a success, in a working folder cleared in between.
   * Returns the exit code of the last attempt.
   */
  private static int runTasks(RunnerArguments a, File workDir) throws Exception {
    Configuration conf = new Configuration();
    WorkLayout work = new WorkLayout(new Path(a.work()));
    FileSystem fs = work.root().getFileSystem(conf);
    PlanSettings plan = PlanFiles.readSettings(fs, work);
    CheckpointStore checkpoints = new CheckpointStore(fs, work);
    AmChannelClient channel = new AmChannelClient(fs, work, JobSecret.ofCurrentUser());
    ContainerFolder folder = ContainerFolder.asLaunched(workDir);
    NextAttempt current = new NextAttempt(a.task(), a.attempt(), a.planOffset(), a.planLength());
    while (true) {
      int exit = runTask(conf, work, fs, plan, checkpoints, channel, current, workDir);
      if (exit != RunnerExitCodes.OK) {
        return exit;
      }
      if (!plan.reusesContainers()) {
        // Heard now, the success counts a second or two before the container's exit reaches the
        // ApplicationMaster through YARN; when this one message is lost, the exit tells the same.
        NextAttemptRequest.once(channel::send).ask(containerId(), current.task(), current.attempt());
        return exit;
      }
      NextAttemptRequest.Answer answer = NextAttemptRequest.over(channel).ask(containerId(), current.task(),
          current.attempt());
      if (!answer.answered()) {
        return RunnerExitCodes.HANDOVER_UNANSWERED;
      }
      if (answer.next().isEmpty()) {
        return exit;
      }
      folder.clearForNextTask();
      current = answer.next().get();
      LOG.info("this container runs task {} attempt {} next", current.task(), current.attempt());
    }
  }

  private static int runTask(Configuration conf, WorkLayout work, FileSystem fs, PlanSettings plan,
      CheckpointStore checkpoints, AmChannelClient channel, NextAttempt a, File workDir) throws Exception {
    TaskSpec task = PlanFiles.readTask(fs, work, a.task(), a.planOffset(), a.planLength());
    StepSettings settings = task.settings(plan);
    List<String> resume = a.attempt() > 1
        ? checkpoints.load(a.task()).map(settings::resumeArgs).orElse(List.of()) : List.of();
    TaskContext ctx = new TaskContext(conf, work, task, a.attempt(), settings.taskTimeoutMillis(),
        workDir, logDir(workDir), resume, new LocalProgramLauncher(), ProgramLogs.of(plan, a.task(), a.attempt()),
        settings.stallTimeoutMillis());
    // When the ApplicationMaster gives up on this attempt, exit: the shutdown hook kills the program.
    try (Heartbeater heartbeater = new Heartbeater(channel, checkpoints, containerId(), a.task(), a.attempt(),
        ProgramInvocation.progressFile(workDir), () -> System.exit(RunnerExitCodes.RUNNER_ERROR))
        .start(HEARTBEAT_INTERVAL)) {
      return new TaskAttempt(ctx, heartbeater::lastRejection).run();
    }
  }

  /** A merge task: reads the merge plan from the work folder, heartbeats like a task, writes its slabs. */
  private static int runMerge(RunnerArguments a, File workDir) throws Exception {
    return runPhaseTask(a, workDir, (conf, work, fs, progress) -> {
      MergePlan plan = MergeAttempt.readPlan(fs, work);
      return new PhaseTask(MergeAttempt.taskIndex(plan, a.merge()),
          () -> new MergeAttempt(conf, work, a.merge(), a.attempt(), progress).run(plan));
    });
  }

  /** A scatter task: reads the scatter plan from the work folder, heartbeats like a task, writes its parts. */
  private static int runScatter(RunnerArguments a, File workDir) throws Exception {
    return runPhaseTask(a, workDir, (conf, work, fs, progress) -> {
      ScatterPlan plan = ScatterAttempt.readPlan(fs, work);
      return new PhaseTask(plan.taskIndex(a.scatter()),
          () -> new ScatterAttempt(conf, work, a.scatter(), a.attempt(), progress).run(plan));
    });
  }

  /** A scatter or merge task's job-wide number, and its attempt to run. */
  private record PhaseTask(int taskIndex, java.util.function.IntSupplier run) {
  }

  /** Reads a phase task from its plan. */
  @FunctionalInterface
  private interface PhaseTaskReader {
    PhaseTask read(Configuration conf, WorkLayout work, FileSystem fs, File progress) throws Exception;
  }

  /** Runs a scatter or merge task's attempt, heartbeating like a task meanwhile; returns its exit code. */
  private static int runPhaseTask(RunnerArguments a, File workDir, PhaseTaskReader reader) throws Exception {
    Configuration conf = new Configuration();
    WorkLayout work = new WorkLayout(new Path(a.work()));
    FileSystem fs = work.root().getFileSystem(conf);
    File progress = ProgramInvocation.progressFile(workDir);
    PhaseTask task = reader.read(conf, work, fs, progress);
    AmChannelClient channel = new AmChannelClient(fs, work, JobSecret.ofCurrentUser());
    try (Heartbeater heartbeater = new Heartbeater(channel, new CheckpointStore(fs, work), containerId(),
        task.taskIndex(), a.attempt(), progress, () -> System.exit(RunnerExitCodes.RUNNER_ERROR))
        .start(HEARTBEAT_INTERVAL)) {
      return task.run().getAsInt();
    }
  }

  private static String containerId() {
    String id = System.getenv("CONTAINER_ID");
    if (id == null || id.isEmpty()) {
      throw new IllegalStateException("CONTAINER_ID is not set: the runner runs inside a YARN container");
    }
    return id;
  }

  /** YARN's log folder for this container ({@code LOG_DIRS}), else a folder beside the work. */
  private static File logDir(File workDir) {
    String dirs = System.getenv("LOG_DIRS");
    File dir = dirs == null || dirs.isEmpty() ? new File(workDir, "logs") : new File(dirs.split(",")[0]);
    dir.mkdirs();
    return dir;
  }
}
