package org.sepyarn.am.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TaskQueryTest {
  /** Ten tasks: the even ones run, the odd ones wait. */
  private static final List<Integer> TASKS = IntStream.range(0, 10).boxed().toList();

  private static String state(int task) {
    return task % 2 == 0 ? "RUNNING" : "WAITING";
  }

  private static TaskQuery.Page<Integer> page(int page, int size, String state) {
    return new TaskQuery(page, size, state).apply(TASKS, TaskQueryTest::state);
  }

  @Test
  void pagesCutTheTasksInOrderOfIndex() {
    assertEquals(List.of(0, 1, 2), page(0, 3, null).tasks());
    assertEquals(List.of(3, 4, 5), page(1, 3, null).tasks());
    assertEquals(new TaskQuery.Listing(1, 3, null, 10, 4), page(1, 3, null).listing());
  }

  @Test
  void theLastPageHoldsWhatIsLeft() {
    assertEquals(List.of(9), page(3, 3, null).tasks());
    assertEquals(List.of(5, 6, 7, 8, 9), page(1, 5, null).tasks());
    assertEquals(2, page(1, 5, null).listing().pages());
  }

  @Test
  void aPagePastTheLastIsEmptyAndSaysHowManyThereAre() {
    TaskQuery.Page<Integer> past = page(4, 3, null);

    assertEquals(List.of(), past.tasks());
    assertEquals(new TaskQuery.Listing(4, 3, null, 10, 4), past.listing());
  }

  @Test
  void pageNOfSizeOneIsTaskN() {
    assertEquals(List.of(7), page(7, 1, null).tasks());
  }

  @Test
  void aStateListsOnlyTheTasksInItAndCountsThem() {
    TaskQuery.Page<Integer> running = page(1, 2, "running");

    assertEquals(List.of(4, 6), running.tasks());
    assertEquals(new TaskQuery.Listing(1, 2, "RUNNING", 5, 3), running.listing());
    assertEquals(new TaskQuery.Listing(0, 2, "FAILED", 0, 0), page(0, 2, "FAILED").listing());
    assertEquals(List.of(), page(0, 2, "FAILED").tasks());
  }

  @Test
  void badValuesAreRefusedSayingWhatIsAllowed() {
    assertEquals("page -1 is negative: pages count from 0",
        assertThrows(IllegalArgumentException.class, () -> new TaskQuery(-1, 10, null)).getMessage());
    assertEquals("page size 0 is not between 1 and 1000",
        assertThrows(IllegalArgumentException.class, () -> new TaskQuery(0, 0, null)).getMessage());
    assertEquals("page size 1001 is not between 1 and 1000",
        assertThrows(IllegalArgumentException.class, () -> new TaskQuery(0, 1001, null)).getMessage());
    assertEquals("state 'DONE' is not a task state; states: [WAITING, ASSIGNED, RUNNING, SUCCEEDED, FAILED]",
        assertThrows(IllegalArgumentException.class, () -> new TaskQuery(0, 10, "DONE")).getMessage());
  }

  @Test
  void aFarPageDoesNotOverflow() {
    assertEquals(List.of(), page(Integer.MAX_VALUE, 1000, null).tasks());
  }
}
