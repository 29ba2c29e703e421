package org.sepyarn.formats.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/**
 * Slabs cover the output exactly: over many random shapes and merges, the slabs written one by one
 * and joined in order are byte for byte the output written whole, so every output byte is written
 * by exactly one slab.
 */
class MergeSlabsTest {
  private final Random random = new Random(20261206);

  private Hypercube randomCube() {
    int rank = 1 + random.nextInt(4);
    int[] n = new int[rank];
    for (int d = 0; d < rank; d++) {
      n[d] = random.nextInt(5) == 0 ? 1 : 1 + random.nextInt(9);
    }
    return Hypercube.ofLengths(n);
  }

  private InMemorySource randomSource(Hypercube cube) {
    double[] values = new double[(int) cube.elementCount()];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextInt(2000) - 1000;
    }
    return InMemorySource.ofValues(cube, ElementFormat.NATIVE_FLOAT, values);
  }

  private static byte[] whole(Merge merge) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    merge.writeTo(out);
    return out.toByteArray();
  }

  private static byte[] slabBySlab(Merge merge, List<OutputRegion> slabs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (OutputRegion slab : slabs) {
      int before = out.size();
      merge.writeRegion(out, slab);
      assertEquals(slab.bytes(merge.outputCube(), merge.outputFormat().esize()), out.size() - before, slab.toString());
    }
    return out.toByteArray();
  }

  private List<OutputRegion> randomSlabs(Hypercube cube) {
    return MergeSlabs.plan(cube, 4, 1 + random.nextInt((int) cube.elementCount() * 4), 1 + random.nextInt(12));
  }

  @Test
  void sumsWrittenSlabBySlabEqualTheWholeSum() throws IOException {
    for (int trial = 0; trial < 300; trial++) {
      Hypercube cube = randomCube();
      List<InMemorySource> pieces = List.of(randomSource(cube), randomSource(cube), randomSource(cube));
      Merge sum = Summation.of(pieces, 64 + random.nextInt(400));
      assertArrayEquals(whole(sum), slabBySlab(sum, randomSlabs(cube)), cube.toString());
    }
  }

  @Test
  void concatenationsAlongAnyAxisWrittenSlabBySlabEqualTheWhole() throws IOException {
    for (int trial = 0; trial < 300; trial++) {
      Hypercube piece = randomCube();
      int axis = 1 + random.nextInt(piece.rank() + 1);
      List<InMemorySource> pieces = new ArrayList<>();
      for (int t = 0; t < 1 + random.nextInt(4); t++) {
        int[] n = piece.lengths().clone();
        int[] lengths = java.util.Arrays.copyOf(n, Math.max(n.length, axis));
        for (int d = n.length; d < lengths.length; d++) {
          lengths[d] = 1;
        }
        lengths[axis - 1] = 1 + random.nextInt(4);
        pieces.add(randomSource(Hypercube.ofLengths(lengths)));
      }
      Merge concat = Concatenation.along(axis, pieces, 16 + random.nextInt(400));
      assertArrayEquals(whole(concat), slabBySlab(concat, randomSlabs(concat.outputCube())),
          concat.toString());
    }
  }

  @Test
  void blendsWrittenSlabBySlabEqualTheWholeBlend() throws IOException {
    for (int trial = 0; trial < 100; trial++) {
      int n1 = 4 + random.nextInt(8);
      int n2 = 4 + random.nextInt(8);
      Hypercube cube = Hypercube.ofLengths(n1, n2);
      List<PlacedPiece> patches = new ArrayList<>();
      int half1 = n1 / 2;
      int half2 = n2 / 2;
      for (int[] p : new int[][] {{0, 0, half1 + 1, half2 + 1}, {half1 - 1, 0, n1 - half1 + 1, half2 + 1},
          {0, half2 - 1, half1 + 1, n2 - half2 + 1}, {half1 - 1, half2 - 1, n1 - half1 + 1, n2 - half2 + 1}}) {
        Window w = new Window(new int[] {p[0], p[1]}, new int[] {p[2], p[3]});
        patches.add(new PlacedPiece(randomSource(Hypercube.ofLengths(p[2], p[3])), w));
      }
      Merge blend = TaperedBlend.of(cube, patches, 64 + random.nextInt(800));
      assertArrayEquals(whole(blend), slabBySlab(blend, randomSlabs(cube)), cube.toString());
    }
  }

  @Test
  void theRuleFollowsTheOutputSizeWithinTheCaps() {
    Hypercube cube = Hypercube.ofLengths(1000, 50, 40, 1);
    long bytes = cube.elementCount() * 4;
    assertEquals(1, MergeSlabs.plan(cube, 4, bytes, 100).size());
    assertEquals(4, MergeSlabs.plan(cube, 4, bytes / 4, 100).size());
    assertEquals(3, MergeSlabs.plan(cube, 4, 1, 3).size(), "at most maxSlabs");
    assertEquals(40, MergeSlabs.plan(cube, 4, 1, 1000).size(), "at most the slowest non-unit axis's length");
    assertEquals(List.of(new OutputRegion(3, 0, 13), new OutputRegion(3, 13, 26), new OutputRegion(3, 26, 40)),
        MergeSlabs.plan(cube, 4, bytes / 3 + 1, 10));
    assertThrows(IllegalArgumentException.class, () -> MergeSlabs.plan(cube, 4, 0, 10));
  }

  @Test
  void aRegionAlongAFasterAxisThanTheSlowestIsRefused() {
    Hypercube cube = Hypercube.ofLengths(4, 5, 6);
    Merge sum = Summation.of(List.of(randomSource(cube)), 1 << 10);
    assertThrows(IllegalArgumentException.class, () -> sum.writeRegion(new ByteArrayOutputStream(),
        new OutputRegion(2, 0, 2)));
    assertThrows(IllegalArgumentException.class, () -> sum.writeRegion(new ByteArrayOutputStream(),
        new OutputRegion(3, 4, 7)));
  }
}
