package org.sepyarn.formats.irregular;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sepyarn.formats.geometry.AxisPatching;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.sep3d.TraceGrid;

/**
 * Plans a split of a SEP3D dataset over its grid's axes: each axis cut into blocks by SEP's rule
 * and widened by an overlap in cells (clipped at the edges), as patches are; each block takes the
 * header records of the filled cells in its window. Only the grid is read, never the headers.
 */
public final class GridPlanner {
  private GridPlanner() {
  }

  /**
   * @param blocks blocks per grid axis (axes beyond the array: 1)
   * @param overlap overlap per grid axis in cells, at most the smallest block (the patch rule)
   * @throws IllegalArgumentException naming the axis when a count does not fit it
   */
  public static List<GridBlock> plan(TraceGrid grid, int[] blocks, int[] overlap) {
    Hypercube axes = grid.axes();
    int rank = axes.rank();
    if (blocks.length > rank || overlap.length != blocks.length) {
      throw new IllegalArgumentException("the grid has " + rank + " axes; give at most that many block counts and one "
          + "overlap per block count, got " + blocks.length + " and " + overlap.length);
    }
    AxisPatching[] cuts = new AxisPatching[rank];
    int total = 1;
    for (int k = 0; k < rank; k++) {
      cuts[k] = k < blocks.length ? AxisPatching.sep(axes, k + 1, blocks[k], overlap[k]) : AxisPatching.sep(axes, k + 1,
          1, 0);
      total = Math.multiplyExact(total, cuts[k].count());
    }
    List<GridBlock> out = new ArrayList<>(total);
    for (int b = 0; b < total; b++) {
      int[] start = new int[rank];
      int[] count = new int[rank];
      int[] coreStart = new int[rank];
      int[] coreCount = new int[rank];
      int rest = b;
      for (int k = 0; k < rank; k++) {
        int i = rest % cuts[k].count();
        rest /= cuts[k].count();
        start[k] = cuts[k].outerStart(i);
        count[k] = cuts[k].outerCount(i);
        coreStart[k] = cuts[k].coreStart(i);
        coreCount[k] = cuts[k].coreCount(i);
      }
      Window window = new Window(start, count);
      out.add(new GridBlock(b, window, new Window(coreStart, coreCount), records(grid, window)));
    }
    return out;
  }

  private static long[] records(TraceGrid grid, Window window) {
    Hypercube axes = grid.axes();
    int rank = window.rank();
    long[] found = new long[(int) Math.min(window.elementCount(), Integer.MAX_VALUE - 8)];
    int size = 0;
    int[] idx = new int[rank];
    for (long c = 0; c < window.elementCount(); c++) {
      long cell = 0;
      long stride = 1;
      for (int k = 0; k < rank; k++) {
        cell += (window.start(k) + (long) idx[k]) * stride;
        stride *= axes.n(k + 1);
      }
      int record = grid.cell((int) cell);
      if (record > 0) {
        found[size++] = record - 1L;
      }
      for (int k = 0; k < rank && ++idx[k] == window.count(k); k++) {
        idx[k] = 0;
      }
    }
    long[] records = Arrays.copyOf(found, size);
    Arrays.sort(records);
    return records;
  }
}
