package org.sepyarn.formats.merge;

import org.sepyarn.formats.geometry.Window;

/**
 * Walks the rows of a window inside a larger window that contains it, in storage order: one step
 * per combination of indices along the dimensions from {@code fromDim} up, giving where each row
 * starts in the container (in samples, the container stored axis 1 fastest). Mutable, single use.
 */
final class RowCursor {
  private final int rank;
  private final int fromDim;
  private final int[] start;
  private final int[] count;
  private final long[] stride;
  private final int[] index;
  private long offset;
  private boolean started;

  RowCursor(Window inner, Window container, int rank, int fromDim) {
    this.rank = rank;
    this.fromDim = fromDim;
    this.start = new int[rank];
    this.count = new int[rank];
    this.stride = new long[rank];
    this.index = new int[rank];
    long s = 1;
    for (int d = 0; d < rank; d++) {
      start[d] = inner.start(d);
      count[d] = inner.count(d);
      stride[d] = s;
      offset += (long) (inner.start(d) - container.start(d)) * s;
      s *= container.count(d);
    }
  }

  /** Moves to the next row; false once every row has been visited. */
  boolean next() {
    if (!started) {
      started = true;
      return true;
    }
    for (int d = fromDim; d < rank; d++) {
      if (++index[d] < count[d]) {
        offset += stride[d];
        return true;
      }
      offset -= (long) (count[d] - 1) * stride[d];
      index[d] = 0;
    }
    return false;
  }

  /** Where the current row starts in the container, in samples. */
  int offset() {
    return (int) offset;
  }

  /** The absolute coordinate of the current row along {@code dim} ({@code dim >= fromDim}). */
  int coordinate(int dim) {
    return start[dim] + index[dim];
  }
}
