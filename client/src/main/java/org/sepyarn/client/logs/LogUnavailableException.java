package org.sepyarn.client.logs;

/**
 * A container's log file cannot be read from where it was looked for; the message says where,
 * why, and what else to try.
 */
public final class LogUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  public LogUnavailableException(String message) {
    super(message);
  }

  public LogUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
