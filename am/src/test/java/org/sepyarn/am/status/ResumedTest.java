package org.sepyarn.am.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ResumedTest {
  @Test
  void theTakenOverTasksAreListedAsRanges() {
    Resumed resumed = Resumed.of("application_1_0001", List.of(57, 0, 1, 2, 3, 60, 61, 62));

    assertEquals(new Resumed("application_1_0001", 8, "0-3, 57, 60-62"), resumed);
  }

  @Test
  void manyRangesAreCutShort() {
    Resumed resumed = Resumed.of("a", IntStream.range(0, 200).map(i -> 2 * i).boxed().collect(Collectors.toList()));

    assertEquals(200, resumed.taskCount());
    assertTrue(resumed.tasks().endsWith(", 78, \u2026"), resumed.tasks());
  }

  @Test
  void noTaskTakenOverIsAnEmptyList() {
    assertEquals("", Resumed.of("a", List.of()).tasks());
  }
}
