package org.sepyarn.am.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TaskBookTest {

  private static TaskBook book(int n) {
    return new TaskBook(IntStream.range(0, n).mapToObj(Task::new).toList());
  }

  private static void failOn(TaskBook book, int index, String node, int container) {
    Task task = book.get(index);
    task.assign(new Allocated("c" + container, node), 0);
    book.bind(task);
    book.unbind("c" + container);
    task.endAttempt(ExitReason.PROGRAM_FAILED, "boom", 1, 4);
  }

  @Test
  void picksTheLowestWaitingTaskThatDidNotFailOnTheNode() {
    TaskBook book = book(5);
    failOn(book, 0, "n1", 1);
    failOn(book, 1, "n2", 2);

    assertEquals(1, book.pickWaitingFor("n1").orElseThrow().index());
    assertEquals(0, book.pickWaitingFor("n2").orElseThrow().index());
    assertEquals(0, book.pickWaitingFor("n3").orElseThrow().index());
  }

  @Test
  void aTaskThatNeverFailedGoesBeforeLaterFailedOnes() {
    TaskBook book = book(5);
    failOn(book, 3, "n1", 1);
    failOn(book, 4, "n2", 2);
    book.get(0).assign(new Allocated("x0", "n1"), 0);
    book.get(1).assign(new Allocated("x1", "n1"), 0);

    assertEquals(2, book.pickWaitingFor("n2").orElseThrow().index());
  }

  @Test
  void fallsBackToTheLowestWaitingTaskWhenEveryOneFailedOnTheNode() {
    TaskBook book = book(2);
    failOn(book, 0, "n1", 1);
    failOn(book, 1, "n1", 2);

    assertEquals(0, book.pickWaitingFor("n1").orElseThrow().index());
    book.get(0).assign(new Allocated("c3", "n1"), 0);
    assertEquals(1, book.pickWaitingFor("n1").orElseThrow().index());
  }

  @Test
  void keepsCountsAndHoldersAsTasksMove() {
    TaskBook book = book(4);
    Task t = book.get(2);
    t.assign(new Allocated("c1", "n1"), 0);
    book.bind(t);
    assertEquals(3, book.count(TaskState.WAITING));
    assertEquals(1, book.count(TaskState.ASSIGNED));
    assertEquals(List.of(t), book.holdingContainers());

    t.markRunning(1);
    assertEquals(0, book.count(TaskState.ASSIGNED));
    assertEquals(1, book.count(TaskState.RUNNING));
    assertEquals(1, book.holdingCount());

    book.unbind("c1");
    t.endAttempt(ExitReason.SUCCEEDED, "", 2, 4);
    assertEquals(1, book.count(TaskState.SUCCEEDED));
    assertEquals(0, book.holdingCount());
    assertTrue(book.holding("c1").isEmpty());
    assertEquals(0, book.pickWaitingFor("n1").orElseThrow().index());
  }

  @Test
  void findsTheFirstTaskThatUsedUpItsAttempts() {
    TaskBook book = book(3);
    Task t = book.get(1);
    t.assign(new Allocated("c1", "n1"), 0);
    t.endAttempt(ExitReason.PROGRAM_FAILED, "boom", 1, 1);

    assertEquals(1, book.firstFailed().orElseThrow().index());
    assertEquals(1, book.count(TaskState.FAILED));
  }
}
