package org.sepyarn.client.inversion;

/** An operator program failed: it exited with another status than 0, or wrote no output. */
public final class ProgramFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ProgramFailedException(String message) {
    super(message);
  }
}
