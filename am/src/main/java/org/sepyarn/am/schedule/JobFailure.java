package org.sepyarn.am.schedule;

import java.util.List;
import java.util.OptionalInt;

/**
 * Why the job failed: a short text for the user and, when a task ran out of attempts, that task and
 * every attempt it made (so the driver can add each attempt's stderr tail).
 */
public record JobFailure(String diagnostics, OptionalInt taskIndex, List<Attempt> attempts) {

  public JobFailure {
    if (diagnostics == null || diagnostics.isBlank()) {
      throw new IllegalArgumentException("a job failure needs diagnostics, got '" + diagnostics + "'");
    }
    attempts = List.copyOf(attempts);
  }

  /** A failure of the job as a whole, not of one task. */
  public static JobFailure ofJob(String diagnostics) {
    return new JobFailure(diagnostics, OptionalInt.empty(), List.of());
  }
}
