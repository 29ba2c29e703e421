package org.sepyarn.runner.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * One file of the plan as a runner reads it: the job-wide settings a runner enforces and a run of
 * at most {@link PlanFiles#TASKS_PER_CHUNK} consecutive tasks, so that a runner localizes and
 * parses a few kilobytes whatever the job's task count (the whole plan of 100,000 tasks is
 * 40 MB). Written by the ApplicationMaster to {@link WorkLayout#planChunk(int)}.
 *
 * @param jobName the job's name, for messages
 * @param taskTimeoutMillis wall-clock limit of one attempt of the program; 0 means none
 * @param restartArgs what a retried attempt adds when an earlier attempt left a checkpoint
 * @param checkpointArg the parameter that then receives the checkpoint text
 * @param taskCount how many tasks the whole job has
 * @param first the index of the chunk's first task
 * @param tasks tasks {@code first}, {@code first + 1}, ..., in index order
 */
public record PlanChunk(String jobName, long taskTimeoutMillis, List<String> restartArgs, String checkpointArg,
    int taskCount, int first, List<TaskSpec> tasks) {
  public PlanChunk {
    restartArgs = restartArgs == null ? List.of() : List.copyOf(restartArgs);
    checkpointArg = checkpointArg == null ? "checkpoint" : checkpointArg;
    if (taskTimeoutMillis < 0) {
      throw new IllegalArgumentException("task timeout " + taskTimeoutMillis + " ms is negative");
    }
    tasks = List.copyOf(tasks);
    if (first < 0 || first + tasks.size() > taskCount) {
      throw new IllegalArgumentException("plan chunk of tasks " + first + " to " + (first + tasks.size() - 1)
          + " does not fit in a job of " + taskCount + " tasks");
    }
    for (int i = 0; i < tasks.size(); i++) {
      if (tasks.get(i).index() != first + i) {
        throw new IllegalArgumentException("plan chunk starting at task " + first + " lists task "
            + tasks.get(i).index() + " at position " + i);
      }
    }
  }

  /** The arguments a retry adds to resume from {@code checkpoint}. */
  public List<String> resumeArgs(String checkpoint) {
    List<String> args = new ArrayList<>(restartArgs);
    args.add(checkpointArg + "=" + checkpoint);
    return args;
  }

  /** Task {@code index}, with a clear error when this chunk does not hold it. */
  public TaskSpec task(int index) {
    if (index < first || index >= first + tasks.size()) {
      throw new IllegalArgumentException("task " + index + " is not in this part of the plan of job " + jobName
          + ", which holds tasks " + first + " to " + (first + tasks.size() - 1) + " of " + taskCount);
    }
    return tasks.get(index - first);
  }
}
