package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.status.TaskQuery;

class TaskQueryParametersTest {
  private static Optional<TaskQuery> parse(Map<String, String> parameters) {
    return TaskQueryParameters.parse(parameters::get);
  }

  @Test
  void aRequestWithoutParametersAsksForNoPage() {
    assertEquals(Optional.empty(), parse(Map.of()));
    assertEquals(Optional.empty(), parse(Map.of("other", "1")));
  }

  @Test
  void missingParametersTakeTheirDefaults() {
    assertEquals(Optional.of(new TaskQuery(2, TaskQuery.DEFAULT_SIZE, null)), parse(Map.of("page", "2")));
    assertEquals(Optional.of(new TaskQuery(0, 50, null)), parse(Map.of("size", "50")));
    assertEquals(Optional.of(new TaskQuery(0, TaskQuery.DEFAULT_SIZE, "RUNNING")), parse(Map.of("state", "running")));
    assertEquals(Optional.of(new TaskQuery(3, 10, "FAILED")), parse(Map.of("page", "3", "size", "10", "state",
        "FAILED")));
  }

  @Test
  void aStepAloneAsksForTheFirstPageOfThatStepsTasks() {
    assertEquals(Optional.of(new TaskQuery(0, TaskQuery.DEFAULT_SIZE, null, null, "smooth-time")),
        parse(Map.of("step", " smooth-time ")));
    assertEquals(Optional.of(new TaskQuery(1, 20, "WAITING", org.sepyarn.am.status.TaskSort.NODE, "scale")),
        parse(Map.of("page", "1", "size", "20", "state", "waiting", "sort", "node", "step", "scale")));
    assertEquals(null, parse(Map.of("step", "")).orElseThrow().step(), "a blank step is every step");
  }

  @Test
  void aValueThatIsNotANumberIsRefusedNamingTheParameter() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(Map.of("page", "two")));

    assertTrue(e.getMessage().startsWith("bad task query: page 'two' is not a whole number (parameters: page=N"),
        e.getMessage());
  }

  @Test
  void aSizeOutOfBoundsOrAnUnknownStateIsRefused() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> parse(Map.of("size", "100000"))).getMessage()
        .contains("page size 100000 is not between 1 and 1000"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> parse(Map.of("state", "DONE"))).getMessage()
        .contains("state 'DONE' is not a task state"));
  }

  @Test
  void aSortAloneAsksForTheFirstPageInThatOrder() {
    assertEquals(Optional.of(new TaskQuery(0, TaskQuery.DEFAULT_SIZE, null, org.sepyarn.am.status.TaskSort.DURATION)),
        parse(Map.of("sort", "duration")));
    assertEquals(Optional.of(new TaskQuery(1, 20, "RUNNING", org.sepyarn.am.status.TaskSort.NODE)),
        parse(Map.of("page", "1", "size", "20", "state", "RUNNING", "sort", "Node")));
  }

  @Test
  void anUnknownSortIsRefusedNamingTheOrders() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(Map.of("sort", "size")));

    assertTrue(e.getMessage().contains("sort 'size' is not an order of tasks; orders: [index, duration, state, node]"),
        e.getMessage());
    assertTrue(e.getMessage().contains("sort=index|duration|state|node"), e.getMessage());
  }
}
