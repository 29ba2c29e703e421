package org.sepyarn.formats.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.AxisBlocks;
import org.sepyarn.formats.geometry.AxisPatching;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.PatchGrid;
import org.sepyarn.formats.geometry.Window;

/**
 * Blending with a halo: the samples next to a patch's inner edges get no weight, the rest of the
 * shared run ramps, and an operator whose reach is at most the halo blends back to the serial result.
 */
class HaloBlendTest {

  /** SEP patches along every axis of {@code cube}, with random blocks, overlap and halo. */
  private record Cut(PatchGrid grid, int[] halo) {
  }

  private static Cut randomCut(Random random, Hypercube cube, boolean pairwise) {
    List<AxisPatching> cuts = new ArrayList<>();
    int[] halo = new int[cube.rank()];
    for (int k = 1; k <= cube.rank(); k++) {
      int n = cube.n(k);
      int nblock = 1 + random.nextInt(Math.min(n, 5));
      int smallest = AxisBlocks.of(k, n, nblock).smallestSize();
      int most = pairwise ? smallest / 2 : smallest;
      int overlap = random.nextInt(most + 1);
      halo[k - 1] = random.nextInt(overlap + 1);
      cuts.add(AxisPatching.sep(cube, k, nblock, overlap));
    }
    return new Cut(PatchGrid.of(cube, cuts), halo);
  }

  private static Hypercube randomCube(Random random, int rank, int maxN) {
    int[] n = new int[rank];
    for (int d = 0; d < rank; d++) {
      n[d] = 1 + random.nextInt(maxN);
    }
    return Hypercube.ofLengths(n);
  }

  @Test
  void aHaloZeroesTheSamplesNextToAnInnerEdgeAndTheRampFillsTheRest() {
    // Two patches of a 12-sample axis, blocks [0,6) and [6,12), overlap 3: they share samples 3 to 8.
    List<Window> placements = List.of(Window.parse("[0:9]"), Window.parse("[3:12]"));
    TriangleTaper taper = TriangleTaper.of(placements, new int[] {2});
    double[] left = new double[9];
    double[] right = new double[9];
    for (int j = 0; j < 9; j++) {
      left[j] = taper.weight(0, j);
      right[j] = taper.weight(1, j);
    }
    assertArrayEquals(new double[] {1, 1, 1, 1, 1, 2 / 3.0, 1 / 3.0, 0, 0}, left, 1e-15);
    assertArrayEquals(new double[] {0, 0, 1 / 3.0, 2 / 3.0, 1, 1, 1, 1, 1}, right, 1e-15);
  }

  @Test
  void withoutHaloTheWeightsAreExactlyThePlainTaper() {
    Random random = new Random(5);
    for (int trial = 0; trial < 200; trial++) {
      Hypercube cube = randomCube(random, 1 + random.nextInt(3), 20);
      List<Window> placements = randomCut(random, cube, false).grid().outerWindows();
      TriangleTaper plain = TriangleTaper.of(placements);
      TriangleTaper zero = TriangleTaper.of(placements, new int[cube.rank()]);
      for (int p = 0; p < placements.size(); p++) {
        for (int d = 0; d < cube.rank(); d++) {
          for (int j = 0; j < placements.get(p).count(d); j++) {
            assertEquals(Double.doubleToLongBits(plain.rawAxisWeight(p, d, j)),
                Double.doubleToLongBits(zero.rawAxisWeight(p, d, j)));
          }
        }
      }
    }
  }

  @Test
  void weightsSumToOneWhereverAPatchHasWeightAndAreZeroInsideHalos() {
    Random random = new Random(11);
    for (int trial = 0; trial < 500; trial++) {
      Hypercube cube = randomCube(random, 1 + random.nextInt(3), 24);
      Cut cut = randomCut(random, cube, true);
      List<Window> placements = cut.grid().outerWindows();
      TriangleTaper taper = TriangleTaper.of(placements, cut.halo());
      double[] total = new double[(int) cube.elementCount()];
      for (int p = 0; p < placements.size(); p++) {
        Window w = placements.get(p);
        for (int[] local : samples(w.counts())) {
          double weight = taper.weight(p, local);
          int[] global = new int[local.length];
          boolean inHalo = false;
          for (int d = 0; d < local.length; d++) {
            global[d] = w.start(d) + local[d];
            int h = cut.halo()[d];
            boolean innerLeft = w.start(d) > 0;
            boolean innerRight = w.end(d) < cube.n(d + 1);
            inHalo |= innerLeft && local[d] < h || innerRight && local[d] >= w.count(d) - h;
          }
          if (inHalo) {
            assertEquals(0.0, weight, cut.grid() + " halo " + java.util.Arrays.toString(cut.halo()) + ": patch " + p
                + " at " + java.util.Arrays.toString(local));
          }
          total[offset(global, cube)] += weight;
        }
      }
      for (int i = 0; i < total.length; i++) {
        assertEquals(1.0, total[i], 1e-12, cut.grid() + " halo " + java.util.Arrays.toString(cut.halo())
            + " at sample " + i);
      }
    }
  }

  @Test
  void everySampleKeepsSomeWeightWhenOverlapsReachAWholeBlock() throws IOException {
    Random random = new Random(12);
    for (int trial = 0; trial < 300; trial++) {
      Hypercube cube = randomCube(random, 1 + random.nextInt(3), 16);
      Cut cut = randomCut(random, cube, false);
      InMemorySource input = Pieces.randomFloats(random, cube);
      TaperedBlend blend = TaperedBlend.of(cube, Pieces.cutAll(input, cut.grid().outerWindows()), cut.halo(),
          1 << 20);
      double[] expected = Pieces.values(input.bytes(), ElementFormat.NATIVE_FLOAT);
      double[] actual = Pieces.values(run(blend), ElementFormat.NATIVE_FLOAT);
      for (int i = 0; i < expected.length; i++) {
        assertEquals(expected[i], actual[i], Math.ulp((float) expected[i]) * 2, cut.grid() + " at " + i);
      }
    }
  }

  @Test
  void aBoxSmootherInPatchesWithItsReachAsHaloEqualsTheSerialRun() throws IOException {
    Random random = new Random(29);
    for (int rank = 1; rank <= 3; rank++) {
      int maxN = rank == 1 ? 80 : rank == 2 ? 30 : 14;
      for (int trial = 0; trial < 150; trial++) {
        Hypercube cube = randomCube(random, rank, maxN);
        Cut cut = randomCut(random, cube, random.nextBoolean());
        int[] reach = cut.halo();
        double[] data = new double[(int) cube.elementCount()];
        for (int i = 0; i < data.length; i++) {
          data[i] = random.nextGaussian() * 100;
        }
        double[] serial = boxSmooth(data, cube.lengths(), reach);
        List<PlacedPiece> pieces = new ArrayList<>();
        for (Window w : cut.grid().outerWindows()) {
          double[] patch = boxSmooth(window(data, cube, w), w.counts(), reach);
          pieces.add(new PlacedPiece(InMemorySource.ofValues(Hypercube.ofLengths(w.counts()),
              ElementFormat.NATIVE_DOUBLE, patch), w));
        }
        int perSample = 8 + 16 + 16;
        long budget = (long) perSample * (1 + random.nextInt(data.length + 2));
        double[] blended = Pieces.values(run(TaperedBlend.of(cube, pieces, reach, budget)),
            ElementFormat.NATIVE_DOUBLE);
        double peak = 0;
        for (double v : serial) {
          peak = Math.max(peak, Math.abs(v));
        }
        for (int i = 0; i < serial.length; i++) {
          assertEquals(serial[i], blended[i], 1e-6 * peak, cut.grid() + " reach "
              + java.util.Arrays.toString(reach) + " at sample " + i);
        }
      }
    }
  }

  @Test
  void aHaloLongerThanHalfTheSharedRunIsRefusedNamingThePatchAndAxis() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TriangleTaper.of(List.of(Window.parse("[0:9]"), Window.parse("[3:12]")), new int[] {4}));
    assertTrue(e.getMessage().startsWith("patch 0 shares 6 samples with its right neighbours along axis 1, fewer"
        + " than twice the halo 4"), e.getMessage());
  }

  @Test
  void aBlendOfPatchedPiecesTakesTheUncutAxesFromThePieces() throws IOException {
    // The program turned n1=10 into n1=4 (o1=0, d1=0.5); axis 2 is cut into two patches.
    Hypercube planned = Hypercube.ofLengths(10, 8);
    org.sepyarn.formats.geometry.Axis freq = new org.sepyarn.formats.geometry.Axis(4, 0, 0.5, "frequency", "Hz");
    List<PlacedPiece> pieces = new ArrayList<>();
    double[] first = new double[4 * 5];
    double[] second = new double[4 * 5];
    java.util.Arrays.fill(first, 2);
    java.util.Arrays.fill(second, 2);
    pieces.add(new PlacedPiece(InMemorySource.ofValues(Hypercube.of(freq, org.sepyarn.formats.geometry.Axis.ofLength(5)),
        ElementFormat.NATIVE_DOUBLE, first), Window.parse("[0:10, 0:5]")));
    pieces.add(new PlacedPiece(InMemorySource.ofValues(Hypercube.of(freq, org.sepyarn.formats.geometry.Axis.ofLength(5)),
        ElementFormat.NATIVE_DOUBLE, second), Window.parse("[0:10, 3:8]")));
    TaperedBlend blend = TaperedBlend.planned(planned, pieces, new int[0], 1 << 20);
    assertEquals(freq, blend.outputCube().axis(1));
    assertEquals(planned.axis(2), blend.outputCube().axis(2));
    double[] out = Pieces.values(run(blend), ElementFormat.NATIVE_DOUBLE);
    assertEquals(32, out.length);
    for (double v : out) {
      assertEquals(2.0, v, 1e-12);
    }
  }

  @Test
  void piecesThatDisagreeOnAnUncutAxisAreNamed() {
    Hypercube planned = Hypercube.ofLengths(10, 8);
    List<PlacedPiece> pieces = List.of(
        new PlacedPiece(InMemorySource.ofValues(Hypercube.ofLengths(4, 5), ElementFormat.NATIVE_DOUBLE,
            new double[20]), Window.parse("[0:10, 0:5]")),
        new PlacedPiece(InMemorySource.ofValues(Hypercube.ofLengths(6, 5), ElementFormat.NATIVE_DOUBLE,
            new double[30]), Window.parse("[0:10, 3:8]")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaperedBlend.planned(planned, pieces, new int[0], 1 << 20));
    assertEquals("piece 1 has n1=6 on axis 1 but piece 0 has n1=4: along axes the patches do not cut, every piece"
        + " must have the same extent, origin and sampling", e.getMessage());
  }

  @Test
  void aPieceThatDoesNotFillItsPatchAlongACutAxisIsNamed() {
    Hypercube planned = Hypercube.ofLengths(10, 8);
    List<PlacedPiece> pieces = List.of(
        new PlacedPiece(InMemorySource.ofValues(Hypercube.ofLengths(4, 5), ElementFormat.NATIVE_DOUBLE,
            new double[20]), Window.parse("[0:10, 0:5]")),
        new PlacedPiece(InMemorySource.ofValues(Hypercube.ofLengths(4, 4), ElementFormat.NATIVE_DOUBLE,
            new double[16]), Window.parse("[0:10, 3:8]")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaperedBlend.planned(planned, pieces, new int[0], 1 << 20));
    assertEquals("piece 1 has n2=4 on axis 2, which is cut into patches, but its patch [0:10,3:8] spans 5 samples"
        + " there", e.getMessage());
  }

  /** The mean over the box of {@code reach} samples on each side, clipped at the data's edges. */
  static double[] boxSmooth(double[] data, int[] n, int[] reach) {
    double[] current = data.clone();
    int stride = 1;
    for (int d = 0; d < n.length; d++) {
      double[] next = new double[current.length];
      int len = n[d];
      int r = reach[d];
      for (int i = 0; i < current.length; i++) {
        int along = (i / stride) % len;
        int from = Math.max(0, along - r);
        int to = Math.min(len - 1, along + r);
        double sum = 0;
        for (int j = from; j <= to; j++) {
          sum += current[i + (j - along) * stride];
        }
        next[i] = sum / (to - from + 1);
      }
      current = next;
      stride *= len;
    }
    return current;
  }

  private static double[] window(double[] data, Hypercube cube, Window w) {
    double[] out = new double[(int) w.elementCount()];
    int k = 0;
    for (int[] local : samples(w.counts())) {
      int[] global = new int[local.length];
      for (int d = 0; d < local.length; d++) {
        global[d] = w.start(d) + local[d];
      }
      out[k++] = data[offset(global, cube)];
    }
    return out;
  }

  /** Every index of a grid with these lengths, axis 1 fastest. */
  private static List<int[]> samples(int[] counts) {
    List<int[]> all = new ArrayList<>();
    int[] i = new int[counts.length];
    while (true) {
      all.add(i.clone());
      int d = 0;
      while (d < counts.length && ++i[d] == counts[d]) {
        i[d] = 0;
        d++;
      }
      if (d == counts.length) {
        return all;
      }
    }
  }

  private static int offset(int[] index, Hypercube cube) {
    int offset = 0;
    int stride = 1;
    for (int d = 0; d < index.length; d++) {
      offset += index[d] * stride;
      stride *= cube.n(d + 1);
    }
    return offset;
  }

  private static byte[] run(Merge merge) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    merge.writeTo(out);
    return out.toByteArray();
  }
}
