package org.sepyarn.runner.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The scatter tasks of a job, written by the ApplicationMaster to {@link WorkLayout#scatterPlan()}
 * before any runs; they run before the job's tasks, which read the parts they commit
 * ({@link ScatteredInput}).
 *
 * @param taskCount the job's task count: scatter task {@code k} is task {@code taskCount + k} in the
 *     journal, the reports and the work folder's pieces
 * @param tasks the scatter tasks, in number order
 */
public record ScatterPlan(int taskCount, List<ScatterTaskSpec> tasks) {
  public ScatterPlan {
    tasks = List.copyOf(tasks);
    for (int k = 0; k < tasks.size(); k++) {
      if (tasks.get(k).number() != k) {
        throw new IllegalArgumentException("scatter task at position " + k + " has number " + tasks.get(k).number());
      }
    }
  }

  /** A job that scatters nothing. */
  public static ScatterPlan none(int taskCount) {
    return new ScatterPlan(taskCount, List.of());
  }

  @JsonIgnore
  public boolean isEmpty() {
    return tasks.isEmpty();
  }

  /** Scatter task {@code number}. */
  public ScatterTaskSpec task(int number) {
    if (number < 0 || number >= tasks.size()) {
      throw new IllegalArgumentException("scatter task " + number + " does not exist: the job has "
          + (tasks.isEmpty() ? "none" : "scatter tasks 0 to " + (tasks.size() - 1)));
    }
    return tasks.get(number);
  }

  /** The job-wide task number of scatter task {@code number}. */
  public int taskIndex(int number) {
    return taskCount + number;
  }

  /** The job's tasks and its scatter tasks: where the merge tasks' numbers start. */
  @JsonIgnore
  public int tasksBeforeMerge() {
    return taskCount + tasks.size();
  }
}
