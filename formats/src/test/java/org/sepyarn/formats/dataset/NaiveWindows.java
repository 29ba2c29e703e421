package org.sepyarn.formats.dataset;

import java.util.Random;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/** Reference window extraction and insertion one element at a time, and random shapes, for property tests. */
final class NaiveWindows {
  private NaiveWindows() {
  }

  /** The bytes of {@code window} taken element by element from {@code all} (the whole cube in storage order). */
  static byte[] extract(byte[] all, Hypercube cube, Window window, int esize) {
    byte[] out = new byte[(int) window.elementCount() * esize];
    int[] index = new int[Hypercube.MAX_AXES];
    for (long e = 0; e < window.elementCount(); e++) {
      System.arraycopy(all, (int) linear(cube, window, index) * esize, out, (int) e * esize, esize);
      advance(index, window);
    }
    return out;
  }

  /** Writes {@code values} (the window's bytes in storage order) into {@code all} element by element. */
  static void insert(byte[] all, Hypercube cube, Window window, int esize, byte[] values) {
    int[] index = new int[Hypercube.MAX_AXES];
    for (long e = 0; e < window.elementCount(); e++) {
      System.arraycopy(values, (int) e * esize, all, (int) linear(cube, window, index) * esize, esize);
      advance(index, window);
    }
  }

  private static long linear(Hypercube cube, Window window, int[] index) {
    long position = 0;
    long stride = 1;
    for (int d = 0; d < Hypercube.MAX_AXES; d++) {
      position += (window.start(d) + index[d]) * stride;
      stride *= cube.n(d + 1);
    }
    return position;
  }

  private static void advance(int[] index, Window window) {
    for (int d = 0; d < index.length; d++) {
      if (++index[d] < window.count(d)) {
        return;
      }
      index[d] = 0;
    }
  }

  /** A cube of rank 1 to {@code maxRank} with lengths 1 to {@code maxN}. */
  static Hypercube randomCube(Random random, int maxRank, int maxN) {
    int[] n = new int[1 + random.nextInt(maxRank)];
    for (int i = 0; i < n.length; i++) {
      n[i] = 1 + random.nextInt(maxN);
    }
    return Hypercube.ofLengths(n);
  }

  /** A window inside {@code cube}; each axis is spanned fully a third of the time, to exercise run merging. */
  static Window randomWindow(Random random, Hypercube cube) {
    int rank = cube.rank() + random.nextInt(2);
    int[] start = new int[rank];
    int[] count = new int[rank];
    for (int i = 0; i < rank; i++) {
      int n = cube.n(i + 1);
      if (random.nextInt(3) == 0) {
        start[i] = 0;
        count[i] = n;
      } else {
        start[i] = random.nextInt(n);
        count[i] = 1 + random.nextInt(n - start[i]);
      }
    }
    return new Window(start, count);
  }

  static byte[] randomBytes(Random random, int length) {
    byte[] b = new byte[length];
    random.nextBytes(b);
    return b;
  }
}
