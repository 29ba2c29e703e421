package org.sepyarn.am.schedule;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a task stands. A task waits for a container, is assigned one (launch requested), runs
 * (the NodeManager confirmed the start or the runner sent a heartbeat) and succeeds; an attempt
 * that ends otherwise sends the task back to waiting, or to failed once its attempts are used up.
 * An assigned task may succeed directly: a short task can finish before its start is confirmed.
 * A running task stays running when a speculative attempt starts beside its attempt, and when one
 * of two live attempts ends. {@code KILLED} is never a scheduler's state: an ended job shows so the
 * tasks that still held a container when it ended ({@link JobSnapshot#ended()}). A succeeded task
 * of a flow waits again when the piece it committed is lost, so that it writes it again.
 */
public enum TaskState {
  WAITING,
  ASSIGNED,
  RUNNING,
  SUCCEEDED,
  FAILED,
  KILLED;

  private Set<TaskState> next() {
    return switch (this) {
      case WAITING -> EnumSet.of(ASSIGNED);
      case ASSIGNED -> EnumSet.of(RUNNING, SUCCEEDED, WAITING, FAILED);
      case RUNNING -> EnumSet.of(RUNNING, SUCCEEDED, WAITING, FAILED);
      case SUCCEEDED -> EnumSet.of(WAITING);
      case FAILED, KILLED -> EnumSet.noneOf(TaskState.class);
    };
  }

  public boolean canMoveTo(TaskState to) {
    return next().contains(to);
  }

  /** Whether a container is working for the task (assigned or running). */
  public boolean holdsContainer() {
    return this == ASSIGNED || this == RUNNING;
  }

  public boolean isTerminal() {
    return this == SUCCEEDED || this == FAILED || this == KILLED;
  }

  /**
   * Checks that task {@code taskIndex} may move from this state to {@code to}.
   *
   * @throws IllegalStateException naming the task, both states and the states allowed
   */
  public void checkMove(int taskIndex, TaskState to) {
    if (!canMoveTo(to)) {
      throw new IllegalStateException("task " + taskIndex + " cannot move from " + this + " to " + to
          + " (allowed from " + this + ": " + next() + ")");
    }
  }
}
