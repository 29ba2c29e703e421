package org.sepyarn.client.cli;

/** The sepyarn command's exit codes. */
public final class ExitCode {
  /** The job succeeded, or the command did what was asked. */
  public static final int SUCCESS = 0;
  /** The job failed or was killed. */
  public static final int JOB_FAILED = 1;
  /** The input was invalid: nothing was staged or started. */
  public static final int INVALID_INPUT = 2;

  private ExitCode() {
  }
}
