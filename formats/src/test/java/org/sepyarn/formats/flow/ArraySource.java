package org.sepyarn.formats.flow;

import org.sepyarn.formats.dataset.WindowSource;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/**
 * A dataset held in a byte array, read sample by sample (a slow, obvious reference); remembers the
 * largest window it was asked for.
 */
final class ArraySource implements WindowSource {
  private final Hypercube cube;
  private final ElementFormat format;
  private final byte[] data;
  private long largestRead;

  ArraySource(Hypercube cube, ElementFormat format, byte[] data) {
    if (data.length != cube.elementCount() * format.esize()) {
      throw new IllegalArgumentException(data.length + " bytes do not hold " + cube + " of " + format);
    }
    this.cube = cube;
    this.format = format;
    this.data = data.clone();
  }

  /** The samples of {@code window} as a dataset of their own, as a task that copied them would write. */
  ArraySource cut(Window window) {
    byte[] bytes = new byte[(int) window.elementCount() * format.esize()];
    readWindow(window, bytes, 0);
    largestRead = 0;
    return new ArraySource(cube.window(window), format, bytes);
  }

  /** This dataset with the samples of {@code window} (relative to it) overwritten by {@code fill}. */
  ArraySource spoiled(Window window, byte fill) {
    byte[] bytes = data.clone();
    int esize = format.esize();
    for (long i = 0; i < window.elementCount(); i++) {
      long at = offsetOf(window, i);
      for (int b = 0; b < esize; b++) {
        bytes[(int) at * esize + b] = fill;
      }
    }
    return new ArraySource(cube, format, bytes);
  }

  long largestRead() {
    return largestRead;
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
    int esize = format.esize();
    for (long i = 0; i < window.elementCount(); i++) {
      System.arraycopy(data, (int) offsetOf(window, i) * esize, dst, offset + (int) i * esize, esize);
    }
  }

  /** Where the {@code i}-th sample of {@code window} in storage order is in this dataset. */
  private long offsetOf(Window window, long i) {
    long rest = i;
    long at = 0;
    long stride = 1;
    for (int d = 0; d < Math.max(window.rank(), cube.rank()); d++) {
      long index = rest % window.count(d);
      rest /= window.count(d);
      at += (window.start(d) + index) * stride;
      stride *= cube.n(d + 1);
    }
    return at;
  }
}
