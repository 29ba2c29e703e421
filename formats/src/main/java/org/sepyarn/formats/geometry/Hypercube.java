package org.sepyarn.formats.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The regular grid of a dataset: one to nine axes, axis 1 the fastest in storage. Axes are
 * numbered from 1 as in SEPlib ({@code n1}, {@code n2}, ...). Immutable.
 */
public final class Hypercube {
  /** SEPlib's limit on the number of axes. */
  public static final int MAX_AXES = 9;

  private final List<Axis> axes;

  public Hypercube(List<Axis> axes) {
    if (axes == null || axes.isEmpty()) {
      throw new IllegalArgumentException("a hypercube needs at least one axis");
    }
    if (axes.size() > MAX_AXES) {
      throw new IllegalArgumentException("a hypercube has at most " + MAX_AXES + " axes, got " + axes.size());
    }
    this.axes = Collections.unmodifiableList(new ArrayList<>(axes));
    long total = 1;
    for (Axis a : axes) {
      total = Math.multiplyExact(total, (long) a.n());
    }
  }

  public static Hypercube of(Axis... axes) {
    return new Hypercube(Arrays.asList(axes));
  }

  /** A cube with the given lengths and default origin and sampling. */
  public static Hypercube ofLengths(int... n) {
    List<Axis> list = new ArrayList<>();
    for (int len : n) {
      list.add(Axis.ofLength(len));
    }
    return new Hypercube(list);
  }

  /** Number of axes stored (trailing axes of length 1 count if they were given). */
  public int rank() {
    return axes.size();
  }

  /** Axis {@code k}, 1-based; axes beyond {@link #rank()} up to 9 are length-1 axes. */
  public Axis axis(int k) {
    checkAxisNumber(k);
    return k <= axes.size() ? axes.get(k - 1) : Axis.ofLength(1);
  }

  public int n(int k) {
    return axis(k).n();
  }

  public List<Axis> axes() {
    return axes;
  }

  /** Lengths of the stored axes, index 0 is axis 1. */
  public int[] lengths() {
    int[] n = new int[axes.size()];
    for (int i = 0; i < n.length; i++) {
      n[i] = axes.get(i).n();
    }
    return n;
  }

  public long elementCount() {
    long total = 1;
    for (Axis a : axes) {
      total *= a.n();
    }
    return total;
  }

  /** The same cube with axis {@code k} replaced. Axes beyond the rank are added as needed. */
  public Hypercube withAxis(int k, Axis axis) {
    checkAxisNumber(k);
    List<Axis> list = new ArrayList<>(axes);
    while (list.size() < k) {
      list.add(Axis.ofLength(1));
    }
    list.set(k - 1, axis);
    return new Hypercube(list);
  }

  /** The sub-cube a window selects: lengths and origins follow the window. */
  public Hypercube window(Window w) {
    w.checkFits(this);
    List<Axis> list = new ArrayList<>();
    for (int i = 0; i < w.rank(); i++) {
      list.add(axis(i + 1).window(w.start(i), w.count(i)));
    }
    return new Hypercube(list);
  }

  /** The window covering the whole cube. */
  public Window fullWindow() {
    return Window.whole(lengths());
  }

  private static void checkAxisNumber(int k) {
    if (k < 1 || k > MAX_AXES) {
      throw new IllegalArgumentException("axis " + k + " is out of range: axes are numbered 1 to " + MAX_AXES);
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Hypercube)) {
      return false;
    }
    Hypercube h = (Hypercube) other;
    int rank = Math.max(rank(), h.rank());
    for (int k = 1; k <= rank; k++) {
      if (!axis(k).equals(h.axis(k))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    int last = axes.size();
    while (last > 1 && axes.get(last - 1).equals(Axis.ofLength(1))) {
      last--;
    }
    for (int i = 0; i < last; i++) {
      h = 31 * h + axes.get(i).hashCode();
    }
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < axes.size(); i++) {
      sb.append(i == 0 ? "" : " ").append("n").append(i + 1).append('=').append(axes.get(i).n());
    }
    return sb.toString();
  }
}
