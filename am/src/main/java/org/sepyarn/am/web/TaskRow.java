package org.sepyarn.am.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.Locality;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.status.TaskSort;

/**
 * One task as the page's task table shows it. Node, container, start and duration are those of the
 * task's current attempt, or of its last one when none runs.
 *
 * @param index the task's number, from 0
 * @param state where the task stands
 * @param attempt the current or last attempt's number, 0 before the first
 * @param failures attempts that failed through the task's fault
 * @param node the attempt's node, or null before the first attempt
 * @param containerId the attempt's container, or null before the first attempt
 * @param startedAt when the attempt started (epoch milliseconds), or null before the first attempt
 * @param durationMillis how long the attempt ran, or has run so far; null before the first attempt
 * @param progress the fraction the task has done, 0 to 1
 * @param lastExitReason how the last ended attempt ended, or null
 * @param logsUrl the attempt's container logs on its NodeManager, or null when unknown
 * @param locality where the attempt runs or ran relative to the task's data, or null when not recorded
 * @param step in a flow, the name of the task's step; null for a job of one program
 * @param stepTask in a flow, the task's number within its step, from 0; null for a job of one program
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskRow(int index, TaskState state, int attempt, int failures, String node, @JsonProperty("container") String containerId,
    Long startedAt, Long durationMillis, double progress, ExitReason lastExitReason, String logsUrl,
    Locality locality, String step, Integer stepTask) {

  /** What a page of tasks is sorted by. */
  static final TaskSort.Keys<TaskRow> SORT_KEYS = new TaskSort.Keys<>() {
    @Override
    public int index(TaskRow task) {
      return task.index();
    }

    @Override
    public String state(TaskRow task) {
      return task.state().name();
    }

    @Override
    public String node(TaskRow task) {
      return task.node();
    }

    @Override
    public Long durationMillis(TaskRow task) {
      return task.durationMillis();
    }

    @Override
    public String step(TaskRow task) {
      return task.step();
    }
  };

  /** A row of a job of one program. */
  public TaskRow(int index, TaskState state, int attempt, int failures, String node, String containerId,
      Long startedAt, Long durationMillis, double progress, ExitReason lastExitReason, String logsUrl,
      Locality locality) {
    this(index, state, attempt, failures, node, containerId, startedAt, durationMillis, progress, lastExitReason,
        logsUrl, locality, null, null);
  }

  /** This row as a task of the step of {@code steps} it belongs to (unchanged for a job of one program). */
  public TaskRow inStepOf(org.sepyarn.am.status.FlowSteps steps) {
    org.sepyarn.am.status.FlowSteps.Step s = steps.stepOf(index);
    return s == null ? this : new TaskRow(index, state, attempt, failures, node, containerId, startedAt,
        durationMillis, progress, lastExitReason, logsUrl, locality, s.name(), index - s.firstTask());
  }

  /** In a flow, the task's step and number in it, e.g. {@code smooth-time #3}; null otherwise. */
  public String stepLabel() {
    return step == null ? null : step + " #" + stepTask;
  }

  /** A row whose locality is not recorded. */
  public TaskRow(int index, TaskState state, int attempt, int failures, String node, String containerId,
      Long startedAt, Long durationMillis, double progress, ExitReason lastExitReason, String logsUrl) {
    this(index, state, attempt, failures, node, containerId, startedAt, durationMillis, progress, lastExitReason,
        logsUrl, null);
  }

  public TaskRow {
    Objects.requireNonNull(state, "state");
    if (index < 0 || attempt < 0 || failures < 0) {
      throw new IllegalArgumentException("task " + index + ": index " + index + ", attempt " + attempt
          + " and failures " + failures + " must all be 0 or more");
    }
    if (!(progress >= 0 && progress <= 1)) {
      throw new IllegalArgumentException("task " + index + ": progress " + progress + " is not between 0 and 1");
    }
    if (durationMillis != null && durationMillis < 0) {
      throw new IllegalArgumentException("task " + index + ": duration " + durationMillis + " ms is negative");
    }
  }
}
