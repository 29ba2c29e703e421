package org.sepyarn.examples.stdio;

/**
 * A problem with what the user gave a tool: a missing or malformed parameter, an unreadable or
 * inconsistent dataset, an unstable modelling set-up. The tool prints the message to stderr,
 * prefixed with its name, and exits with status 1; the message alone must say what was wrong,
 * where, and what is allowed.
 */
public final class ToolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ToolException(String message) {
    super(message);
  }

  public ToolException(String message, Throwable cause) {
    super(message, cause);
  }
}
