package org.sepyarn.runner.stage;

/** A stage gave up: how the attempt ends, why, and what the program said if it ran. */
public final class StageFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final Integer programExitCode;

  /** @param exitCode one of {@link org.sepyarn.runner.spec.RunnerExitCodes} */
  public StageFailure(int exitCode, String message, Integer programExitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
    this.programExitCode = programExitCode;
  }

  public StageFailure(int exitCode, String message) {
    this(exitCode, message, null, null);
  }

  public int exitCode() {
    return exitCode;
  }

  public Integer programExitCode() {
    return programExitCode;
  }
}
