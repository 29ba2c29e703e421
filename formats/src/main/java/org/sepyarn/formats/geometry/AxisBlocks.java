package org.sepyarn.formats.geometry;

/**
 * SEP's rule for cutting the {@code n} samples of one axis into {@code nblock} blocks:
 * {@code n / nblock} samples each, the remainder {@code n % nblock} going one each to the first
 * blocks. For n=10 and nblock=3 the blocks hold 4, 3 and 3 samples. Immutable.
 */
public final class AxisBlocks {
  private final int axis;
  private final int n;
  private final int nblock;

  private AxisBlocks(int axis, int n, int nblock) {
    this.axis = axis;
    this.n = n;
    this.nblock = nblock;
  }

  /**
   * The blocks of axis {@code axis} (1-based, used in messages), which has {@code n} samples.
   * Throws when {@code nblock} is below 1 or above {@code n}.
   */
  public static AxisBlocks of(int axis, int n, int nblock) {
    if (n < 1) {
      throw new IllegalArgumentException("n" + axis + "=" + n + " on axis " + axis + " is not allowed: need at least 1 sample");
    }
    if (nblock < 1) {
      throw new IllegalArgumentException("nblock=" + nblock + " on axis " + axis + " is not allowed: need 1 <= nblock <= n"
          + axis + "=" + n);
    }
    if (nblock > n) {
      throw new IllegalArgumentException("nblock=" + nblock + " > n" + axis + "=" + n + " samples on axis " + axis
          + ": at most " + n + " blocks");
    }
    return new AxisBlocks(axis, n, nblock);
  }

  /** The 1-based axis these blocks cut. */
  public int axis() {
    return axis;
  }

  /** Samples on the axis. */
  public int n() {
    return n;
  }

  /** Number of blocks. */
  public int count() {
    return nblock;
  }

  /** First sample (0-based) of block {@code i}. */
  public int start(int i) {
    checkIndex(i);
    return i * (n / nblock) + Math.min(i, n % nblock);
  }

  /** Samples in block {@code i}. */
  public int size(int i) {
    checkIndex(i);
    return n / nblock + (i < n % nblock ? 1 : 0);
  }

  /** Exclusive end of block {@code i}. */
  public int end(int i) {
    return start(i) + size(i);
  }

  /** Samples in the smallest block (the last one). */
  public int smallestSize() {
    return n / nblock;
  }

  private void checkIndex(int i) {
    if (i < 0 || i >= nblock) {
      throw new IndexOutOfBoundsException("block " + i + " on axis " + axis + " does not exist: blocks are 0 to "
          + (nblock - 1));
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AxisBlocks && ((AxisBlocks) other).axis == axis && ((AxisBlocks) other).n == n
        && ((AxisBlocks) other).nblock == nblock;
  }

  @Override
  public int hashCode() {
    return (axis * 31 + n) * 31 + nblock;
  }

  @Override
  public String toString() {
    return "axis " + axis + ": n" + axis + "=" + n + " in " + nblock + " blocks";
  }
}
