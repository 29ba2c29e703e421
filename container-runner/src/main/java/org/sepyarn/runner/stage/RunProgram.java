package org.sepyarn.runner.stage;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.sepyarn.formats.job.Durations;
import org.sepyarn.runner.process.ProgramCommand;
import org.sepyarn.runner.process.RunningProgram;
import org.sepyarn.runner.spec.RunnerExitCodes;

/**
 * Runs the program once and waits for it, within the job's {@code taskTimeout}. A program that
 * runs too long is killed with its whole process tree; so is a program that changes nothing for
 * the job's {@code stallTimeout} ({@link StallWatch}), and a program whose runner is told to stop
 * (the container is killed), through a shutdown hook.
 */
public final class RunProgram {
  private static final Duration POLL = Duration.ofMillis(200);

  private RunProgram() {
  }

  public static void run(TaskContext ctx) throws StageFailure {
    ProgramCommand command;
    RunningProgram program;
    try {
      command = ProgramInvocation.build(ctx.task(), ctx.workDir(), ctx.logDir(), ctx.extraArgs(), ctx.logs());
    } catch (IOException e) {
      throw new StageFailure(RunnerExitCodes.IO_FAILED, "cannot prepare the working folder: " + e.getMessage(), null, e);
    }
    try {
      program = ctx.launcher().launch(command);
    } catch (IOException e) {
      throw new StageFailure(RunnerExitCodes.PROGRAM_NOT_STARTED, e.getMessage(), null, e);
    }
    Thread killOnExit = new Thread(program::killTree, "kill-program-on-exit");
    Runtime.getRuntime().addShutdownHook(killOnExit);
    try {
      int exit = waitFor(ctx, command, program);
      if (exit != 0) {
        throw new StageFailure(RunnerExitCodes.PROGRAM_FAILED, command.argv().get(0) + " exited with status " + exit,
            exit, null);
      }
    } catch (InterruptedException e) {
      program.killTree();
      Thread.currentThread().interrupt();
      throw new StageFailure(RunnerExitCodes.RUNNER_ERROR, "interrupted while the program ran", null, e);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(killOnExit);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or will run: it kills the tree
      }
    }
  }

  private static int waitFor(TaskContext ctx, ProgramCommand command, RunningProgram program)
      throws InterruptedException, StageFailure {
    long limit = ctx.taskTimeoutMillis();
    long stallLimit = ctx.stallTimeoutMillis();
    StallWatch stall = stallLimit > 0 ? new StallWatch(List.of(ctx.workDir(), command.stdout(), command.stderr()),
        stallLimit, () -> TimeUnit.NANOSECONDS.toMillis(System.nanoTime())) : null;
    // TimeUnit saturates where multiplying by 1,000,000 would wrap round for a limit of centuries.
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limit);
    while (true) {
      OptionalInt exit = program.waitFor(POLL);
      if (exit.isPresent()) {
        return exit.getAsInt();
      }
      if (limit > 0 && System.nanoTime() - deadline > 0) {
        program.killTree();
        throw new StageFailure(RunnerExitCodes.TIMED_OUT, "the program ran longer than the job's taskTimeout of "
            + describeLimit(limit) + " and was killed with its child processes");
      }
      if (stall != null && stall.stalled()) {
        program.killTree();
        throw new StageFailure(RunnerExitCodes.STALLED, "the program changed nothing for "
            + describeLimit(stall.quietMillis() / 1000 * 1000) + ", reaching the job's stallTimeout of " + describeLimit(stallLimit)
            + " (neither its progress file, nor a file in its working folder, nor its stdout or stderr), so it was"
            + " taken as hung and killed with its child processes; a program that may work longer without a"
            + " sign writes progress to $" + ProgramInvocation.PROGRESS_FILE_ENV + ", or the job raises stallTimeout"
            + " or sets it to \"off\"");
      }
    }
  }

  /** A time limit as the job wrote it ({@code 90s}, {@code 2h}). */
  private static String describeLimit(long millis) {
    Duration limit = Duration.ofMillis(millis);
    return limit.getNano() == 0 ? Durations.format(limit) : millis + " ms";
  }
}
