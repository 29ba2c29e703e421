package org.sepyarn.runner.scatter;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.runner.heartbeat.ProgressFileWriter;
import org.sepyarn.runner.iocount.IoCounter;
import org.sepyarn.runner.iocount.PhaseMeter;
import org.sepyarn.runner.spec.AttemptReport;
import org.sepyarn.runner.spec.HostName;
import org.sepyarn.runner.spec.PhaseBytes;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.RunnerExitCodes;
import org.sepyarn.runner.spec.ScatterPlan;
import org.sepyarn.runner.spec.ScatterTaskSpec;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt of a scatter task in its container: reads the job's scatter plan, runs the task
 * ({@link ScatterTaskRun}), reports progress through the progress file the heartbeat sends, and
 * writes an {@link AttemptReport} before the runner exits. Its bytes count as the {@code fetch}
 * phase's: scattering is how the input reaches the tasks.
 */
public final class ScatterAttempt {
  private static final Logger LOG = LoggerFactory.getLogger(ScatterAttempt.class);

  private final Configuration conf;
  private final WorkLayout work;
  private final int number;
  private final int attempt;
  private final ProgressFileWriter progress;

  /**
   * @param number the scatter task's number
   * @param progressFile where the heartbeat reads this attempt's progress
   */
  public ScatterAttempt(Configuration conf, WorkLayout work, int number, int attempt, File progressFile) {
    this.conf = conf;
    this.work = work;
    this.number = number;
    this.attempt = attempt;
    this.progress = new ProgressFileWriter(progressFile);
  }

  /** The scatter plan the ApplicationMaster wrote before any task ran. */
  public static ScatterPlan readPlan(FileSystem fs, WorkLayout work) throws IOException {
    try (InputStream in = fs.open(work.scatterPlan())) {
      return PlanCodec.read(in.readAllBytes(), ScatterPlan.class);
    }
  }

  /** Runs the attempt; returns how it ended, one of {@link RunnerExitCodes}. */
  public int run(ScatterPlan plan) {
    long start = System.currentTimeMillis();
    ScatterTaskSpec spec = plan.task(number);
    int task = plan.taskIndex(number);
    PhaseMeter meter = new PhaseMeter(IoCounter.forPaths(conf, work.root(), new Path(spec.source())));
    int exit = RunnerExitCodes.OK;
    String message = "scatter task " + number + " wrote " + spec.describe();
    try {
      boolean[] committed = {false};
      meter.measure(PhaseBytes.FETCH, () -> committed[0] = new ScatterTaskRun(conf, work, spec, task, attempt)
          .run(progress::progress));
      if (!committed[0]) {
        message = "scatter task " + number + " was committed by another attempt; this one's parts are dropped";
      }
    } catch (IOException | RuntimeException e) {
      exit = RunnerExitCodes.IO_FAILED;
      message = "scatter task " + number + " (" + spec.describe() + ") failed: " + e.getMessage();
      LOG.error(message, e);
    }
    AttemptReport report = new AttemptReport(task, attempt, HostName.local(), RunnerExitCodes.describe(exit), null,
        message, "", start, System.currentTimeMillis(), meter.counted());
    try {
      report.writeTo(work.root().getFileSystem(conf), work);
    } catch (IOException e) {
      LOG.warn("cannot reach the work folder to write the report of scatter task {}: {}", number, e.getMessage());
    }
    return exit;
  }
}
