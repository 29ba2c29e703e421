package org.sepyarn.formats.job;

import java.util.Objects;

/**
 * One problem in a job description: where it is, as a field path such as
 * {@code files[2].distribute.patch.overlap} (empty for the document as a whole), and what is
 * wrong, naming the bad value and what is allowed.
 */
public record JobError(String path, String message) {
  public JobError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
