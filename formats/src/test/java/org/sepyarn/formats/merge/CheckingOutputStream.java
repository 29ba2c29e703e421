package org.sepyarn.formats.merge;

import java.io.OutputStream;
import java.util.function.LongToDoubleFunction;
import org.sepyarn.formats.element.ElementFormat;

/**
 * An output stream that keeps nothing: it decodes the samples written to it as they arrive and
 * compares each with {@code expected(linear index)} to within {@code tolerance}, failing at the
 * first mismatch. Real formats only.
 */
final class CheckingOutputStream extends OutputStream {
  private final ElementFormat format;
  private final LongToDoubleFunction expected;
  private final double tolerance;
  private final byte[] carry;
  private int carried;
  private double[] values = new double[0];
  private long samples;
  private long bytes;

  CheckingOutputStream(ElementFormat format, LongToDoubleFunction expected, double tolerance) {
    if (format.components() != 1) {
      throw new IllegalArgumentException("checks real formats only, not " + format);
    }
    this.format = format;
    this.expected = expected;
    this.tolerance = tolerance;
    this.carry = new byte[format.esize()];
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    bytes += len;
    int esize = format.esize();
    while (carried > 0 && len > 0) {
      carry[carried++] = b[off++];
      len--;
      if (carried == esize) {
        check(carry, 0, 1);
        carried = 0;
      }
    }
    int whole = len / esize;
    check(b, off, whole);
    for (int i = whole * esize; i < len; i++) {
      carry[carried++] = b[off + i];
    }
  }

  private void check(byte[] b, int off, int count) {
    if (values.length < count) {
      values = new double[count];
    }
    format.decode(b, off, values, 0, count);
    for (int i = 0; i < count; i++) {
      double want = expected.applyAsDouble(samples + i);
      if (!(Math.abs(values[i] - want) <= tolerance)) {
        throw new AssertionError("sample " + (samples + i) + " is " + values[i] + ", expected " + want);
      }
    }
    samples += count;
  }

  long bytes() {
    return bytes;
  }

  long samples() {
    return samples;
  }
}
