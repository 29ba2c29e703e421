package org.sepyarn.formats.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

class SlabPlanTest {
  private static long linear(int[] n, int[] index) {
    long offset = 0;
    long stride = 1;
    for (int d = 0; d < n.length; d++) {
      offset += index[d] * stride;
      stride *= n[d];
    }
    return offset;
  }

  @Test
  void slabsAreContiguousRunsInStorageOrderThatCoverTheCubeOnce() {
    Random random = new Random(5);
    for (int trial = 0; trial < 1000; trial++) {
      int[] n = new int[1 + random.nextInt(5)];
      long total = 1;
      for (int d = 0; d < n.length; d++) {
        n[d] = 1 + random.nextInt(9);
        total *= n[d];
      }
      int max = 1 + random.nextInt((int) total + 3);
      SlabPlan plan = new SlabPlan(n, max);
      long next = 0;
      for (Window slab : plan) {
        int[] last = new int[n.length];
        for (int d = 0; d < n.length; d++) {
          last[d] = slab.end(d) - 1;
        }
        assertEquals(next, linear(n, slab.starts()), "slab " + slab + " of " + java.util.Arrays.toString(n));
        assertEquals(slab.elementCount(), linear(n, last) - linear(n, slab.starts()) + 1, "slab " + slab);
        assertTrue(slab.elementCount() <= Math.min(max, plan.slabSamples()));
        next += slab.elementCount();
      }
      assertEquals(total, next);
    }
  }

  @Test
  void aCubeThatFitsIsOneSlab() {
    List<Window> slabs = new ArrayList<>();
    new SlabPlan(new int[] {4, 5, 6}, 1000).forEach(slabs::add);
    assertEquals(List.of(Window.whole(4, 5, 6)), slabs);
  }

  @Test
  void slabsTakeWholePlanesThenRunsAlongTheNextAxis() {
    List<Window> slabs = new ArrayList<>();
    new SlabPlan(new int[] {4, 5, 3}, 45).forEach(slabs::add);
    assertEquals(List.of(Window.parse("[0:4,0:5,0:2]"), Window.parse("[0:4,0:5,2:3]")), slabs);
  }

  @Test
  void aBudgetBelowOneSampleIsRefusedNamingTheNeed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SlabPlan.forBudget(Hypercube.ofLengths(10), 30, 36, "blend", ElementFormat.XDR_FLOAT));
    assertEquals("bufferBytes=30 is too small for a blend of xdr_float samples: it needs 36 bytes per sample;"
        + " give at least 36 (a few MB or more is sensible)", e.getMessage());
  }
}
