package org.sepyarn.examples.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RickerTest {
  @Test
  void itPeaksAtOneAndCrossesZeroAtOneOverPiFRootTwo() {
    Ricker r = new Ricker(25);
    assertEquals(1, r.at(0), 0);
    double zero = 1 / (Math.PI * 25 * Math.sqrt(2));
    assertEquals(0, r.at(zero), 1e-12);
    assertEquals(r.at(0.013), r.at(-0.013), 0);
  }

  @Test
  void itsSampledFormIsDelayed() {
    double[] w = new Ricker(10).sampled(301, 0.001, 0.1);
    assertEquals(1, w[100], 1e-12);
    assertEquals(w[90], w[110], 1e-12);
  }

  @Test
  void aNonPositiveFrequencyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Ricker(0));
  }
}
