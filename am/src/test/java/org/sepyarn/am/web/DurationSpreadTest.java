package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.TaskState;
import org.junit.jupiter.api.Test;

class DurationSpreadTest {
  private static TaskRow task(int index, TaskState state, Long durationMillis) {
    return new TaskRow(index, state, 1, 0, "n:1", "c", 0L, durationMillis, state == TaskState.SUCCEEDED ? 1 : 0.5,
        state == TaskState.SUCCEEDED ? ExitReason.SUCCEEDED : null, null);
  }

  @Test
  void thePercentilesAreOfTheSucceededTasksByNearestRank() {
    List<TaskRow> tasks = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      tasks.add(task(i, TaskState.SUCCEEDED, 1000L * (i + 1)));
    }
    tasks.add(task(100, TaskState.RUNNING, 999_000L));

    DurationSpread spread = DurationSpread.of(tasks).orElseThrow();

    assertEquals(new DurationSpread(100, 50_000, 90_000, 99_000, 100_000), spread);
  }

  @Test
  void aStragglerRunsFarLongerThanTheMedianOnceEnoughTasksSucceeded() {
    List<TaskRow> tasks = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      tasks.add(task(i, TaskState.SUCCEEDED, 20_000L));
    }
    DurationSpread spread = DurationSpread.of(tasks).orElseThrow();

    assertTrue(spread.isStraggler(60_000));
    assertFalse(spread.isStraggler(59_999));
    assertFalse(DurationSpread.of(tasks.subList(0, 4)).orElseThrow().isStraggler(600_000));
  }

  @Test
  void shortTasksAreNotStragglersForASecondOrTwo() {
    List<TaskRow> tasks = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      tasks.add(task(i, TaskState.SUCCEEDED, 1_000L));
    }

    assertFalse(DurationSpread.of(tasks).orElseThrow().isStraggler(9_000));
  }

  @Test
  void noSpreadBeforeAnyTaskSucceeded() {
    assertEquals(Optional.empty(), DurationSpread.of(List.of(task(0, TaskState.RUNNING, 5_000L))));
  }
}
