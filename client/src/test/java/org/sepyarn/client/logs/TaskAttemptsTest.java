package org.sepyarn.client.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.schedule.Attempt;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskTransition;
import org.sepyarn.client.cli.InvalidInputException;

class TaskAttemptsTest {
  private static final String C = "container_1700000000000_0001_01_00000";

  /** Task 0 failed once on node1 then succeeded on node2; task 1 runs; task 2 waits. */
  private static final List<TaskTransition> JOURNAL = List.of(
      new TaskTransition(0, TaskState.WAITING, TaskState.ASSIGNED, Attempt.started(1, C + "2", "node1:1", 10), 10),
      new TaskTransition(0, TaskState.ASSIGNED, TaskState.RUNNING, Attempt.started(1, C + "2", "node1:1", 10), 11),
      new TaskTransition(1, TaskState.WAITING, TaskState.ASSIGNED, Attempt.started(1, C + "3", "node2:1", 12), 12),
      new TaskTransition(0, TaskState.RUNNING, TaskState.WAITING, Attempt.ended(1, C + "2", "node1:1", 10, 20,
          ExitReason.PROGRAM_FAILED, "exit 3"), 20),
      new TaskTransition(0, TaskState.WAITING, TaskState.ASSIGNED, Attempt.started(2, C + "4", "node2:1", 21), 21),
      new TaskTransition(0, TaskState.ASSIGNED, TaskState.SUCCEEDED, Attempt.ended(2, C + "4", "node2:1", 21, 30,
          ExitReason.SUCCEEDED, ""), 30));

  private final TaskAttempts attempts = TaskAttempts.of(3, JOURNAL);

  @Test
  void withoutAnAttemptNumberTheLastAttemptIsFound() throws Exception {
    assertEquals(new AttemptLocation(0, 2, C + "4", "node2:1", Optional.of(ExitReason.SUCCEEDED)),
        attempts.find(0, OptionalInt.empty()));
  }

  @Test
  void anEarlierAttemptIsFoundWithHowItEnded() throws Exception {
    AttemptLocation first = attempts.find(0, OptionalInt.of(1));
    assertEquals(C + "2", first.containerId());
    assertEquals("node1:1", first.node());
    assertEquals("PROGRAM_FAILED", first.outcome());
  }

  @Test
  void aRunningAttemptSaysSo() throws Exception {
    assertEquals("running", attempts.find(1, OptionalInt.empty()).outcome());
  }

  @Test
  void theLastAttemptOfEachStartedTaskIsListed() {
    assertEquals(List.of(0, 1), List.copyOf(attempts.lastAttempts().keySet()));
    assertEquals(2, attempts.lastAttempts().get(0).attempt());
    assertEquals(List.of(1, 2), attempts.of(0).stream().map(AttemptLocation::attempt).toList());
    assertEquals(List.of(), attempts.of(2));
  }

  @Test
  void anUnknownTaskNamesTheTasksThereAre() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> attempts.find(3, OptionalInt.empty()));
    assertEquals("--task 3: the job has no task 3; its tasks are 0 to 2", e.getMessage());
  }

  @Test
  void aTaskThatHasNotStartedHasNoLogs() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> attempts.find(2, OptionalInt.empty()));
    assertTrue(e.getMessage().contains("task 2 has not started an attempt yet"), e.getMessage());
  }

  @Test
  void anUnknownAttemptNamesTheAttemptsThereAre() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> attempts.find(0, OptionalInt.of(3)));
    assertEquals("--attempt 3: task 0 has no attempt 3; its attempts are [1, 2]", e.getMessage());
  }

  @Test
  void aJournalNamingATaskTheJobDoesNotHaveIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TaskAttempts.of(1, JOURNAL));
    assertTrue(e.getMessage().contains("task 1, but the job has tasks 0 to 0"), e.getMessage());
  }
}
