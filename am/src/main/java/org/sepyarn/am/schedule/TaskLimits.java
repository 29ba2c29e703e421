package org.sepyarn.am.schedule;

import java.time.Duration;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * The limits each task has of its own instead of the job's ({@link SchedulingPolicy}): in a flow,
 * those of the task's step.
 *
 * @param maxAttempts task {@code t} makes at most {@code maxAttempts.applyAsInt(t)} attempts; 0 for
 *     the policy's limit
 * @param timeLimit task {@code t}'s attempts are given up after {@code timeLimit.apply(t)} (empty:
 *     never); null for the policy's {@code taskTimeout} for every task
 */
public record TaskLimits(IntUnaryOperator maxAttempts, IntFunction<Optional<Duration>> timeLimit) {
  /** Every task with the policy's limits. */
  public static final TaskLimits POLICY = new TaskLimits(task -> 0, null);

  public TaskLimits {
    java.util.Objects.requireNonNull(maxAttempts, "maxAttempts");
  }

  /** Each task's own limit of attempts, the policy's time limit. */
  public static TaskLimits attempts(IntUnaryOperator maxAttempts) {
    return new TaskLimits(maxAttempts, null);
  }

  /** Gives each of {@code tasks} its own limits. */
  java.util.List<Task> apply(java.util.List<Task> tasks) {
    for (Task task : tasks) {
      int own = maxAttempts.applyAsInt(task.index());
      if (own > 0) {
        task.allowAttempts(own);
      }
      if (timeLimit != null) {
        task.limitTime(timeLimit.apply(task.index()));
      }
    }
    return tasks;
  }
}
