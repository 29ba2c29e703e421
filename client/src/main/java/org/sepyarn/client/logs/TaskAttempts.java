package org.sepyarn.client.logs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sepyarn.am.schedule.Attempt;
import org.sepyarn.am.schedule.TaskTransition;
import org.sepyarn.client.cli.InvalidInputException;

/**
 * Every attempt of every task of a job, from the task transitions its journal holds, to find the
 * container of an attempt. Immutable.
 */
public final class TaskAttempts {
  private final int taskCount;
  private final SortedMap<Integer, SortedMap<Integer, AttemptLocation>> byTask;

  private TaskAttempts(int taskCount, SortedMap<Integer, SortedMap<Integer, AttemptLocation>> byTask) {
    this.taskCount = taskCount;
    this.byTask = byTask;
  }

  /**
   * The attempts the transitions describe, the latest word on each attempt kept.
   *
   * @param taskCount how many tasks the job has
   * @throws IllegalArgumentException if a transition names a task the job does not have
   */
  public static TaskAttempts of(int taskCount, List<TaskTransition> transitions) {
    SortedMap<Integer, SortedMap<Integer, AttemptLocation>> byTask = new TreeMap<>();
    for (TaskTransition t : transitions) {
      if (t.taskIndex() >= taskCount) {
        throw new IllegalArgumentException("the journal names task " + t.taskIndex() + ", but the job has tasks 0 to "
            + (taskCount - 1));
      }
      Attempt a = t.attempt();
      byTask.computeIfAbsent(t.taskIndex(), k -> new TreeMap<>()).put(a.number(),
          new AttemptLocation(t.taskIndex(), a.number(), a.containerId(), a.node(), a.reason()));
    }
    SortedMap<Integer, SortedMap<Integer, AttemptLocation>> frozen = new TreeMap<>();
    byTask.forEach((task, attempts) -> frozen.put(task, Collections.unmodifiableSortedMap(attempts)));
    return new TaskAttempts(taskCount, Collections.unmodifiableSortedMap(frozen));
  }

  public int taskCount() {
    return taskCount;
  }

  /** Every attempt of {@code task} so far, in order; empty before its first. */
  public List<AttemptLocation> of(int task) {
    return new ArrayList<>(byTask.getOrDefault(task, Collections.emptySortedMap()).values());
  }

  /** The last attempt of each task that has one, by task. */
  public Map<Integer, AttemptLocation> lastAttempts() {
    Map<Integer, AttemptLocation> last = new TreeMap<>();
    byTask.forEach((task, attempts) -> last.put(task, attempts.get(attempts.lastKey())));
    return last;
  }

  /**
   * Attempt {@code attempt} of {@code task}, or its last when {@code attempt} is empty.
   *
   * @throws InvalidInputException naming the tasks or attempts there are, when there is no such
   *     task or attempt
   */
  public AttemptLocation find(int task, OptionalInt attempt) throws InvalidInputException {
    if (task < 0 || task >= taskCount) {
      throw new InvalidInputException("--task " + task + ": the job has no task " + task + "; its tasks are 0 to "
          + (taskCount - 1));
    }
    SortedMap<Integer, AttemptLocation> attempts = byTask.get(task);
    if (attempts == null) {
      throw new InvalidInputException("--task " + task + ": task " + task + " has not started an attempt yet, so it"
          + " has no logs");
    }
    if (attempt.isEmpty()) {
      return attempts.get(attempts.lastKey());
    }
    AttemptLocation found = attempts.get(attempt.getAsInt());
    if (found == null) {
      throw new InvalidInputException("--attempt " + attempt.getAsInt() + ": task " + task + " has no attempt "
          + attempt.getAsInt() + "; its attempts are " + attempts.keySet());
    }
    return found;
  }
}
