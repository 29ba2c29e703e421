package org.sepyarn.formats.merge;

import java.util.function.LongToDoubleFunction;
import org.sepyarn.formats.dataset.WindowSource;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/**
 * A virtual dataset of any size that stores nothing: the window {@code placement} of a global grid
 * whose sample at linear index {@code g} (axis 1 fastest) has the value {@code value(g)} (real
 * formats; complex samples get {@code value(g)} and {@code -value(g)}).
 */
final class ProceduralSource implements WindowSource {
  private final int[] globalN;
  private final Window placement;
  private final Hypercube cube;
  private final ElementFormat format;
  private final LongToDoubleFunction value;

  ProceduralSource(int[] globalN, Window placement, ElementFormat format, LongToDoubleFunction value) {
    this.globalN = globalN.clone();
    this.placement = placement;
    this.cube = Hypercube.ofLengths(placement.counts());
    this.format = format;
    this.value = value;
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
    int rank = globalN.length;
    int n0 = window.count(0);
    int components = format.components();
    double[] row = new double[n0 * components];
    int rowBytes = n0 * format.esize();
    int[] index = new int[rank];
    int at = offset;
    while (true) {
      long g = 0;
      long stride = 1;
      for (int d = 0; d < rank; d++) {
        g += (long) (placement.start(d) + window.start(d) + index[d]) * stride;
        stride *= globalN[d];
      }
      if (components == 1) {
        for (int x = 0; x < n0; x++) {
          row[x] = value.applyAsDouble(g + x);
        }
      } else {
        for (int x = 0; x < n0; x++) {
          double v = value.applyAsDouble(g + x);
          row[2 * x] = v;
          row[2 * x + 1] = -v;
        }
      }
      format.encode(row, 0, dst, at, n0);
      at += rowBytes;
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
}
