package org.sepyarn.formats.dataset;

import java.io.IOException;

/**
 * A dataset's files exist but do not make a valid dataset: a pipe header, no or a bad
 * {@code in=}, a binary of the wrong size, an unreadable parameter. The message says which file
 * and what is wrong.
 */
public class InvalidDatasetException extends IOException {
  private static final long serialVersionUID = 1L;

  public InvalidDatasetException(String message) {
    super(message);
  }

  public InvalidDatasetException(String message, Throwable cause) {
    super(message, cause);
  }
}
