package org.sepyarn.formats.merge;

import java.util.Arrays;
import org.sepyarn.formats.dataset.WindowSource;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/** A dataset held in a byte array, read by window; remembers the largest window it was asked for. */
final class InMemorySource implements WindowSource {
  private final Hypercube cube;
  private final ElementFormat format;
  private final byte[] data;
  private long largestRead;
  private int reads;

  InMemorySource(Hypercube cube, ElementFormat format, byte[] data) {
    if (data.length != cube.elementCount() * format.esize()) {
      throw new IllegalArgumentException(data.length + " bytes do not hold " + cube + " of " + format);
    }
    this.cube = cube;
    this.format = format;
    this.data = data;
  }

  /** A dataset whose samples are {@code values} (components interleaved), encoded in {@code format}. */
  static InMemorySource ofValues(Hypercube cube, ElementFormat format, double[] values) {
    byte[] bytes = new byte[(int) cube.elementCount() * format.esize()];
    format.encode(values, 0, bytes, 0, (int) cube.elementCount());
    return new InMemorySource(cube, format, bytes);
  }

  /** A copy of the samples of {@code window}, as a dataset of its own (what an identity program outputs). */
  InMemorySource cut(Window window) {
    byte[] bytes = new byte[(int) window.elementCount() * format.esize()];
    readWindowQuietly(window, bytes);
    return new InMemorySource(Hypercube.ofLengths(window.counts()), format, bytes);
  }

  byte[] bytes() {
    return data.clone();
  }

  long largestRead() {
    return largestRead;
  }

  int reads() {
    return reads;
  }

  @Override
  public Hypercube cube() {
    return cube;
  }

  @Override
  public ElementFormat format() {
    return format;
  }

  @Override
  public void readWindow(Window window, byte[] dst, int offset) {
    window.checkFits(cube);
    largestRead = Math.max(largestRead, window.elementCount());
    reads++;
    byte[] out = new byte[(int) window.elementCount() * format.esize()];
    readWindowQuietly(window, out);
    System.arraycopy(out, 0, dst, offset, out.length);
  }

  private void readWindowQuietly(Window window, byte[] out) {
    int rank = Math.max(window.rank(), cube.rank());
    int esize = format.esize();
    int[] index = new int[rank];
    int row = window.count(0) * esize;
    int at = 0;
    while (true) {
      long offset = 0;
      long stride = 1;
      for (int d = 0; d < rank; d++) {
        offset += (long) (window.start(d) + index[d]) * stride;
        stride *= cube.n(d + 1);
      }
      System.arraycopy(data, (int) offset * esize, out, at, row);
      at += row;
      int d = 1;
      while (d < rank && ++index[d] == window.count(d)) {
        index[d] = 0;
        d++;
      }
      if (d >= rank) {
        return;
      }
    }
  }

  @Override
  public String toString() {
    return "in-memory " + cube + " " + format + " " + Arrays.hashCode(data);
  }
}
