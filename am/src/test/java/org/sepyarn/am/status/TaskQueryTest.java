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
    assertEquals("state 'DONE' is not a task state; states: [WAITING, ASSIGNED, RUNNING, SUCCEEDED, FAILED, KILLED]",
        assertThrows(IllegalArgumentException.class, () -> new TaskQuery(0, 10, "DONE")).getMessage());
  }

  @Test
  void aFarPageDoesNotOverflow() {
    assertEquals(List.of(), page(Integer.MAX_VALUE, 1000, null).tasks());
  }

  /** Task {@code i} ran on node {@code "n" + (9 - i) % 3} for {@code i % 4} seconds; task 9 never ran. */
  private static final TaskSort.Keys<Integer> KEYS = new TaskSort.Keys<>() {
    @Override
    public int index(Integer task) {
      return task;
    }

    @Override
    public String state(Integer task) {
      return task == 3 ? "FAILED" : TaskQueryTest.state(task);
    }

    @Override
    public String node(Integer task) {
      return task == 9 ? null : "n" + (9 - task) % 3;
    }

    @Override
    public Long durationMillis(Integer task) {
      return task == 9 ? null : 1000L * (task % 4);
    }
  };

  private static TaskQuery.Page<Integer> sorted(int page, int size, String state, TaskSort sort) {
    return new TaskQuery(page, size, state, sort).apply(TASKS, KEYS);
  }

  @Test
  void tasksSortByDurationLongestFirstWithTiesInOrderOfIndexAndTheNeverRunLast() {
    assertEquals(List.of(3, 7, 2, 6, 1, 5, 0, 4, 8, 9), sorted(0, 10, null, TaskSort.DURATION).tasks());
    assertEquals(List.of(6, 1, 5), sorted(1, 3, null, TaskSort.DURATION).tasks());
    assertEquals(new TaskQuery.Listing(1, 3, null, "duration", 10, 4), sorted(1, 3, null, TaskSort.DURATION).listing());
  }

  @Test
  void tasksSortByStateFailedThenRunningThenWaiting() {
    assertEquals(List.of(3, 0, 2, 4, 6, 8, 1, 5, 7, 9), sorted(0, 10, null, TaskSort.STATE).tasks());
  }

  @Test
  void tasksSortByNodeNameWithTheNeverRunLast() {
    assertEquals(List.of(0, 3, 6, 2, 5, 8, 1, 4, 7, 9), sorted(0, 10, null, TaskSort.NODE).tasks());
  }

  @Test
  void aSortedPageIsFilteredByStateFirst() {
    TaskQuery.Page<Integer> running = sorted(0, 3, "RUNNING", TaskSort.DURATION);

    assertEquals(List.of(2, 6, 0), running.tasks());
    assertEquals(new TaskQuery.Listing(0, 3, "RUNNING", "duration", 5, 2), running.listing());
    assertEquals(List.of(4, 8), sorted(1, 3, "RUNNING", TaskSort.DURATION).tasks());
    assertEquals(List.of(), sorted(9, 3, "RUNNING", TaskSort.DURATION).tasks());
  }

  @Test
  void theOrderByIndexNeedsNoSorting() {
    assertEquals(List.of(3, 4, 5), sorted(1, 3, null, TaskSort.INDEX).tasks());
    assertEquals(new TaskQuery.Listing(1, 3, null, 10, 4), sorted(1, 3, null, TaskSort.INDEX).listing());
  }

  @Test
  void anUnknownOrderIsRefusedNamingTheOrders() {
    assertEquals("sort 'size' is not an order of tasks; orders: [index, duration, state, node]",
        assertThrows(IllegalArgumentException.class, () -> TaskSort.of("size")).getMessage());
    assertEquals(TaskSort.DURATION, TaskSort.of("Duration"));
  }
}
