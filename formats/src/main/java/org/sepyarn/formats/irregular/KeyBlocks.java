package org.sepyarn.formats.irregular;

import java.util.Objects;

/**
 * The blocks of one header key: {@code [min, max]} cut into {@code count} blocks of equal width in
 * the key's units, each widened by {@code overlap} on both sides. Block {@code j} covers
 * {@code [start(j), end(j))}, the last one also its end; widened, it covers
 * {@code [start(j) - overlap, end(j) + overlap)}, the last one again including its end. Without
 * overlap every value in {@code [min, max]} falls in exactly one block. Immutable.
 */
public final class KeyBlocks {
  private final String key;
  private final double min;
  private final double max;
  private final int count;
  private final double overlap;

  private KeyBlocks(String key, double min, double max, int count, double overlap) {
    this.key = key;
    this.min = min;
    this.max = max;
    this.count = count;
    this.overlap = overlap;
  }

  /**
   * @throws IllegalArgumentException naming the key when a value is not usable
   */
  public static KeyBlocks over(String key, double min, double max, int count, double overlap) {
    Objects.requireNonNull(key, "key");
    if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
      throw new IllegalArgumentException("key " + key + ": the range [" + min + ", " + max + "] is not a range of "
          + "finite numbers with min <= max");
    }
    if (count < 1) {
      throw new IllegalArgumentException("key " + key + ": blocks=" + count + " is not allowed: at least 1 block");
    }
    if (!Double.isFinite(overlap) || overlap < 0) {
      throw new IllegalArgumentException("key " + key + ": overlap=" + overlap + " is not allowed: the overlap is a "
          + "finite number >= 0 in the key's units");
    }
    return new KeyBlocks(key, min, max, count, overlap);
  }

  public String key() {
    return key;
  }

  public double min() {
    return min;
  }

  public double max() {
    return max;
  }

  public int count() {
    return count;
  }

  public double overlap() {
    return overlap;
  }

  public double start(int j) {
    return j == 0 ? min : min + (max - min) * j / count;
  }

  public double end(int j) {
    return j == count - 1 ? max : start(j + 1);
  }

  /** Whether {@code value} falls in block {@code j} widened by the overlap. */
  public boolean contains(int j, double value) {
    double lower = start(j) - overlap;
    double upper = end(j) + overlap;
    return value >= lower && (value < upper || (j == count - 1 && value <= upper));
  }

  /** The first block whose widened range may contain {@code value}; with {@link #lastCandidate} a superset. */
  int firstCandidate(double value) {
    if (max == min) {
      return 0;
    }
    double width = (max - min) / count;
    return clamp((int) Math.floor((value - overlap - min) / width) - 1);
  }

  int lastCandidate(double value) {
    if (max == min) {
      return count - 1;
    }
    double width = (max - min) / count;
    return clamp((int) Math.floor((value + overlap - min) / width) + 1);
  }

  private int clamp(int j) {
    return Math.max(0, Math.min(count - 1, j));
  }

  @Override
  public String toString() {
    return key + " [" + min + ", " + max + "] in " + count + " blocks, overlap " + overlap;
  }
}
