package org.sepyarn.runner.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Everything a runner needs to run one task: the program, its arguments, the task's own
 * arguments and the task's files. The ApplicationMaster plans every task and writes them all to
 * one file ({@link PlanFiles}); a runner reads its own by byte range.
 *
 * @param index the task's number, from 0
 * @param command the program and any fixed leading words ({@code program.command})
 * @param args the job's arguments for every task ({@code program.args})
 * @param taskArgs this task's own arguments (SEP's per-task parameters)
 * @param env extra environment for the program
 * @param files inputs to fetch and outputs to collect
 * @param step the timeouts and restart words of the task's flow step, when they are not the
 *     plan's; null for the plan's ({@link #settings})
 */
public record TaskSpec(int index, List<String> command, List<String> args, List<String> taskArgs,
    Map<String, String> env, List<TaskFile> files, @JsonInclude(JsonInclude.Include.NON_NULL) StepSettings step) {
  public TaskSpec {
    if (index < 0) {
      throw new IllegalArgumentException("task index " + index + " is negative");
    }
    if (command == null || command.isEmpty()) {
      throw new IllegalArgumentException("task " + index + " has no command");
    }
    command = List.copyOf(command);
    args = args == null ? List.of() : List.copyOf(args);
    taskArgs = taskArgs == null ? List.of() : List.copyOf(taskArgs);
    env = env == null ? Map.of() : Map.copyOf(env);
    files = files == null ? List.of() : List.copyOf(files);
  }

  /** A task run with the plan's settings. */
  public TaskSpec(int index, List<String> command, List<String> args, List<String> taskArgs,
      Map<String, String> env, List<TaskFile> files) {
    this(index, command, args, taskArgs, env, files, null);
  }

  /** The settings this task runs with: its step's own, or else the plan's. */
  public StepSettings settings(PlanSettings plan) {
    return step != null ? step : StepSettings.of(plan);
  }
}
