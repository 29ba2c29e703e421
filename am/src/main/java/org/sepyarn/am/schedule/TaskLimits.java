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
 * @param steps the steps the tasks belong to, each with its own {@code maxRunning},
 *     {@code tasksPerContainer} and {@code speculation}; null for one step with the policy's
 */
public record TaskLimits(IntUnaryOperator maxAttempts, IntFunction<Optional<Duration>> timeLimit,
    StepScheduling steps) {
  /** Every task with the policy's limits. */
  public static final TaskLimits POLICY = new TaskLimits(task -> 0, null);

  public TaskLimits {
    java.util.Objects.requireNonNull(maxAttempts, "maxAttempts");
  }

  /** Each task's own limits of attempts and time, one step with the policy's settings. */
  public TaskLimits(IntUnaryOperator maxAttempts, IntFunction<Optional<Duration>> timeLimit) {
    this(maxAttempts, timeLimit, null);
  }

  /** Each task's own limit of attempts, the policy's time limit. */
  public static TaskLimits attempts(IntUnaryOperator maxAttempts) {
    return new TaskLimits(maxAttempts, null);
  }

  /** These limits, the tasks belonging to {@code stepsOfTasks}. */
  public TaskLimits withSteps(StepScheduling stepsOfTasks) {
    return new TaskLimits(maxAttempts, timeLimit, java.util.Objects.requireNonNull(stepsOfTasks, "steps"));
  }

  /** The steps of a job of {@code taskCount} tasks under {@code policy}. */
  StepScheduling stepsOf(int taskCount, SchedulingPolicy policy) {
    if (steps == null) {
      return StepScheduling.single(taskCount, policy);
    }
    if (steps.taskCount() != taskCount) {
      throw new IllegalArgumentException("the steps have " + steps.taskCount() + " tasks, but the job has "
          + taskCount);
    }
    return steps;
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
