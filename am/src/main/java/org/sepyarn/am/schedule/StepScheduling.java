package org.sepyarn.am.schedule;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sepyarn.formats.job.Speculation;

/**
 * The steps of a flow as the scheduler sees them: consecutive ranges of task indexes (step 0's
 * tasks first), each with its own {@code maxRunning}, {@code tasksPerContainer} and
 * {@code speculation}. A job of one program is one step with the policy's settings
 * ({@link #single}). The step of a task is found by a binary search over the steps' first tasks.
 */
public final class StepScheduling {
  /**
   * One step's settings.
   *
   * @param tasks how many tasks the step has, at least 1
   * @param maxRunning the most containers the step's attempts may hold at once; 0 for no limit of
   *     the step's own (the job's {@code maxRunning} still holds)
   * @param tasksPerContainer how many of the step's tasks a container started for it may run
   * @param speculation whether and when the step's stragglers get a second attempt
   */
  public record Step(int tasks, int maxRunning, int tasksPerContainer, Speculation speculation) {
    public Step {
      if (tasks < 1) {
        throw new IllegalArgumentException("a step of " + tasks + " tasks: a step has at least 1");
      }
      if (maxRunning < 0) {
        throw new IllegalArgumentException("maxRunning=" + maxRunning + " for a step: at least 1, or 0 for no limit");
      }
      if (tasksPerContainer < 1) {
        throw new IllegalArgumentException("tasksPerContainer=" + tasksPerContainer + " for a step: at least 1");
      }
      Objects.requireNonNull(speculation, "speculation");
    }
  }

  private final Step[] steps;
  /** Step {@code s}'s tasks are {@code first[s]} to {@code first[s + 1] - 1}. */
  private final int[] first;

  private StepScheduling(List<Step> steps) {
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("no steps: a job has at least one");
    }
    this.steps = steps.toArray(Step[]::new);
    this.first = new int[this.steps.length + 1];
    for (int s = 0; s < this.steps.length; s++) {
      first[s + 1] = Math.addExact(first[s], this.steps[s].tasks());
    }
  }

  /** The steps in order, their tasks numbered one after another from 0. */
  public static StepScheduling of(List<Step> steps) {
    return new StepScheduling(List.copyOf(steps));
  }

  /** One step of {@code taskCount} tasks with the policy's settings and no limit of its own on running tasks. */
  static StepScheduling single(int taskCount, SchedulingPolicy policy) {
    return of(List.of(new Step(taskCount, 0, policy.tasksPerContainer(), policy.speculation())));
  }

  /** The steps in order. */
  public List<Step> steps() {
    return List.of(steps);
  }

  int count() {
    return steps.length;
  }

  int taskCount() {
    return first[steps.length];
  }

  Step get(int step) {
    return steps[step];
  }

  /** The first task of {@code step}. */
  int first(int step) {
    return first[step];
  }

  /** One past the last task of {@code step}. */
  int end(int step) {
    return first[step + 1];
  }

  /** The step that task {@code task} belongs to. */
  int stepOf(int task) {
    if (task < 0 || task >= taskCount()) {
      throw new IllegalArgumentException("task " + task + " is not among the steps' tasks 0 to " + (taskCount() - 1));
    }
    int at = Arrays.binarySearch(first, 0, steps.length, task);
    return at >= 0 ? at : -at - 2;
  }

  /** Whether any step lets its stragglers have a second attempt. */
  boolean anySpeculates() {
    return Arrays.stream(steps).anyMatch(s -> s.speculation().enabled());
  }
}
