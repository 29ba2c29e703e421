package org.sepyarn.runner.merge;

import java.io.File;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.runner.heartbeat.ProgressFileWriter;
import org.sepyarn.runner.iocount.IoCounter;
import org.sepyarn.runner.iocount.PhaseMeter;
import org.sepyarn.runner.spec.AttemptReport;
import org.sepyarn.runner.spec.HostName;
import org.sepyarn.runner.spec.MergePlan;
import org.sepyarn.runner.spec.MergeTaskSpec;
import org.sepyarn.runner.spec.PhaseBytes;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.RunnerExitCodes;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt of a merge task in its container: reads the job's merge plan, runs the task, reports
 * progress through the progress file the heartbeat sends, and writes an {@link AttemptReport}
 * (with the bytes the merge read and wrote, phase {@link PhaseBytes#MERGE}) before the runner exits.
 */
public final class MergeAttempt {
  private static final Logger LOG = LoggerFactory.getLogger(MergeAttempt.class);

  private final Configuration conf;
  private final WorkLayout work;
  private final int number;
  private final int attempt;
  private final ProgressFileWriter progress;

  /**
   * @param number the merge task's number
   * @param progressFile where the heartbeat reads this attempt's progress
   */
  public MergeAttempt(Configuration conf, WorkLayout work, int number, int attempt, File progressFile) {
    this.conf = conf;
    this.work = work;
    this.number = number;
    this.attempt = attempt;
    this.progress = new ProgressFileWriter(progressFile);
  }

  /** The merge plan the ApplicationMaster wrote before it started the merge tasks. */
  public static MergePlan readPlan(FileSystem fs, WorkLayout work) throws IOException {
    try (java.io.InputStream in = fs.open(work.mergePlan())) {
      return PlanCodec.read(in.readAllBytes(), MergePlan.class);
    }
  }

  /** The task index of merge task {@code number} in the journal, the reports and the heartbeats. */
  public static int taskIndex(MergePlan plan, int number) {
    return plan.taskCount() + number;
  }

  /** Runs the attempt; returns how it ended, one of {@link RunnerExitCodes}. */
  public int run(MergePlan plan) {
    long start = System.currentTimeMillis();
    MergeTaskSpec spec = plan.task(number);
    PhaseMeter meter = new PhaseMeter(IoCounter.forPaths(conf, work.root(), new Path(spec.header())));
    int exit = RunnerExitCodes.OK;
    String message = "merge task " + number + " wrote " + spec.describe();
    try {
      meter.measure(PhaseBytes.MERGE, () -> new MergeTaskRun(conf, work, spec, attempt).run(progress::progress));
    } catch (IOException | RuntimeException e) {
      exit = RunnerExitCodes.IO_FAILED;
      message = "merge task " + number + " (" + spec.describe() + ") failed: " + e.getMessage();
      LOG.error(message, e);
    }
    int task = taskIndex(plan, number);
    AttemptReport report = new AttemptReport(task, attempt, HostName.local(), RunnerExitCodes.describe(exit), null, message,
        "", start, System.currentTimeMillis(), meter.counted());
    try {
      report.writeTo(work.root().getFileSystem(conf), work);
    } catch (IOException e) {
      LOG.warn("cannot reach the work folder to write the report of merge task {}: {}", number, e.getMessage());
    }
    return exit;
  }
}
