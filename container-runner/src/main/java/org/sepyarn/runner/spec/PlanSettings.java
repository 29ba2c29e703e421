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
 */
public record PlanSettings(String jobName, long taskTimeoutMillis, List<String> restartArgs, String checkpointArg,
    int taskCount) {
  public PlanSettings {
    restartArgs = restartArgs == null ? List.of() : List.copyOf(restartArgs);
    checkpointArg = checkpointArg == null ? "checkpoint" : checkpointArg;
    if (taskTimeoutMillis < 0) {
      throw new IllegalArgumentException("task timeout " + taskTimeoutMillis + " ms is negative");
    }
    if (taskCount < 0) {
      throw new IllegalArgumentException("task count " + taskCount + " is negative");
    }
  }

  /** The arguments a retry adds to resume from {@code checkpoint}. */
  public List<String> resumeArgs(String checkpoint) {
    List<String> args = new ArrayList<>(restartArgs);
    args.add(checkpointArg + "=" + checkpoint);
    return args;
  }
}
