package org.sepyarn.formats.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/** Test data: random cubes and datasets. */
final class Pieces {
  private Pieces() {
  }

  static Hypercube randomCube(Random random, int maxRank, int maxN) {
    int[] n = new int[1 + random.nextInt(maxRank)];
    for (int d = 0; d < n.length; d++) {
      n[d] = 1 + random.nextInt(maxN);
    }
    return Hypercube.ofLengths(n);
  }

  static InMemorySource randomBytes(Random random, Hypercube cube, ElementFormat format) {
    byte[] bytes = new byte[(int) cube.elementCount() * format.esize()];
    random.nextBytes(bytes);
    return new InMemorySource(cube, format, bytes);
  }

  /** Whole numbers every format stores exactly (0 to 100, or -50 to 50 for signed kinds). */
  static InMemorySource randomWholeNumbers(Random random, Hypercube cube, ElementFormat format) {
    double[] values = new double[(int) cube.elementCount() * format.components()];
    boolean unsigned = format.kind() == ElementFormat.Kind.UCHAR;
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextInt(101) - (unsigned ? 0 : 50);
    }
    return InMemorySource.ofValues(cube, format, values);
  }

  static InMemorySource randomFloats(Random random, Hypercube cube) {
    double[] values = new double[(int) cube.elementCount()];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) (random.nextGaussian() * 100);
    }
    return InMemorySource.ofValues(cube, ElementFormat.NATIVE_FLOAT, values);
  }

  static List<PlacedPiece> cutAll(InMemorySource input, List<Window> windows) {
    List<PlacedPiece> pieces = new ArrayList<>();
    for (Window w : windows) {
      pieces.add(new PlacedPiece(input.cut(w), w));
    }
    return pieces;
  }

  static double[] values(byte[] bytes, ElementFormat format) {
    int samples = bytes.length / format.esize();
    double[] v = new double[samples * format.components()];
    format.decode(bytes, 0, v, 0, samples);
    return v;
  }
}
