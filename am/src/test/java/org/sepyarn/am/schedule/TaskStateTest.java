package org.sepyarn.am.schedule;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskStateTest {

  @Test
  void theLegalMovesAreExactlyTheTaskLifecycle() {
    Set<String> legal = Set.of("WAITING>ASSIGNED", "ASSIGNED>RUNNING", "ASSIGNED>SUCCEEDED", "ASSIGNED>WAITING",
        "ASSIGNED>FAILED", "RUNNING>RUNNING", "RUNNING>SUCCEEDED", "RUNNING>WAITING", "RUNNING>FAILED",
        // A flow's task whose committed piece is lost runs again.
        "SUCCEEDED>WAITING");
    for (TaskState from : TaskState.values()) {
      for (TaskState to : TaskState.values()) {
        assertEquals(legal.contains(from + ">" + to), from.canMoveTo(to), from + " -> " + to);
      }
    }
  }

  @Test
  void anIllegalMoveThrowsNamingTheTaskAndBothStates() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> TaskState.SUCCEEDED.checkMove(7, TaskState.RUNNING));

    assertTrue(e.getMessage().startsWith("task 7 cannot move from SUCCEEDED to RUNNING"), e.getMessage());
  }

  @Test
  void aLegalMovePassesTheCheck() {
    assertDoesNotThrow(() -> TaskState.WAITING.checkMove(0, TaskState.ASSIGNED));
  }

  @Test
  void succeededFailedAndKilledAreFinal() {
    for (TaskState to : TaskState.values()) {
      assertEquals(to == TaskState.WAITING, TaskState.SUCCEEDED.canMoveTo(to), "only a lost commit reopens a task");
      assertFalse(TaskState.FAILED.canMoveTo(to));
    }
    assertEquals(EnumSet.of(TaskState.SUCCEEDED, TaskState.FAILED, TaskState.KILLED),
        EnumSet.copyOf(EnumSet.allOf(TaskState.class).stream().filter(TaskState::isTerminal).toList()));
  }

  @Test
  void aTransitionRecordRefusesAnIllegalMove() {
    Attempt attempt = Attempt.started(1, "c1", "n1", 0);

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new TaskTransition(3, TaskState.WAITING, TaskState.RUNNING, attempt, 0));
    assertTrue(e.getMessage().contains("task 3 cannot move from WAITING to RUNNING"), e.getMessage());
  }

  @Test
  void aWaitingTaskCannotBeMarkedRunning() {
    Task task = new Task(4);

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> task.markRunning(0));
    assertTrue(e.getMessage().contains("task 4 cannot move from WAITING to RUNNING"), e.getMessage());
    assertEquals(TaskState.WAITING, task.state());
  }

  @Test
  void aRunningTaskCannotBeAssignedASecondContainer() {
    Task task = new Task(2);
    task.assign(new Allocated("c1", "n1"), 0);
    task.markRunning(1);

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> task.assign(new Allocated("c2", "n2"), 2));
    assertTrue(e.getMessage().contains("task 2 cannot move from RUNNING to ASSIGNED"), e.getMessage());
    assertEquals("c1", task.current().orElseThrow().containerId());
  }

  @Test
  void aSucceededTaskHasNoAttemptToEnd() {
    Task task = new Task(1);
    task.assign(new Allocated("c1", "n1"), 0);
    task.endAttempt(ExitReason.SUCCEEDED, "", 5, 3);

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> task.endAttempt(ExitReason.PROGRAM_FAILED, "", 6, 3));
    assertTrue(e.getMessage().contains("task 1 is SUCCEEDED"), e.getMessage());
  }
}
