package org.sepyarn.formats.merge;

import java.io.IOException;
import java.util.Arrays;
import org.sepyarn.formats.dataset.WindowSource;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Window;

/**
 * The sample-by-sample sum of the same window of several pieces: each piece's samples decoded to
 * double and added in the order the pieces come, the total encoded back to the pieces' format
 * (integer formats round and clamp). Whoever adds the same pieces in the same order gets the same
 * bytes: the merge of a summed output and a reading task's window of a summed intermediate agree
 * bit for bit. Mutable; reused from window to window, each at most {@code maxSamples} samples.
 */
public final class SampleSum {
  private final ElementFormat format;
  private final int maxSamples;
  private final byte[] bytes;
  private final double[] values;
  private final double[] sum;
  private int samples;

  public SampleSum(ElementFormat format, int maxSamples) {
    if (maxSamples < 1) {
      throw new IllegalArgumentException("a sum of at least 1 sample, not " + maxSamples);
    }
    this.format = format;
    this.maxSamples = maxSamples;
    this.bytes = new byte[Math.multiplyExact(maxSamples, format.esize())];
    this.values = new double[Math.multiplyExact(maxSamples, format.components())];
    this.sum = new double[values.length];
  }

  /** Working memory per sample: its bytes, and its components as a value and a running sum. */
  public static int bytesPerSample(ElementFormat format) {
    return format.esize() + 16 * format.components();
  }

  /** Samples the largest window may hold. */
  public int maxSamples() {
    return maxSamples;
  }

  /** Starts a new sum of {@code count} samples, all zero. */
  public void reset(int count) {
    if (count < 1 || count > maxSamples) {
      throw new IllegalArgumentException("a window of " + count + " samples: this sum holds 1 to " + maxSamples);
    }
    samples = count;
    Arrays.fill(sum, 0, count * format.components(), 0.0);
  }

  /** Adds {@code window} of {@code piece}, which must hold as many samples as the sum. */
  public void add(WindowSource piece, Window window) throws IOException {
    if (window.elementCount() != samples) {
      throw new IllegalArgumentException("window " + window + " of " + piece + " has " + window.elementCount()
          + " samples, the sum " + samples);
    }
    piece.readWindow(window, bytes, 0);
    format.decode(bytes, 0, values, 0, samples);
    int length = samples * format.components();
    for (int j = 0; j < length; j++) {
      sum[j] += values[j];
    }
  }

  /** The sum so far, encoded: the first {@code samples * esize} bytes of the array returned, valid until the next add. */
  public byte[] encoded() {
    format.encode(sum, 0, bytes, 0, samples);
    return bytes;
  }
}
