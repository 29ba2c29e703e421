package org.sepyarn.client.cli;

/**
 * The user's input is wrong (a job, a dataset, an argument): the command stops before changing
 * anything and exits with {@link ExitCode#INVALID_INPUT}. The message says what is wrong, where
 * and how to fix it.
 */
public final class InvalidInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
