package org.sepyarn.formats.dataset;

import java.io.IOException;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/**
 * The contiguous byte runs a window occupies in a binary stored axis 1 fastest, in window order.
 * Leading axes that the window spans fully merge with the first axis it cuts, so one run covers
 * several rows; a window of the whole cube is a single run.
 */
final class WindowRuns {
  /** Receives one run. */
  @FunctionalInterface
  interface RunVisitor {
    /** A run of {@code length} bytes at byte {@code position} of the binary. */
    void run(long position, long length) throws IOException;
  }

  private static final int DIMS = Hypercube.MAX_AXES;

  private final long[] stride = new long[DIMS];
  private final int[] start = new int[DIMS];
  private final int[] count = new int[DIMS];
  /** The first dimension the window does not span fully, or DIMS. */
  private final int cut;
  private final long runBytes;

  WindowRuns(Hypercube cube, Window window, int esize) {
    window.checkFits(cube);
    long s = esize;
    for (int i = 0; i < DIMS; i++) {
      stride[i] = s;
      s = Math.multiplyExact(s, (long) cube.n(i + 1));
      start[i] = window.start(i);
      count[i] = window.count(i);
    }
    int c = 0;
    while (c < DIMS && start[c] == 0 && count[c] == cube.n(c + 1)) {
      c++;
    }
    cut = c;
    runBytes = c == DIMS ? s : stride[c] * count[c];
  }

  /** Bytes in each run. */
  long runBytes() {
    return runBytes;
  }

  /** How many runs the window makes. */
  long runCount() {
    long runs = 1;
    for (int i = cut + 1; i < DIMS; i++) {
      runs *= count[i];
    }
    return runs;
  }

  /** Visits every run in window order (the order the window's samples are stored). */
  void forEach(RunVisitor visitor) throws IOException {
    if (cut == DIMS) {
      visitor.run(0, runBytes);
      return;
    }
    int[] index = new int[DIMS];
    long base = (long) start[cut] * stride[cut];
    while (true) {
      long position = base;
      for (int i = cut + 1; i < DIMS; i++) {
        position += (start[i] + index[i]) * stride[i];
      }
      visitor.run(position, runBytes);
      int d = cut + 1;
      while (d < DIMS && ++index[d] == count[d]) {
        index[d] = 0;
        d++;
      }
      if (d == DIMS) {
        return;
      }
    }
  }
}
