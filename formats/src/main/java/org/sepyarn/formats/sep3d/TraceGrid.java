package org.sepyarn.formats.sep3d;

import java.util.Arrays;
import java.util.Objects;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/**
 * The grid of a SEP3D dataset: a regular hypercube of cells (axis 1 fastest), each holding the
 * 1-based number of a header record, or a value {@code <= 0} for an empty cell. Immutable.
 */
public final class TraceGrid {
  private final Hypercube axes;
  private final int[] cells;

  public TraceGrid(Hypercube axes, int[] cells) {
    this.axes = Objects.requireNonNull(axes, "axes");
    if (cells.length != axes.elementCount()) {
      throw new IllegalArgumentException("a grid over " + axes + " has " + axes.elementCount() + " cells, got "
          + cells.length + " values");
    }
    this.cells = cells.clone();
  }

  public Hypercube axes() {
    return axes;
  }

  public int cellCount() {
    return cells.length;
  }

  /** The header record number of cell {@code i} (storage order), {@code <= 0} when the cell is empty. */
  public int cell(int i) {
    return cells[i];
  }

  public int[] cells() {
    return cells.clone();
  }

  /** How many cells hold a record. */
  public long filledCount() {
    return Arrays.stream(cells).filter(c -> c > 0).count();
  }

  /**
   * Throws unless every cell is empty or names one of {@code recordCount} header records, naming
   * the first cell that does not, from {@code source}.
   */
  public void checkRecords(long recordCount, String source) {
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] > recordCount) {
        throw new IllegalArgumentException("grid " + source + ": cell " + i + " (storage order) holds header record "
            + cells[i] + " but the header dataset has only " + recordCount + " records");
      }
    }
  }

  /**
   * The cells of {@code window} as a grid of their own, with axis origins following the window and
   * every record number {@code r} replaced by {@code renumber(r)} ({@code <= 0}: the cell becomes empty).
   */
  public TraceGrid window(Window window, java.util.function.IntUnaryOperator renumber) {
    Hypercube sub = axes.window(window);
    int[] out = new int[(int) sub.elementCount()];
    int rank = window.rank();
    int[] idx = new int[rank];
    for (int o = 0; o < out.length; o++) {
      long src = 0;
      long stride = 1;
      for (int k = 0; k < rank; k++) {
        src += (window.start(k) + (long) idx[k]) * stride;
        stride *= axes.n(k + 1);
      }
      int record = cells[(int) src];
      out[o] = record > 0 ? Math.max(0, renumber.applyAsInt(record)) : 0;
      for (int k = 0; k < rank && ++idx[k] == window.count(k); k++) {
        idx[k] = 0;
      }
    }
    return new TraceGrid(sub, out);
  }

  /** The grid axes as the {@code nK_grid}, {@code oK_grid}, {@code dK_grid}, {@code labelK_grid} history names them. */
  public java.util.Map<String, String> gridParameters() {
    java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
    for (int k = 1; k <= axes.rank(); k++) {
      Axis a = axes.axis(k);
      p.put("n" + k + "_grid", Integer.toString(a.n()));
      p.put("o" + k + "_grid", org.sepyarn.formats.history.HistoryValues.number(a.o()));
      p.put("d" + k + "_grid", org.sepyarn.formats.history.HistoryValues.number(a.d()));
      if (!a.label().isEmpty()) {
        p.put("label" + k + "_grid", a.label());
      }
    }
    return p;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TraceGrid g && g.axes.equals(axes) && Arrays.equals(g.cells, cells);
  }

  @Override
  public int hashCode() {
    return 31 * axes.hashCode() + Arrays.hashCode(cells);
  }

  @Override
  public String toString() {
    return "TraceGrid[" + axes + ", " + filledCount() + " filled]";
  }
}
