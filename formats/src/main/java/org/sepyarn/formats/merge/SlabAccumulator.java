package org.sepyarn.formats.merge;

import java.util.Arrays;
import org.sepyarn.formats.geometry.Window;

/**
 * The running weighted sums of one slab of a blend: weight times value and weight, per output
 * sample, then their quotient. Mutable; reused from slab to slab.
 */
final class SlabAccumulator {
  private final int components;
  private final int rank;
  private final double[] sums;
  private final double[] weights;
  private final double[] rowWeights;
  private Window slab;

  SlabAccumulator(int maxSamples, int components, int rank) {
    this.components = components;
    this.rank = rank;
    this.sums = new double[maxSamples * components];
    this.weights = new double[maxSamples];
    this.rowWeights = new double[maxSamples];
  }

  void reset(Window newSlab) {
    this.slab = newSlab;
    int samples = (int) newSlab.elementCount();
    Arrays.fill(sums, 0, samples * components, 0.0);
    Arrays.fill(weights, 0, samples, 0.0);
  }

  /**
   * Adds the samples of {@code part} (a window of the slab, decoded into {@code values} in storage
   * order) of patch {@code patch}, placed at {@code placement}, with their taper weights.
   */
  void add(double[] values, Window part, TriangleTaper taper, int patch, Window placement) {
    int n0 = part.count(0);
    int first0 = part.start(0) - placement.start(0);
    for (int x = 0; x < n0; x++) {
      rowWeights[x] = taper.rawAxisWeight(patch, 0, first0 + x);
    }
    RowCursor rows = new RowCursor(part, slab, rank, 1);
    int src = 0;
    while (rows.next()) {
      double outer = 1.0;
      for (int d = 1; d < rank; d++) {
        outer *= taper.rawAxisWeight(patch, d, rows.coordinate(d) - placement.start(d));
      }
      int dst = rows.offset();
      if (components == 1) {
        addRow(values, src, dst, n0, outer);
      } else {
        addComplexRow(values, src, dst, n0, outer);
      }
      src += n0;
    }
  }

  private void addRow(double[] values, int src, int dst, int n0, double outer) {
    for (int x = 0; x < n0; x++) {
      double w = outer * rowWeights[x];
      sums[dst + x] += w * values[src + x];
      weights[dst + x] += w;
    }
  }

  private void addComplexRow(double[] values, int src, int dst, int n0, double outer) {
    for (int x = 0; x < n0; x++) {
      double w = outer * rowWeights[x];
      int s = 2 * (src + x);
      int t = 2 * (dst + x);
      sums[t] += w * values[s];
      sums[t + 1] += w * values[s + 1];
      weights[dst + x] += w;
    }
  }

  /** The first of the slab's samples no patch weighted, or -1. */
  int firstUnweighted(int samples) {
    for (int i = 0; i < samples; i++) {
      if (!(weights[i] > 0)) {
        return i;
      }
    }
    return -1;
  }

  /** Divides each sum by its weight; call when every weight is positive. */
  void normalise(int samples) {
    if (components == 1) {
      for (int i = 0; i < samples; i++) {
        sums[i] /= weights[i];
      }
    } else {
      for (int i = 0; i < samples; i++) {
        sums[2 * i] /= weights[i];
        sums[2 * i + 1] /= weights[i];
      }
    }
  }

  /** The weighted sums, normalised once {@link #normalise} has run. */
  double[] sums() {
    return sums;
  }
}
