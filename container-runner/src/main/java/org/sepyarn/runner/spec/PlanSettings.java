package org.sepyarn.runner.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * The job-level part of the plan, {@link WorkLayout#planSettings()}: the job-wide settings a
 * runner enforces and the task count (the client counts the tasks from it).
 *
 * @param jobName the job's name, for messages
 * @param taskTimeoutMillis wall-clock limit of one attempt of the program; 0 means none
 * @param restartArgs what a retried attempt adds when an earlier attempt left a checkpoint
 * @param checkpointArg the parameter that then receives the checkpoint text
 * @param taskCount how many tasks the job has
 * @param tasksPerContainer how many tasks one container may run one after another (1 when absent)
 * @param stallTimeoutMillis a program that changes neither its progress file nor any file of its
 *     working folder for this long is killed as stalled; 0 (and absent) means never
 */
public record PlanSettings(String jobName, long taskTimeoutMillis, List<String> restartArgs, String checkpointArg,
    int taskCount, int tasksPerContainer, long stallTimeoutMillis) {
  public PlanSettings {
    if (stallTimeoutMillis < 0) {
      throw new IllegalArgumentException("stall timeout " + stallTimeoutMillis + " ms is negative");
    }
    tasksPerContainer = Math.max(1, tasksPerContainer);
    restartArgs = restartArgs == null ? List.of() : List.copyOf(restartArgs);
    checkpointArg = checkpointArg == null ? "checkpoint" : checkpointArg;
    if (taskTimeoutMillis < 0) {
      throw new IllegalArgumentException("task timeout " + taskTimeoutMillis + " ms is negative");
    }
    if (taskCount < 0) {
      throw new IllegalArgumentException("task count " + taskCount + " is negative");
    }
  }

  public PlanSettings(String jobName, long taskTimeoutMillis, List<String> restartArgs, String checkpointArg,
      int taskCount) {
    this(jobName, taskTimeoutMillis, restartArgs, checkpointArg, taskCount, 1);
  }

  /** Settings that never kill a program as stalled. */
  public PlanSettings(String jobName, long taskTimeoutMillis, List<String> restartArgs, String checkpointArg,
      int taskCount, int tasksPerContainer) {
    this(jobName, taskTimeoutMillis, restartArgs, checkpointArg, taskCount, tasksPerContainer, 0);
  }

  /** Whether a container may run more than one task: its runner then names each program log after the attempt. */
  public boolean reusesContainers() {
    return tasksPerContainer > 1;
  }

  /** The arguments a retry adds to resume from {@code checkpoint}. */
  public List<String> resumeArgs(String checkpoint) {
    List<String> args = new ArrayList<>(restartArgs);
    args.add(checkpointArg + "=" + checkpoint);
    return args;
  }
}
