package org.sepyarn.runner.spec;

import java.util.List;

/**
 * The ApplicationMaster's plan of a job: the job-wide settings a runner enforces and every task.
 * It is written so that a runner reads only its own task ({@link PlanFiles}).
 *
 * @param jobName the job's name, for messages
 * @param taskTimeoutMillis wall-clock limit of one attempt of the program; 0 means none
 * @param restartArgs what a retried attempt adds when an earlier attempt left a checkpoint
 * @param checkpointArg the parameter that then receives the checkpoint text
 * @param tasks every task, in index order
 * @param tasksPerContainer how many tasks one container may run one after another (1 when absent)
 * @param stallTimeoutMillis a program that changes neither its progress file nor any file of its
 *     working folder for this long is killed as stalled; 0 means never
 */
public record Plan(String jobName, long taskTimeoutMillis, List<String> restartArgs, String checkpointArg,
    List<TaskSpec> tasks, int tasksPerContainer, long stallTimeoutMillis) {
  public Plan {
    if (stallTimeoutMillis < 0) {
      throw new IllegalArgumentException("stall timeout " + stallTimeoutMillis + " ms is negative");
    }
    if (tasksPerContainer < 0) {
      throw new IllegalArgumentException("tasks per container " + tasksPerContainer + " must be at least 1");
    }
    tasksPerContainer = Math.max(1, tasksPerContainer);
    restartArgs = restartArgs == null ? List.of() : List.copyOf(restartArgs);
    checkpointArg = checkpointArg == null ? "checkpoint" : checkpointArg;
    if (taskTimeoutMillis < 0) {
      throw new IllegalArgumentException("task timeout " + taskTimeoutMillis + " ms is negative");
    }
    tasks = List.copyOf(tasks);
    for (int i = 0; i < tasks.size(); i++) {
      if (tasks.get(i).index() != i) {
        throw new IllegalArgumentException("plan lists task " + tasks.get(i).index() + " at position " + i);
      }
    }
  }

  /** A plan whose containers run one task each. */
  public Plan(String jobName, long taskTimeoutMillis, List<String> restartArgs, String checkpointArg,
      List<TaskSpec> tasks) {
    this(jobName, taskTimeoutMillis, restartArgs, checkpointArg, tasks, 1);
  }

  /** A plan that never kills a program as stalled. */
  public Plan(String jobName, long taskTimeoutMillis, List<String> restartArgs, String checkpointArg,
      List<TaskSpec> tasks, int tasksPerContainer) {
    this(jobName, taskTimeoutMillis, restartArgs, checkpointArg, tasks, tasksPerContainer, 0);
  }

  /** The arguments a retry adds to resume from {@code checkpoint}. */
  public List<String> resumeArgs(String checkpoint) {
    List<String> args = new java.util.ArrayList<>(restartArgs);
    args.add(checkpointArg + "=" + checkpoint);
    return args;
  }

  /** Task {@code index}, with a clear error when the plan has no such task. */
  public TaskSpec task(int index) {
    if (index < 0 || index >= tasks.size()) {
      throw new IllegalArgumentException("task " + index + " is not in the plan of job " + jobName + ", which has "
          + tasks.size() + " tasks (0 to " + (tasks.size() - 1) + ")");
    }
    return tasks.get(index);
  }
}
