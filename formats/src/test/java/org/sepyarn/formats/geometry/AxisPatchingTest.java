package org.sepyarn.formats.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AxisPatchingTest {
  private static final Hypercube CUBE = Hypercube.ofLengths(10, 20);

  private static String runs(AxisPatching p) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < p.count(); i++) {
      sb.append(i == 0 ? "" : " ").append(p.outerStart(i)).append(':').append(p.outerStart(i) + p.outerCount(i))
          .append('/').append(p.coreStart(i)).append(':').append(p.coreStart(i) + p.coreCount(i));
    }
    return sb.toString();
  }

  @Test
  void sepPatchesAreBlocksWidenedByTheOverlapAndClippedAtTheEdges() {
    AxisPatching p = AxisPatching.sep(CUBE, 1, 3, 2);
    assertEquals("0:6/0:4 2:9/4:7 5:10/7:10", runs(p));
  }

  @Test
  void sepPatchesWithoutOverlapAreTheBlocks() {
    assertEquals("0:4/0:4 4:7/4:7 7:10/7:10", runs(AxisPatching.sep(CUBE, 1, 3, 0)));
  }

  @Test
  void sepOverlapMayReachTheSmallestBlockButNoFurther() {
    assertEquals("0:7/0:4 1:10/4:7 4:10/7:10", runs(AxisPatching.sep(CUBE, 1, 3, 3)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AxisPatching.sep(CUBE, 1, 3, 4));
    assertEquals("noverlap=4 on axis 1 is too large: allowed 0 to 3 (the smallest block of n1=10 in 3 blocks),"
        + " so that no patch reaches past its neighbour's far edge", e.getMessage());
  }

  @Test
  void sepRefusesNegativeOverlapAndTooManyBlocks() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AxisPatching.sep(CUBE, 2, 4, -1));
    assertEquals("noverlap=-1 on axis 2 is negative: allowed 0 to 5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> AxisPatching.sep(CUBE, 1, 11, 0));
    assertEquals("nblock=11 > n1=10 samples on axis 1: at most 10 blocks", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> AxisPatching.sep(CUBE, 3, 1, 0));
    assertEquals("axis 3 is out of range: the dataset (n1=10 n2=20) has axes 1 to 2", e.getMessage());
  }

  @Test
  void claerboutPatchesSpreadEvenlyWithCoresSplitAtTheMiddleOfEachOverlap() {
    // starts i*(10-4)/2 = 0, 3, 6; overlaps [3,4) and [6,7) go to the left patch.
    assertEquals("0:4/0:4 3:7/4:7 6:10/7:10", runs(AxisPatching.claerbout(CUBE, 1, 4, 3)));
    // starts i*(10-6)/3 = 0, 1, 2, 4: uneven steps, overlaps of 5, 5 and 4 samples.
    assertEquals("0:6/0:4 1:7/4:5 2:8/5:6 4:10/6:10", runs(AxisPatching.claerbout(CUBE, 1, 6, 4)));
  }

  @Test
  void claerboutPatchesThatJustTouchOwnTheirWholeWindow() {
    assertEquals("0:5/0:5 5:10/5:10", runs(AxisPatching.claerbout(CUBE, 1, 5, 2)));
  }

  @Test
  void aSingleClaerboutPatchMustSpanTheAxis() {
    assertEquals("0:10/0:10", runs(AxisPatching.claerbout(CUBE, 1, 10, 1)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AxisPatching.claerbout(CUBE, 1, 8, 1));
    assertEquals("a single patch of window 8 on axis 1 leaves samples 8 to 9 of n1=10 uncovered:"
        + " use window=10 or more patches", e.getMessage());
  }

  @Test
  void claerboutPatchesThatLeaveAGapAreRefusedNamingTheGap() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AxisPatching.claerbout(CUBE, 1, 3, 3));
    assertEquals("3 patches of window 3 on axis 1 leave samples 6 to 6 of n1=10 uncovered:"
        + " need npatch*window >= n1 (at least 4 patches)", e.getMessage());
  }

  @Test
  void claerboutRefusesWindowsLongerThanTheAxisAndMorePatchesThanPositions() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AxisPatching.claerbout(CUBE, 2, 21, 1));
    assertEquals("patch window 21 on axis 2 is not allowed: need 1 <= window <= n2=20", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> AxisPatching.claerbout(CUBE, 1, 8, 4));
    assertEquals("npatch=4 on axis 1 is not allowed: a window of 8 has 3 distinct positions in n1=10,"
        + " so need 1 <= npatch <= 3", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AxisPatching.claerbout(CUBE, 1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> AxisPatching.claerbout(CUBE, 1, 5, 0));
  }

  @Test
  void coresPartitionTheAxisInsideTheOuterRunsForManyLayouts() {
    Random random = new Random(11);
    for (int trial = 0; trial < 2000; trial++) {
      int n = 1 + random.nextInt(60);
      Hypercube cube = Hypercube.ofLengths(n);
      AxisPatching p;
      if (random.nextBoolean()) {
        int nblock = 1 + random.nextInt(n);
        p = AxisPatching.sep(cube, 1, nblock, random.nextInt(n / nblock + 1));
      } else {
        int w = 1 + random.nextInt(n);
        int min = (n + w - 1) / w;
        int max = n - w + 1;
        p = AxisPatching.claerbout(cube, 1, w, min + random.nextInt(max - min + 1));
      }
      int next = 0;
      for (int i = 0; i < p.count(); i++) {
        assertEquals(next, p.coreStart(i), p.toString());
        assertTrue(p.coreCount(i) >= 1, p.toString());
        assertTrue(p.outerStart(i) <= p.coreStart(i), p.toString());
        assertTrue(p.coreStart(i) + p.coreCount(i) <= p.outerStart(i) + p.outerCount(i), p.toString());
        next += p.coreCount(i);
      }
      assertEquals(n, next, p.toString());
      assertEquals(0, p.outerStart(0));
      assertEquals(n, p.outerStart(p.count() - 1) + p.outerCount(p.count() - 1));
    }
  }
}
