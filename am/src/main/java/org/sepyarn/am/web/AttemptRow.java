package org.sepyarn.am.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.sepyarn.am.schedule.ExitReason;

/**
 * One attempt of a task: a bar on the timeline.
 *
 * @param task the task's number, from 0
 * @param number the attempt's number, from 1
 * @param containerId its container
 * @param node the node it ran on (a YARN NodeId, {@code host:port})
 * @param startedAt when it was launched (epoch milliseconds)
 * @param endedAt when it ended, or null while it runs
 * @param exitReason why it ended, or null while it runs
 * @param diagnostics YARN's or the scheduler's note on why it ended; empty while it runs
 * @param logsUrl its container logs on the NodeManager, or null when the NodeManager's address is unknown
 * @param speculative whether it was started beside a live attempt of its task, to race a straggler
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttemptRow(int task, int number, @JsonProperty("container") String containerId, String node, long startedAt, Long endedAt,
    ExitReason exitReason, String diagnostics, String logsUrl, boolean speculative) {

  public AttemptRow {
    Objects.requireNonNull(containerId, "containerId");
    Objects.requireNonNull(node, "node");
    diagnostics = diagnostics == null ? "" : diagnostics;
    if (task < 0 || number < 1) {
      throw new IllegalArgumentException("attempt " + number + " of task " + task
          + " is not allowed: tasks count from 0, attempts from 1");
    }
    if ((endedAt == null) != (exitReason == null)) {
      throw new IllegalArgumentException("attempt " + number + " of task " + task + " has end " + endedAt
          + " and exit reason " + exitReason + ": an ended attempt has both, a running one neither");
    }
    if (endedAt != null && endedAt < startedAt) {
      throw new IllegalArgumentException("attempt " + number + " of task " + task + " ends at " + endedAt
          + ", before it started at " + startedAt);
    }
  }

  /** An attempt that was not speculative. */
  public AttemptRow(int task, int number, String containerId, String node, long startedAt, Long endedAt,
      ExitReason exitReason, String diagnostics, String logsUrl) {
    this(task, number, containerId, node, startedAt, endedAt, exitReason, diagnostics, logsUrl, false);
  }

  @JsonProperty("outcome")
  public AttemptOutcome outcome() {
    return AttemptOutcome.of(exitReason);
  }

  @JsonIgnore
  public boolean isRunning() {
    return endedAt == null;
  }

  /** When it ended, or {@code now} while it runs. */
  public long endOr(long now) {
    return endedAt == null ? Math.max(now, startedAt) : endedAt;
  }

  /** How long it ran, or has run by {@code now}. */
  public long durationMillis(long now) {
    return endOr(now) - startedAt;
  }
}
