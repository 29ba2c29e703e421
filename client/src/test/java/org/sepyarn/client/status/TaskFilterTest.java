package org.sepyarn.client.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TaskFilterTest {
  @Test
  void everyTaskAsksForTheDefaultListing() {
    assertEquals("", TaskFilter.ALL.query());
  }

  @Test
  void taskNIsPageNOfSizeOne() {
    assertEquals("?page=50000&size=1", TaskFilter.task(50_000).query());
  }

  @Test
  void aStateAsksForTheLargestPageOfTasksInIt() {
    assertEquals("?state=FAILED&size=1000", TaskFilter.state("failed").query());
  }

  @Test
  void anUnknownStateOrANegativeTaskOrBothAreRefused() {
    assertEquals("state 'done' is not a task state; states: [WAITING, ASSIGNED, RUNNING, SUCCEEDED, FAILED, KILLED]",
        assertThrows(IllegalArgumentException.class, () -> TaskFilter.state("done")).getMessage());
    assertEquals("task -1 is negative: tasks count from 0",
        assertThrows(IllegalArgumentException.class, () -> TaskFilter.task(-1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new TaskFilter(OptionalInt.of(1), Optional.of("RUNNING")));
  }
}
