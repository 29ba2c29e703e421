package org.sepyarn.formats.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PatchGridTest {
  @Test
  void patchesAreNumberedWithTheFirstAxisGridCoordinateFastest() {
    Hypercube cube = Hypercube.ofLengths(10, 7, 4);
    PatchGrid grid = PatchGrid.of(cube, AxisPatching.sep(cube, 1, 2, 1), AxisPatching.claerbout(cube, 3, 2, 3));
    assertArrayEquals(new int[] {2, 1, 3}, grid.gridShape());
    assertEquals(6, grid.patchCount());
    Patch p = grid.patches().get(3);
    assertEquals(3, p.index());
    assertArrayEquals(new int[] {1, 0, 1}, p.gridCoordinates());
    assertEquals(Window.parse("[4:10,0:7,1:3]"), p.outer());
    assertEquals(Window.parse("[5:10,0:7,2:3]"), p.core());
    assertEquals(Window.parse("[0:6,0:7,0:2]"), grid.patches().get(0).outer());
  }

  @Test
  void axesNobodyCutsStayWhole() {
    Hypercube cube = Hypercube.ofLengths(10, 7);
    PatchGrid grid = PatchGrid.of(cube, List.of());
    assertEquals(1, grid.patchCount());
    assertEquals(cube.fullWindow(), grid.patches().get(0).outer());
    assertEquals(cube.fullWindow(), grid.patches().get(0).core());
    assertEquals(List.of(cube.fullWindow()), grid.outerWindows());
  }

  @Test
  void cuttingAnAxisTwiceIsRefused() {
    Hypercube cube = Hypercube.ofLengths(10, 7);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PatchGrid.of(cube, AxisPatching.sep(cube, 2, 2, 1), AxisPatching.sep(cube, 2, 3, 0)));
    assertTrue(e.getMessage().startsWith("axis 2 is cut twice"), e.getMessage());
  }

  @Test
  void aCutMadeForAnotherCubeIsRefused() {
    Hypercube cube = Hypercube.ofLengths(10, 7);
    AxisPatching other = AxisPatching.sep(Hypercube.ofLengths(10, 8), 2, 2, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PatchGrid.of(cube, other));
    assertTrue(e.getMessage().contains("made for n2=8 but the dataset has n2=7"), e.getMessage());
    AxisPatching thirdAxis = AxisPatching.sep(Hypercube.ofLengths(10, 7, 3), 3, 1, 0);
    e = assertThrows(IllegalArgumentException.class, () -> PatchGrid.of(cube, thirdAxis));
    assertEquals("axis 3 is out of range: the dataset (n1=10 n2=7) has axes 1 to 2", e.getMessage());
  }

  @Test
  void aPatchRefusesACoreOutsideItsOuterWindow() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Patch(0, new int[] {0}, Window.parse("[0:5]"), Window.parse("[4:6]")));
    assertEquals("patch 0: core window [4:6] is not inside its outer window [0:5]", e.getMessage());
  }

  @Test
  void coresPartitionAndOuterWindowsCoverRandomCubes() {
    Random random = new Random(3);
    for (int trial = 0; trial < 300; trial++) {
      Hypercube cube = randomCube(random);
      PatchGrid grid = PatchGrid.of(cube, randomCuts(random, cube));
      int[] coreHits = new int[(int) cube.elementCount()];
      int[] outerHits = new int[coreHits.length];
      for (Patch p : grid.patches()) {
        assertTrue(p.outer().contains(p.core()));
        assertTrue(p.outer().fits(cube));
        mark(coreHits, p.core(), cube);
        mark(outerHits, p.outer(), cube);
        int index = 0;
        int[] shape = grid.gridShape();
        for (int d = shape.length - 1; d >= 0; d--) {
          index = index * shape[d] + p.gridCoordinate(d + 1);
        }
        assertEquals(p.index(), index);
      }
      for (int i = 0; i < coreHits.length; i++) {
        assertEquals(1, coreHits[i], grid + " core hits at sample " + i);
        assertTrue(outerHits[i] >= 1, grid + " leaves sample " + i + " uncovered");
      }
    }
  }

  static Hypercube randomCube(Random random) {
    int rank = 1 + random.nextInt(4);
    int[] n = new int[rank];
    for (int d = 0; d < rank; d++) {
      n[d] = 1 + random.nextInt(12);
    }
    return Hypercube.ofLengths(n);
  }

  /** Random SEP or Claerbout cuts on a random subset of the cube's axes. */
  static List<AxisPatching> randomCuts(Random random, Hypercube cube) {
    List<AxisPatching> cuts = new ArrayList<>();
    for (int k = 1; k <= cube.rank(); k++) {
      int n = cube.n(k);
      switch (random.nextInt(3)) {
        case 0:
          int nblock = 1 + random.nextInt(n);
          cuts.add(AxisPatching.sep(cube, k, nblock, random.nextInt(n / nblock + 1)));
          break;
        case 1:
          int w = 1 + random.nextInt(n);
          int min = (n + w - 1) / w;
          cuts.add(AxisPatching.claerbout(cube, k, w, min + random.nextInt(n - w + 1 - min + 1)));
          break;
        default:
          break;
      }
    }
    return cuts;
  }

  private static void mark(int[] hits, Window w, Hypercube cube) {
    int rank = cube.rank();
    int[] index = w.starts();
    while (true) {
      int offset = 0;
      int stride = 1;
      for (int d = 0; d < rank; d++) {
        offset += index[d] * stride;
        stride *= cube.n(d + 1);
      }
      hits[offset]++;
      int d = 0;
      while (d < rank && ++index[d] == w.end(d)) {
        index[d] = w.start(d);
        d++;
      }
      if (d == rank) {
        return;
      }
    }
  }
}
