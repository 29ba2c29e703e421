package org.sepyarn.formats.geometry;

import java.util.Objects;

/**
 * How patches cut one axis: for each patch position along the axis, its outer run (the samples the
 * patch holds, overlap included) and its core run (the samples it owns: the cores partition the
 * axis). Two layouts:
 * <ul>
 *   <li>{@link #sep SEP's}: the axis cut into blocks by {@link AxisBlocks}, each widened by
 *       {@code noverlap} samples on each side and clipped at the data edges; the core is the
 *       block.</li>
 *   <li>{@link #claerbout Claerbout's}: {@code npatch} windows of {@code w} samples spread evenly,
 *       patch {@code i} starting at {@code i*(n-w)/(npatch-1)} (integer arithmetic). The overlap
 *       follows from {@code n}, {@code w} and {@code npatch}, so there is no overlap parameter. The
 *       core boundary between two neighbours is the middle of their overlap; the left patch owns
 *       the middle sample of an odd overlap.</li>
 * </ul>
 * Immutable.
 */
public final class AxisPatching {
  private final int axis;
  private final int n;
  private final String description;
  private final int[] outerStart;
  private final int[] outerEnd;
  private final int[] coreStart;

  private AxisPatching(int axis, int n, String description, int[] outerStart, int[] outerEnd, int[] coreStart) {
    this.axis = axis;
    this.n = n;
    this.description = description;
    this.outerStart = outerStart;
    this.outerEnd = outerEnd;
    this.coreStart = coreStart;
  }

  /**
   * SEP's patches along axis {@code axis} of {@code cube}: {@code nblock} blocks widened by
   * {@code noverlap} on each side. {@code noverlap} may be at most the smallest block, so that no
   * patch reaches past its neighbour's far edge.
   */
  public static AxisPatching sep(Hypercube cube, int axis, int nblock, int noverlap) {
    Objects.requireNonNull(cube, "cube");
    AxisRange.check(cube, axis);
    int n = cube.n(axis);
    AxisBlocks blocks = AxisBlocks.of(axis, n, nblock);
    if (noverlap < 0) {
      throw new IllegalArgumentException("noverlap=" + noverlap + " on axis " + axis + " is negative: allowed 0 to "
          + blocks.smallestSize());
    }
    if (noverlap > blocks.smallestSize()) {
      throw new IllegalArgumentException("noverlap=" + noverlap + " on axis " + axis + " is too large: allowed 0 to "
          + blocks.smallestSize() + " (the smallest block of n" + axis + "=" + n + " in " + nblock
          + " blocks), so that no patch reaches past its neighbour's far edge");
    }
    int[] os = new int[nblock];
    int[] oe = new int[nblock];
    int[] cs = new int[nblock];
    for (int i = 0; i < nblock; i++) {
      os[i] = Math.max(0, blocks.start(i) - noverlap);
      oe[i] = (int) Math.min(n, (long) blocks.end(i) + noverlap);
      cs[i] = blocks.start(i);
    }
    return new AxisPatching(axis, n, "sep nblock=" + nblock + " noverlap=" + noverlap, os, oe, cs);
  }

  /**
   * Claerbout's patches along axis {@code axis} of {@code cube}: {@code npatch} windows of
   * {@code window} samples spread evenly. Throws when the window is longer than the axis, when the
   * patches would leave samples uncovered (a single patch must span the whole axis), or when there
   * are more patches than distinct positions ({@code n - window + 1}).
   */
  public static AxisPatching claerbout(Hypercube cube, int axis, int window, int npatch) {
    Objects.requireNonNull(cube, "cube");
    AxisRange.check(cube, axis);
    int n = cube.n(axis);
    if (window < 1 || window > n) {
      throw new IllegalArgumentException("patch window " + window + " on axis " + axis + " is not allowed: need 1 <= "
          + "window <= n" + axis + "=" + n);
    }
    int positions = n - window + 1;
    if (npatch < 1 || npatch > positions) {
      throw new IllegalArgumentException("npatch=" + npatch + " on axis " + axis + " is not allowed: a window of "
          + window + " has " + positions + " distinct positions in n" + axis + "=" + n + ", so need 1 <= npatch <= "
          + positions);
    }
    int[] os = new int[npatch];
    int[] oe = new int[npatch];
    for (int i = 0; i < npatch; i++) {
      os[i] = npatch == 1 ? 0 : (int) ((long) i * (n - window) / (npatch - 1));
      oe[i] = os[i] + window;
    }
    if (oe[npatch - 1] != n) {
      throw new IllegalArgumentException("a single patch of window " + window + " on axis " + axis
          + " leaves samples " + window + " to " + (n - 1) + " of n" + axis + "=" + n
          + " uncovered: use window=" + n + " or more patches");
    }
    for (int i = 1; i < npatch; i++) {
      if (os[i] > oe[i - 1]) {
        throw new IllegalArgumentException(npatch + " patches of window " + window + " on axis " + axis
            + " leave samples " + oe[i - 1] + " to " + (os[i] - 1) + " of n" + axis + "=" + n
            + " uncovered: need npatch*window >= n" + axis + " (at least " + ceilDiv(n, window) + " patches)");
      }
    }
    int[] cs = new int[npatch];
    for (int i = 1; i < npatch; i++) {
      cs[i] = os[i] + (oe[i - 1] - os[i] + 1) / 2;
    }
    return new AxisPatching(axis, n, "claerbout window=" + window + " npatch=" + npatch, os, oe, cs);
  }

  /** A single patch covering the whole axis: how axes nobody cuts are patched. */
  static AxisPatching whole(int axis, int n) {
    return new AxisPatching(axis, n, "whole", new int[] {0}, new int[] {n}, new int[] {0});
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  /** The 1-based axis. */
  public int axis() {
    return axis;
  }

  /** Samples on the axis. */
  public int n() {
    return n;
  }

  /** Patch positions along the axis. */
  public int count() {
    return outerStart.length;
  }

  /** First sample of patch {@code i}'s outer run (overlap included). */
  public int outerStart(int i) {
    return outerStart[i];
  }

  /** Samples in patch {@code i}'s outer run. */
  public int outerCount(int i) {
    return outerEnd[i] - outerStart[i];
  }

  /** First sample patch {@code i} owns. */
  public int coreStart(int i) {
    return coreStart[i];
  }

  /** Samples patch {@code i} owns. */
  public int coreCount(int i) {
    return (i + 1 < coreStart.length ? coreStart[i + 1] : n) - coreStart[i];
  }

  @Override
  public String toString() {
    return "axis " + axis + " (n" + axis + "=" + n + "): " + description;
  }
}
