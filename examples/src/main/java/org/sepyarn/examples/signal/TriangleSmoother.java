package org.sepyarn.examples.signal;

/**
 * Triangle smoothing of half-length {@code rect} along one line of samples, as Madagascar's
 * {@code sfsmooth rect=}: the output is the input convolved with the triangle
 * {@code w(k) = (rect - |k|) / rect^2} for {@code |k| < rect} (weights summing to 1; {@code rect=1}
 * is the identity), computed as two running box filters of length {@code rect} (one causal, one
 * anti-causal) in {@code O(n)} per line whatever the length.
 *
 * <p>Ends: the line is extended by mirror images about its end points, repeating the end sample
 * ({@code x[-1] = x[0]}, {@code x[-2] = x[1]}, ..., period {@code 2n}), before filtering. The
 * resulting operator is symmetric with every row and every column summing to 1: a constant stays
 * that constant (to within rounding), and the sum of the samples (the "energy" a spike carries) is preserved,
 * nothing leaks off the ends. Not thread-safe (reuses its work arrays).
 */
public final class TriangleSmoother {
  private final int rect;
  private double[] padded = new double[0];
  private double[] box = new double[0];

  public TriangleSmoother(int rect) {
    if (rect < 1) {
      throw new IllegalArgumentException("triangle half-length rect=" + rect + " is not allowed: it must be at least "
          + "1 (1 means no smoothing)");
    }
    this.rect = rect;
  }

  public int rect() {
    return rect;
  }

  /** Smooths the {@code n} samples {@code data[offset + i * stride]} in place. */
  public void smooth(double[] data, int offset, int stride, int n) {
    if (rect == 1 || n < 1) {
      return;
    }
    int pad = rect - 1;
    int len = n + 2 * pad;
    if (padded.length < len) {
      padded = new double[len];
      box = new double[len];
    }
    for (int k = 0; k < len; k++) {
      padded[k] = data[offset + mirror(k - pad, n) * stride];
    }
    // causal box: box[k] = mean of padded[k - rect + 1 .. k], for k >= rect - 1
    double sum = 0;
    for (int k = 0; k < len; k++) {
      sum += padded[k];
      if (k >= rect) {
        sum -= padded[k - rect];
      }
      box[k] = sum / rect;
    }
    // anti-causal box centred back on the input: y[i] = mean of box[i + pad .. i + pad + rect - 1]
    sum = 0;
    for (int k = pad; k < pad + rect - 1; k++) {
      sum += box[k];
    }
    for (int i = 0; i < n; i++) {
      sum += box[i + pad + rect - 1];
      data[offset + i * stride] = sum / rect;
      sum -= box[i + pad];
    }
  }

  /** Index {@code j} (any integer) folded into {@code 0..n-1} by mirror images repeating the end samples. */
  static int mirror(int j, int n) {
    int q = Math.floorMod(j, 2 * n);
    return q < n ? q : 2 * n - 1 - q;
  }
}
