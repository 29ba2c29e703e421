package org.sepyarn.runner.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a runner runs the tasks of one step of a flow that sets its own: the settings a task's
 * {@link TaskSpec#step()} carries instead of the plan's ({@link PlanSettings}).
 *
 * @param taskTimeoutMillis wall-clock limit of one attempt of the program; 0 means none
 * @param stallTimeoutMillis how long the program may change nothing before it is killed as
 *     stalled; 0 means never
 * @param restartArgs what a retried attempt adds when an earlier one left a checkpoint
 * @param checkpointArg the parameter that receives the checkpoint text
 */
public record StepSettings(long taskTimeoutMillis, long stallTimeoutMillis, List<String> restartArgs,
    String checkpointArg) {
  public StepSettings {
    if (taskTimeoutMillis < 0 || stallTimeoutMillis < 0) {
      throw new IllegalArgumentException("a step's task timeout " + taskTimeoutMillis + " ms and stall timeout "
          + stallTimeoutMillis + " ms must not be negative");
    }
    restartArgs = restartArgs == null ? List.of() : List.copyOf(restartArgs);
    Objects.requireNonNull(checkpointArg, "checkpointArg");
  }

  /** The plan's own settings, as a step that sets none has them. */
  public static StepSettings of(PlanSettings plan) {
    return new StepSettings(plan.taskTimeoutMillis(), plan.stallTimeoutMillis(), plan.restartArgs(),
        plan.checkpointArg());
  }

  /** The words a retried attempt adds: {@link #restartArgs}, then {@code <checkpointArg>=<checkpoint>}. */
  public List<String> resumeArgs(String checkpoint) {
    List<String> args = new ArrayList<>(restartArgs);
    args.add(checkpointArg + "=" + checkpoint);
    return args;
  }
}
