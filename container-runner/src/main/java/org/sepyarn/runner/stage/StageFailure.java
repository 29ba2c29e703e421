package org.sepyarn.runner.stage;

import org.sepyarn.runner.spec.RunnerExit;

/** A stage gave up: how the attempt ends, why, and what the program said if it ran. */
public final class StageFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final RunnerExit exit;
  private final Integer programExitCode;

  public StageFailure(RunnerExit exit, String message, Integer programExitCode, Throwable cause) {
    super(message, cause);
    this.exit = exit;
    this.programExitCode = programExitCode;
  }

  public StageFailure(RunnerExit exit, String message) {
    this(exit, message, null, null);
  }

  public RunnerExit exit() {
    return exit;
  }

  public Integer programExitCode() {
    return programExitCode;
  }
}
