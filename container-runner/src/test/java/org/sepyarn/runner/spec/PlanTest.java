package org.sepyarn.runner.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTest {
  private static TaskSpec task(int index) {
    return new TaskSpec(index, List.of("prog"), null, null, null, null);
  }

  @Test
  void aTaskIsFoundByItsIndex() {
    Plan plan = new Plan("smooth", 0, List.of("restart=y"), "checkpoint", List.of(task(0), task(1), task(2)));

    assertSame(plan.tasks().get(1), plan.task(1));
    assertEquals(2, plan.task(2).index());
  }

  @Test
  void askingForATaskOutsideThePlanNamesTheJobAndTheAllowedRange() {
    Plan plan = new Plan("smooth", 0, List.of("restart=y"), "checkpoint", List.of(task(0), task(1), task(2)));

    IllegalArgumentException high = assertThrows(IllegalArgumentException.class, () -> plan.task(3));
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> plan.task(-1));

    assertEquals("task 3 is not in the plan of job smooth, which has 3 tasks (0 to 2)", high.getMessage());
    assertEquals("task -1 is not in the plan of job smooth, which has 3 tasks (0 to 2)", negative.getMessage());
  }

  @Test
  void tasksListedOutOfOrderAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Plan("smooth", 0, List.of("restart=y"), "checkpoint", List.of(task(0), task(2), task(1))));

    assertEquals("plan lists task 2 at position 1", e.getMessage());
  }

  @Test
  void aNegativeTimeoutIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Plan("smooth", -5, List.of("restart=y"), "checkpoint", List.of(task(0))));

    assertEquals("task timeout -5 ms is negative", e.getMessage());
  }
}
