package org.sepyarn.runner.stage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.sepyarn.runner.iocount.PhaseMeter;
import org.sepyarn.runner.spec.AttemptReport;
import org.sepyarn.runner.spec.HostName;
import org.sepyarn.runner.spec.PhaseBytes;
import org.sepyarn.runner.spec.PieceChecksum;
import org.sepyarn.runner.spec.RunnerExitCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt of one task, stage by stage: fetch the input pieces, run the program, check its
 * outputs, commit them. The first stage that fails decides the outcome; every outcome is written
 * as an {@link AttemptReport} to the work folder before the runner exits, with the bytes the
 * fetch and the commit moved to and from the cluster file system.
 */
public final class TaskAttempt {
  private static final Logger LOG = LoggerFactory.getLogger(TaskAttempt.class);
  private static final int STDERR_LINES = 20;

  private final TaskContext ctx;
  private final Supplier<String> checkpointNote;

  public TaskAttempt(TaskContext ctx) {
    this(ctx, () -> null);
  }

  /**
   * An attempt whose report adds {@code checkpointNote}'s answer, when not null, to its message:
   * why the program's checkpoint was refused.
   */
  public TaskAttempt(TaskContext ctx, Supplier<String> checkpointNote) {
    this.ctx = ctx;
    this.checkpointNote = checkpointNote;
  }

  /** Runs every stage; returns how the attempt ended, one of {@link RunnerExitCodes}. */
  public int run() {
    long start = System.currentTimeMillis();
    int exit = RunnerExitCodes.OK;
    String message = "the program succeeded and its outputs are committed";
    Integer programExit = null;
    List<PieceChecksum> checksums = new ArrayList<>();
    PhaseMeter meter = new PhaseMeter(ClusterFileSystems.counterFor(ctx));
    try {
      LOG.info("task {} attempt {}: fetching inputs", ctx.task().index(), ctx.attempt());
      meter.measure(PhaseBytes.FETCH, () -> FetchInputs.run(ctx));
      LOG.info("task {} attempt {}: running {}", ctx.task().index(), ctx.attempt(), ctx.task().command());
      RunProgram.run(ctx);
      programExit = 0;
      CheckOutputs.run(ctx);
      meter.measure(PhaseBytes.COMMIT, () -> checksums.addAll(CommitOutputs.run(ctx)));
    } catch (StageFailure failure) {
      exit = failure.exitCode();
      message = failure.getMessage();
      programExit = failure.programExitCode() != null ? failure.programExitCode() : programExit;
      LOG.error("task {} attempt {} failed: {}", ctx.task().index(), ctx.attempt(), message, failure.getCause());
    }
    String note = checkpointNote.get();
    if (note != null) {
      message = message + "; note: " + note;
    }
    AttemptReport report = new AttemptReport(ctx.task().index(), ctx.attempt(), HostName.local(),
        RunnerExitCodes.describe(exit), programExit, message, StderrTail.of(ctx.programStderr(), STDERR_LINES), start,
        System.currentTimeMillis(), meter.counted(), checksums);
    try {
      report.writeTo(ctx.clusterFs(), ctx.work());
    } catch (IOException e) {
      LOG.warn("cannot reach the work folder to write the report of task {}: {}", report.task(), e.getMessage());
    }
    return exit;
  }
}
