package org.sepyarn.am.status;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One task in {@link JobStatus}.
 *
 * @param index the task's number, from 0
 * @param state {@code WAITING}, {@code ASSIGNED}, {@code RUNNING}, {@code SUCCEEDED}, {@code FAILED} or
 *     {@code KILLED} (held a container when the job ended)
 * @param attempt the current or last attempt, 0 before the first
 * @param failures attempts that failed through the task's fault
 * @param node where the current or last attempt runs or ran, or null
 * @param container its container, or null
 * @param startedAt when that attempt started (epoch milliseconds), or null
 * @param progress the fraction the task has done
 * @param lastExitReason how its last ended attempt ended, or null
 * @param locality where that attempt runs or ran relative to the task's data ({@code NODE_LOCAL},
 *     {@code RACK_LOCAL}, {@code OFF_RACK}, {@code NO_PREFERENCE}), or null when not recorded
 * @param step in a flow, the name of the step the task belongs to; null for a job of one program
 * @param stepTask in a flow, the task's number within its step, from 0; null for a job of one program
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskStatus(int index, String state, int attempt, int failures, String node, String container,
    Long startedAt, double progress, String lastExitReason, String locality, String step, Integer stepTask) {

  /** A task of a job of one program. */
  public TaskStatus(int index, String state, int attempt, int failures, String node, String container,
      Long startedAt, double progress, String lastExitReason, String locality) {
    this(index, state, attempt, failures, node, container, startedAt, progress, lastExitReason, locality, null, null);
  }

  /** A task whose locality is not recorded. */
  public TaskStatus(int index, String state, int attempt, int failures, String node, String container,
      Long startedAt, double progress, String lastExitReason) {
    this(index, state, attempt, failures, node, container, startedAt, progress, lastExitReason, null);
  }

  /** This task as a task of the step of {@code steps} it belongs to (unchanged for a job of one program). */
  public TaskStatus inStepOf(FlowSteps steps) {
    FlowSteps.Step s = steps.stepOf(index);
    return s == null ? this : new TaskStatus(index, state, attempt, failures, node, container, startedAt, progress,
        lastExitReason, locality, s.name(), index - s.firstTask());
  }

  /** This task in state {@code newState}, all else kept. */
  public TaskStatus inState(String newState) {
    return new TaskStatus(index, newState, attempt, failures, node, container, startedAt, progress, lastExitReason,
        locality, step, stepTask);
  }

  /** {@code task 12}, or in a flow {@code task 12 (smooth-time #3)}. */
  public String label() {
    return "task " + index + (step == null ? "" : " (" + step + " #" + stepTask + ")");
  }
}
