package org.sepyarn.formats.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.AxisPatching;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.PatchGrid;
import org.sepyarn.formats.geometry.Window;

class TriangleTaperTest {
  private static final double EPS = 1e-12;

  @Test
  void inAThreeSampleOverlapTheLeftPatchFallsAndTheRightPatchRises() {
    TriangleTaper taper = TriangleTaper.of(List.of(Window.parse("[0:5]"), Window.parse("[2:8]")));
    assertEquals(3, taper.rightOverlap(0, 1));
    assertEquals(3, taper.leftOverlap(1, 1));
    double[] left = new double[5];
    double[] right = new double[6];
    for (int i = 0; i < 5; i++) {
      left[i] = taper.axisWeight(0, 1, i);
    }
    for (int i = 0; i < 6; i++) {
      right[i] = taper.axisWeight(1, 1, i);
    }
    assertArrayEquals(new double[] {1, 1, 0.75, 0.5, 0.25}, left);
    assertArrayEquals(new double[] {0.25, 0.5, 0.75, 1, 1, 1}, right);
  }

  private static void assertArrayEquals(double[] expected, double[] actual) {
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, EPS);
  }

  @Test
  void theWeightIsOneAtTheDataEdgesAndWhereNoPatchOverlaps() {
    TriangleTaper taper = TriangleTaper.of(List.of(Window.parse("[0:4]"), Window.parse("[4:8]")));
    for (int p = 0; p < 2; p++) {
      for (int i = 0; i < 4; i++) {
        assertEquals(1.0, taper.axisWeight(p, 1, i));
      }
    }
  }

  @Test
  void patchesThatOverlapAlongOneAxisButNotAnotherAreNotNeighbours() {
    TriangleTaper taper = TriangleTaper.of(List.of(Window.parse("[0:6,0:5]"), Window.parse("[4:10,5:10]")));
    assertEquals(0, taper.rightOverlap(0, 1));
    assertEquals(0, taper.leftOverlap(1, 1));
    assertEquals(1.0, taper.weight(0, 5, 4));
  }

  @Test
  void theWeightOfASampleIsTheProductOfItsAxisWeights() {
    TriangleTaper taper = TriangleTaper.of(List.of(Window.parse("[0:5,0:4]"), Window.parse("[3:8,0:4]"),
        Window.parse("[0:5,2:6]"), Window.parse("[3:8,2:6]")));
    assertEquals(taper.axisWeight(3, 1, 1) * taper.axisWeight(3, 2, 0), taper.weight(3, 1, 0), EPS);
    assertEquals(2.0 / 3 * 1.0 / 3, taper.weight(3, 1, 0), EPS);
  }

  @Test
  void aSampleOutsideThePatchIsRefusedNamingTheRange() {
    TriangleTaper taper = TriangleTaper.of(List.of(Window.parse("[0:5]")));
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> taper.axisWeight(0, 1, 5));
    assertEquals("sample 5 along axis 1 is outside patch 0, which has 5 samples there (0 to 4)", e.getMessage());
  }

  @Test
  void weightsOfSepPatchesSumToOneAtEverySampleBeforeNormalisation() {
    Random random = new Random(17);
    for (int trial = 0; trial < 300; trial++) {
      Hypercube cube = Pieces.randomCube(random, 4, 14);
      List<AxisPatching> cuts = new ArrayList<>();
      for (int k = 1; k <= cube.rank(); k++) {
        int n = cube.n(k);
        int nblock = 1 + random.nextInt(n);
        cuts.add(AxisPatching.sep(cube, k, nblock, random.nextInt(n / nblock / 2 + 1)));
      }
      PatchGrid grid = PatchGrid.of(cube, cuts);
      double[] total = totalWeights(cube, grid.outerWindows());
      for (int i = 0; i < total.length; i++) {
        assertEquals(1.0, total[i], EPS, grid + " at sample " + i);
      }
    }
  }

  @Test
  void weightsOfClaerboutPatchesOverlappingOnlyTheirNeighboursSumToOne() {
    Hypercube cube = Hypercube.ofLengths(10, 13);
    PatchGrid grid = PatchGrid.of(cube, AxisPatching.claerbout(cube, 1, 4, 3), AxisPatching.claerbout(cube, 2, 6, 3));
    double[] total = totalWeights(cube, grid.outerWindows());
    for (int i = 0; i < total.length; i++) {
      assertEquals(1.0, total[i], EPS, "sample " + i);
    }
  }

  @Test
  void weightsArePositiveWhereverAPatchLiesSoNormalisedWeightsSumToOne() {
    Random random = new Random(19);
    for (int trial = 0; trial < 300; trial++) {
      Hypercube cube = Pieces.randomCube(random, 4, 12);
      List<Window> placements = PatchGrid.of(cube, randomCuts(random, cube)).outerWindows();
      TriangleTaper taper = TriangleTaper.of(placements);
      for (int p = 0; p < placements.size(); p++) {
        for (int k = 1; k <= cube.rank(); k++) {
          for (int i = 0; i < placements.get(p).count(k - 1); i++) {
            double w = taper.axisWeight(p, k, i);
            assertTrue(w > 0 && w <= 1, "weight " + w);
          }
        }
      }
      double[] total = totalWeights(cube, placements);
      for (int i = 0; i < total.length; i++) {
        assertTrue(total[i] > 0, "sample " + i + " has no weight");
      }
    }
  }

  /** SEP cuts with any allowed overlap or Claerbout cuts with any allowed count, on random axes. */
  static List<AxisPatching> randomCuts(Random random, Hypercube cube) {
    List<AxisPatching> cuts = new ArrayList<>();
    for (int k = 1; k <= cube.rank(); k++) {
      int n = cube.n(k);
      int choice = random.nextInt(3);
      if (choice == 0) {
        int nblock = 1 + random.nextInt(n);
        cuts.add(AxisPatching.sep(cube, k, nblock, random.nextInt(n / nblock + 1)));
      } else if (choice == 1) {
        int w = 1 + random.nextInt(n);
        int min = (n + w - 1) / w;
        cuts.add(AxisPatching.claerbout(cube, k, w, min + random.nextInt(n - w + 1 - min + 1)));
      }
    }
    return cuts;
  }

  /** At every sample of the cube, the sum of the weights of the patches that cover it. */
  static double[] totalWeights(Hypercube cube, List<Window> placements) {
    TriangleTaper taper = TriangleTaper.of(placements);
    int rank = cube.rank();
    double[] total = new double[(int) cube.elementCount()];
    for (int p = 0; p < placements.size(); p++) {
      Window w = placements.get(p);
      int[] local = new int[rank];
      while (true) {
        long offset = 0;
        long stride = 1;
        for (int d = 0; d < rank; d++) {
          offset += (w.start(d) + local[d]) * stride;
          stride *= cube.n(d + 1);
        }
        total[(int) offset] += taper.weight(p, local);
        int d = 0;
        while (d < rank && ++local[d] == w.count(d)) {
          local[d] = 0;
          d++;
        }
        if (d == rank) {
          break;
        }
      }
    }
    return total;
  }
}
