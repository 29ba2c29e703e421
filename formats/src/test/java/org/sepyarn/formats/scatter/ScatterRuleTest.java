package org.sepyarn.formats.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.AxisSplit;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

class ScatterRuleTest {
  private static final Hypercube CUBE = Hypercube.ofLengths(1000, 100, 671);
  private static final ScatterRule RULE = ScatterRule.defaults();

  @Test
  void aSplitAlongTheFastestAxisOfManyTracesScatters() {
    assertTrue(RULE.scatters(CUBE, 4, windows(CUBE, 1, 4)));
  }

  @Test
  void splitsAlongSlowerAxesReadLongRunsAndDoNot() {
    assertFalse(RULE.scatters(CUBE, 4, windows(CUBE, 2, 4)), "runs of 100 KB");
    assertFalse(RULE.scatters(CUBE, 4, windows(CUBE, 3, 4)), "one run per task");
  }

  @Test
  void fewRunsOneTaskOrAWholeCopyDoNot() {
    Hypercube small = Hypercube.ofLengths(400, 200);
    assertFalse(RULE.scatters(small, 4, windows(small, 1, 4)), "200 runs a task");
    assertFalse(RULE.scatters(CUBE, 4, windows(CUBE, 1, 1)), "one task");
    assertFalse(RULE.scatters(CUBE, 4, List.of(CUBE.fullWindow(), CUBE.fullWindow())), "copy to every task");
  }

  @Test
  void zeroMaxRunNeverScatters() {
    assertFalse(new ScatterRule(0, 1, 1).scatters(CUBE, 4, windows(CUBE, 1, 4)));
  }

  @Test
  void runBytesSpanTheWholeLeadingAxes() {
    assertEquals(1000, ScatterRule.runBytes(CUBE, new Window(new int[] {0, 0, 0}, new int[] {250, 100, 671}), 4));
    assertEquals(4000 * 25, ScatterRule.runBytes(CUBE, new Window(new int[] {0, 0, 0}, new int[] {1000, 25, 671}), 4));
    assertEquals(CUBE.elementCount() * 4, ScatterRule.runBytes(CUBE, CUBE.fullWindow(), 4));
  }

  @Test
  void refusesNonsense() {
    assertThrows(IllegalArgumentException.class, () -> new ScatterRule(-1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new ScatterRule(1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new ScatterRule(1, 1, 0));
  }

  private static List<Window> windows(Hypercube cube, int axis, int blocks) {
    return AxisSplit.of(cube, axis, blocks).pieces().stream().map(p -> p.window()).toList();
  }
}
