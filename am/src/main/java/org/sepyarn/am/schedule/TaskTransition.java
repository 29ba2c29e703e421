package org.sepyarn.am.schedule;

import java.util.Objects;

/**
 * A task moved from one state to another at {@code at} because of {@code attempt} (as it stands
 * after the move: started, or ended with its reason). A journal that records every transition has
 * all a new ApplicationMaster attempt needs to {@link TaskScheduler#recover recover} the job.
 */
public record TaskTransition(int taskIndex, TaskState from, TaskState to, Attempt attempt, long at) {

  public TaskTransition {
    if (taskIndex < 0) {
      throw new IllegalArgumentException("task index " + taskIndex + " of a transition must not be negative");
    }
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(attempt, "attempt");
    from.checkMove(taskIndex, to);
  }
}
