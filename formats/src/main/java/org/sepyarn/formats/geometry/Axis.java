package org.sepyarn.formats.geometry;

import java.util.Objects;

/**
 * One axis of a regular dataset: {@code n} samples starting at {@code o} with spacing {@code d}.
 * Immutable; the constructor rejects values SEPlib could not represent.
 */
public final class Axis {
  private final int n;
  private final double o;
  private final double d;
  private final String label;
  private final String unit;

  public Axis(int n, double o, double d, String label, String unit) {
    if (n < 1) {
      throw new IllegalArgumentException("axis length n=" + n + " is not allowed: n must be at least 1");
    }
    if (!Double.isFinite(o)) {
      throw new IllegalArgumentException("axis origin o=" + o + " is not a finite number");
    }
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("axis sampling d=" + d + " is not a finite number");
    }
    this.n = n;
    this.o = o;
    this.d = d;
    this.label = label == null ? "" : label;
    this.unit = unit == null ? "" : unit;
  }

  public Axis(int n, double o, double d) {
    this(n, o, d, "", "");
  }

  /** An axis of {@code n} samples with SEPlib's defaults o=0, d=1. */
  public static Axis ofLength(int n) {
    return new Axis(n, 0, 1);
  }

  public int n() {
    return n;
  }

  public double o() {
    return o;
  }

  public double d() {
    return d;
  }

  public String label() {
    return label;
  }

  public String unit() {
    return unit;
  }

  /** The coordinate of sample {@code i} (0-based). */
  public double coordinate(long i) {
    return o + i * d;
  }

  /** The same axis with another length, keeping origin, sampling, label and unit. */
  public Axis withN(int newN) {
    return new Axis(newN, o, d, label, unit);
  }

  /** The sub-axis of {@code count} samples starting at sample {@code start}: its origin moves. */
  public Axis window(int start, int count) {
    if (start < 0 || count < 1 || (long) start + count > n) {
      throw new IllegalArgumentException("window start=" + start + " count=" + count
          + " does not fit in an axis of n=" + n + " (need 0 <= start and start+count <= " + n + ")");
    }
    return new Axis(count, coordinate(start), d, label, unit);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Axis)) {
      return false;
    }
    Axis a = (Axis) other;
    return n == a.n && Double.compare(o, a.o) == 0 && Double.compare(d, a.d) == 0
        && label.equals(a.label) && unit.equals(a.unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(n, o, d, label, unit);
  }

  @Override
  public String toString() {
    return "n=" + n + " o=" + o + " d=" + d
        + (label.isEmpty() ? "" : " label=\"" + label + "\"")
        + (unit.isEmpty() ? "" : " unit=\"" + unit + "\"");
  }
}
