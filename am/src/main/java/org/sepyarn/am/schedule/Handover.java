package org.sepyarn.am.schedule;

/**
 * The attempt a container that finished its task runs next, without a new launch: its runner gets
 * it in the answer to its report.
 */
public record Handover(int taskIndex, int attemptNumber) {
  public Handover {
    if (taskIndex < 0 || attemptNumber < 1) {
      throw new IllegalArgumentException("attempt " + attemptNumber + " of task " + taskIndex + " is not an attempt");
    }
  }
}
