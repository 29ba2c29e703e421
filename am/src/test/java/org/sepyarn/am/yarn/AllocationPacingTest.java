package org.sepyarn.am.yarn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AllocationPacingTest {
  @Test
  void eagerAfterRequestsThenDoublingWhileTheyWaitUpToTheUsualInterval() {
    AllocationPacing pacing = new AllocationPacing(200, 1000);
    assertEquals(200, pacing.interval(), "eager from the start: the first requests follow registration");
    assertEquals(400, pacing.answered(true));
    assertEquals(800, pacing.answered(true));
    assertEquals(1000, pacing.answered(true));
    assertEquals(1000, pacing.answered(true));
    assertEquals(200, pacing.requested());
    assertEquals(400, pacing.answered(true));
  }

  @Test
  void theUsualIntervalOnceNoRequestWaits() {
    AllocationPacing pacing = new AllocationPacing(200, 1000);
    assertEquals(1000, pacing.answered(false));
    assertEquals(1000, pacing.interval());
    pacing.requested();
    assertEquals(1000, pacing.answered(false));
  }

  @Test
  void aClusterWhoseUsualIntervalIsShorterThanTheEagerOneKeepsItsOwn() {
    AllocationPacing pacing = new AllocationPacing(200, 100);
    assertEquals(100, pacing.interval());
    assertEquals(100, pacing.answered(true));
    assertEquals(100, pacing.requested());
  }

  @Test
  void aLongUsualIntervalDoesNotOverflow() {
    AllocationPacing pacing = new AllocationPacing(1, Integer.MAX_VALUE);
    for (int i = 0; i < 40; i++) {
      pacing.answered(true);
    }
    assertEquals(Integer.MAX_VALUE, pacing.interval());
    assertThrows(IllegalArgumentException.class, () -> new AllocationPacing(0, 1000));
  }
}
