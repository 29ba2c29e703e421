package org.sepyarn.formats.geometry;

import java.util.Arrays;
import java.util.Optional;

/**
 * A hyper-rectangular selection of samples: along each dimension a run of {@code count}
 * samples starting at {@code start}. Dimensions are 0-based here ({@code start(0)} is along
 * axis 1); dimensions beyond {@link #rank()} select their single sample 0. Immutable.
 *
 * <p>{@link #toString()} gives {@code [s0:e0,s1:e1,...]} with exclusive ends, which
 * {@link #parse(String)} reads back.
 */
public final class Window {
  private final int[] start;
  private final int[] count;

  public Window(int[] start, int[] count) {
    if (start.length != count.length) {
      throw new IllegalArgumentException("window has " + start.length + " starts but " + count.length + " counts");
    }
    if (start.length < 1 || start.length > Hypercube.MAX_AXES) {
      throw new IllegalArgumentException("a window has 1 to " + Hypercube.MAX_AXES + " dimensions, got " + start.length);
    }
    for (int i = 0; i < start.length; i++) {
      if (start[i] < 0) {
        throw new IllegalArgumentException("window start " + start[i] + " on axis " + (i + 1) + " is negative");
      }
      if (count[i] < 1) {
        throw new IllegalArgumentException("window count " + count[i] + " on axis " + (i + 1) + " must be at least 1");
      }
      if ((long) start[i] + count[i] > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("window on axis " + (i + 1) + " ends past " + Integer.MAX_VALUE);
      }
    }
    this.start = start.clone();
    this.count = count.clone();
  }

  /** The window of every sample of a grid with these lengths. */
  public static Window whole(int... n) {
    return new Window(new int[n.length], n);
  }

  public int rank() {
    return start.length;
  }

  public int start(int dim) {
    return dim < start.length ? start[dim] : 0;
  }

  public int count(int dim) {
    return dim < count.length ? count[dim] : 1;
  }

  /** Exclusive end along a dimension. */
  public int end(int dim) {
    return start(dim) + count(dim);
  }

  public int[] starts() {
    return start.clone();
  }

  public int[] counts() {
    return count.clone();
  }

  public long elementCount() {
    long total = 1;
    for (int c : count) {
      total *= c;
    }
    return total;
  }

  /** The same window with one dimension replaced. */
  public Window with(int dim, int newStart, int newCount) {
    int rank = Math.max(rank(), dim + 1);
    int[] s = Arrays.copyOf(start, rank);
    int[] c = Arrays.copyOf(count, rank);
    for (int i = rank(); i < rank; i++) {
      c[i] = 1;
    }
    s[dim] = newStart;
    c[dim] = newCount;
    return new Window(s, c);
  }

  /** Throws with the axis and the allowed range when this window does not fit in the cube. */
  public void checkFits(Hypercube cube) {
    for (int i = 0; i < Math.max(rank(), cube.rank()); i++) {
      int n = cube.n(i + 1);
      if ((long) start(i) + count(i) > n) {
        throw new IllegalArgumentException("window " + this + " does not fit axis " + (i + 1) + " of n" + (i + 1)
            + "=" + n + ": samples " + start(i) + " to " + (end(i) - 1) + " requested, allowed 0 to " + (n - 1));
      }
    }
  }

  public boolean fits(Hypercube cube) {
    for (int i = 0; i < Math.max(rank(), cube.rank()); i++) {
      if ((long) start(i) + count(i) > cube.n(i + 1)) {
        return false;
      }
    }
    return true;
  }

  /** The samples both windows select, if any. */
  public Optional<Window> intersect(Window other) {
    int rank = Math.max(rank(), other.rank());
    int[] s = new int[rank];
    int[] c = new int[rank];
    for (int i = 0; i < rank; i++) {
      int lo = Math.max(start(i), other.start(i));
      int hi = Math.min(end(i), other.end(i));
      if (hi <= lo) {
        return Optional.empty();
      }
      s[i] = lo;
      c[i] = hi - lo;
    }
    return Optional.of(new Window(s, c));
  }

  /** This window expressed relative to {@code origin}'s start (origin must contain it). */
  public Window relativeTo(Window origin) {
    int rank = Math.max(rank(), origin.rank());
    int[] s = new int[rank];
    int[] c = new int[rank];
    for (int i = 0; i < rank; i++) {
      s[i] = start(i) - origin.start(i);
      c[i] = count(i);
      if (s[i] < 0 || s[i] + c[i] > origin.count(i)) {
        throw new IllegalArgumentException("window " + this + " is not inside " + origin + " along axis " + (i + 1));
      }
    }
    return new Window(s, c);
  }

  /** This window moved by {@code offset} samples along every dimension. */
  public Window shift(int[] offset) {
    int rank = Math.max(rank(), offset.length);
    int[] s = new int[rank];
    int[] c = new int[rank];
    for (int i = 0; i < rank; i++) {
      s[i] = start(i) + (i < offset.length ? offset[i] : 0);
      c[i] = count(i);
    }
    return new Window(s, c);
  }

  public boolean contains(Window other) {
    for (int i = 0; i < Math.max(rank(), other.rank()); i++) {
      if (other.start(i) < start(i) || other.end(i) > end(i)) {
        return false;
      }
    }
    return true;
  }

  /** Reads the form {@link #toString()} writes: {@code [0:10,5:7]} (exclusive ends). */
  public static Window parse(String text) {
    String t = text.trim();
    if (!t.startsWith("[") || !t.endsWith("]")) {
      throw new IllegalArgumentException("window \"" + text + "\" must look like [start:end,start:end,...]");
    }
    String[] parts = t.substring(1, t.length() - 1).split(",");
    int[] s = new int[parts.length];
    int[] c = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String[] se = parts[i].trim().split(":");
      if (se.length != 2) {
        throw new IllegalArgumentException("window \"" + text + "\": part \"" + parts[i] + "\" must be start:end");
      }
      try {
        s[i] = Integer.parseInt(se[0].trim());
        c[i] = Integer.parseInt(se[1].trim()) - s[i];
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("window \"" + text + "\": part \"" + parts[i] + "\" is not two integers", e);
      }
    }
    return new Window(s, c);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Window)) {
      return false;
    }
    Window w = (Window) other;
    for (int i = 0; i < Math.max(rank(), w.rank()); i++) {
      if (start(i) != w.start(i) || count(i) != w.count(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int last = rank();
    while (last > 1 && start[last - 1] == 0 && count[last - 1] == 1) {
      last--;
    }
    return 31 * Arrays.hashCode(Arrays.copyOf(start, last)) + Arrays.hashCode(Arrays.copyOf(count, last));
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < start.length; i++) {
      sb.append(i == 0 ? "" : ",").append(start[i]).append(':').append(start[i] + count[i]);
    }
    return sb.append(']').toString();
  }
}
