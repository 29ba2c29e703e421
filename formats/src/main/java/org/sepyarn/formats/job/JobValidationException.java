package org.sepyarn.formats.job;

import java.util.List;

/**
 * A job description, or one part of it, is not valid. Carries every problem found, each with its
 * field path; the message lists them one per line under the name of the source.
 */
public final class JobValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final List<JobError> errors;

  /**
   * @param source what was checked, usually the job file's name
   * @param errors the problems found, at least one
   */
  public JobValidationException(String source, List<JobError> errors) {
    super(format(source, errors));
    this.source = source;
    this.errors = List.copyOf(errors);
  }

  /** What was checked, usually the job file's name. */
  public String source() {
    return source;
  }

  /** Every problem found, in the order found. */
  public List<JobError> errors() {
    return errors;
  }

  private static String format(String source, List<JobError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a validation failure needs at least one error");
    }
    StringBuilder sb = new StringBuilder(source).append(": ").append(errors.size())
        .append(errors.size() == 1 ? " error" : " errors");
    for (JobError e : errors) {
      sb.append("\n  ").append(e);
    }
    return sb.toString();
  }
}
