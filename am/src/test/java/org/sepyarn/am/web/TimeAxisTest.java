package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeAxisTest {

  @Test
  void theStepIsTheSmallestRoundOneGivingAtMostTheIntervalsAsked() {
    assertEquals(1_000, TimeAxis.step(9_000, 10));
    assertEquals(2_000, TimeAxis.step(11_000, 10));
    assertEquals(15_000, TimeAxis.step(150_000, 10));
    assertEquals(30_000, TimeAxis.step(151_000, 10));
    assertEquals(600_000, TimeAxis.step(95 * 60_000, 10));
    assertEquals(3 * 3_600_000, TimeAxis.step(25 * 3_600_000L, 10));
  }

  @Test
  void spansBeyondTheRoundStepsGetWholeDays() {
    assertEquals(2 * 86_400_000L, TimeAxis.step(15 * 86_400_000L, 10));
  }

  @Test
  void ticksRunFromZeroToTheSpan() {
    assertEquals(List.of(0L, 15_000L, 30_000L, 45_000L, 60_000L), TimeAxis.ticks(60_000, 4));
    assertEquals(List.of(0L, 60_000L), TimeAxis.ticks(61_000, 2));
  }

  @Test
  void anEmptySpanIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeAxis.step(0, 10));
    assertEquals("an axis over 0 ms with at most 10 intervals is not allowed: the span and the intervals must be"
        + " positive", e.getMessage());
  }
}
