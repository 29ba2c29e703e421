package org.sepyarn.runner.spec;

/**
 * The exit codes of the container-runner: how it tells the ApplicationMaster why its task ended.
 * A process killed by a signal exits with 128 plus the signal (137 for SIGKILL, 143 for SIGTERM);
 * every code not listed here counts as the runner's own failure.
 */
public final class RunnerExitCodes {
  /** The program succeeded and every output was committed. */
  public static final int OK = 0;
  /** The runner itself failed, for example with an uncaught exception (the JVM's exit status 1). */
  public static final int RUNNER_ERROR = 1;
  /** The runner was started with arguments or a task description it could not use. */
  public static final int BAD_INVOCATION = 2;
  /** The serial program exited with a non-zero status. */
  public static final int PROGRAM_FAILED = 3;
  /** The program exited with 0 but an output was missing or shorter than its header says. */
  public static final int OUTPUT_INVALID = 4;
  /** The program ran past the task's wall-clock limit and the runner killed it. */
  public static final int TIMED_OUT = 5;
  /** Fetching the input pieces or committing the outputs failed with an I/O error. */
  public static final int IO_FAILED = 6;
  /** The program could not be started at all (not found, not executable). */
  public static final int PROGRAM_NOT_STARTED = 7;
  /**
   * The task's attempt succeeded and its outputs are committed, but the ApplicationMaster did not
   * answer the report asking for the container's next task; the runner stopped. Whatever attempt
   * the ApplicationMaster holds in the container decides: the reported one succeeded, one handed
   * over never started.
   */
  public static final int HANDOVER_UNANSWERED = 8;
  /**
   * The program changed nothing (progress file, working folder, stdout, stderr) for the job's
   * {@code stallTimeout}, and the runner killed it as hung.
   */
  public static final int STALLED = 9;
  /**
   * A piece of a flow's intermediate that an earlier task committed cannot be read: its files or
   * its blocks are gone, or it is corrupt. The task that wrote it must run again.
   */
  public static final int PIECE_LOST = 10;

  private RunnerExitCodes() {
  }

  /** A short description of a runner exit code, for logs and diagnostics. */
  public static String describe(int code) {
    return switch (code) {
      case OK -> "ok";
      case RUNNER_ERROR -> "runner error";
      case BAD_INVOCATION -> "bad runner invocation";
      case PROGRAM_FAILED -> "program failed";
      case OUTPUT_INVALID -> "output invalid";
      case TIMED_OUT -> "task timed out";
      case IO_FAILED -> "fetch or commit I/O failed";
      case PROGRAM_NOT_STARTED -> "program could not be started";
      case HANDOVER_UNANSWERED -> "task committed, next task not received";
      case STALLED -> "task stalled";
      case PIECE_LOST -> "an intermediate piece is lost";
      default -> code > 128 && code < 160 ? "killed by signal " + (code - 128) : "unknown exit code " + code;
    };
  }
}
