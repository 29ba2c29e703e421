package org.sepyarn.am;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MonotonicProgressTest {
  @Test
  void aRetryThatRestartsATaskDoesNotMoveTheJobBack() {
    MonotonicProgress progress = new MonotonicProgress();

    assertEquals(0.2, progress.next(0.2));
    assertEquals(0.5, progress.next(0.5));
    assertEquals(0.5, progress.next(0.35), "the task at 60% failed and its retry starts from 0");
    assertEquals(0.6, progress.next(0.6));
    assertEquals(1, progress.next(1.2));
  }
}
