package org.sepyarn.formats.merge;

import org.sepyarn.formats.geometry.Window;

/**
 * Byte copies between a window's samples stored contiguously and the same samples inside a larger
 * stored window, in runs as long as the shapes allow.
 */
public final class WindowCopy {
  private WindowCopy() {
  }

  /**
   * The first dimension along which {@code inner} does not span {@code container} whole: samples of
   * {@code inner} are contiguous in the container along all dimensions up to and including it.
   */
  private static int runDims(Window inner, Window container, int rank) {
    int m = 0;
    while (m < rank && inner.count(m) == container.count(m)) {
      m++;
    }
    return m;
  }

  /**
   * Where {@code inner}'s samples start in {@code container} (in samples) if they form one
   * contiguous run there, else -1.
   */
  public static long contiguousOffset(Window inner, Window container, int rank) {
    int m = runDims(inner, container, rank);
    for (int d = m + 1; d < rank; d++) {
      if (inner.count(d) != 1) {
        return -1;
      }
    }
    long offset = 0;
    long stride = 1;
    for (int d = 0; d < rank; d++) {
      offset += (long) (inner.start(d) - container.start(d)) * stride;
      stride *= container.count(d);
    }
    return offset;
  }

  /**
   * Copies {@code inner}'s samples, stored contiguously in {@code src} from byte 0, to their places
   * in {@code dst}, which stores {@code container} from byte 0.
   */
  public static void place(byte[] src, Window inner, byte[] dst, Window container, int rank, int esize) {
    place(src, inner, dst, 0, container, rank, esize);
  }

  /**
   * Copies {@code inner}'s samples, stored contiguously in {@code src} from byte 0, to their places
   * in {@code dst}, which stores {@code container} from byte {@code dstOffset}.
   */
  public static void place(byte[] src, Window inner, byte[] dst, int dstOffset, Window container, int rank,
      int esize) {
    int runBytes = runBytes(inner, container, rank, esize);
    RowCursor rows = rows(inner, container, rank);
    int from = 0;
    while (rows.next()) {
      System.arraycopy(src, from, dst, dstOffset + rows.offset() * esize, runBytes);
      from += runBytes;
    }
  }

  /**
   * The reverse of {@link #place}: copies {@code inner}'s samples out of {@code src}, which stores
   * {@code container} from byte {@code srcOffset}, to {@code dst} from byte 0, contiguously.
   */
  public static void extract(byte[] src, int srcOffset, Window container, Window inner, byte[] dst, int rank,
      int esize) {
    int runBytes = runBytes(inner, container, rank, esize);
    RowCursor rows = rows(inner, container, rank);
    int to = 0;
    while (rows.next()) {
      System.arraycopy(src, srcOffset + rows.offset() * esize, dst, to, runBytes);
      to += runBytes;
    }
  }

  /** The bytes of each contiguous run of {@code inner}'s samples in {@code container}. */
  private static int runBytes(Window inner, Window container, int rank, int esize) {
    int m = runDims(inner, container, rank);
    long run = esize;
    for (int d = 0; d <= m && d < rank; d++) {
      run *= inner.count(d);
    }
    return (int) run;
  }

  /** Walks {@code inner}'s runs in {@code container}, in storage order. */
  private static RowCursor rows(Window inner, Window container, int rank) {
    return new RowCursor(inner, container, rank, Math.min(runDims(inner, container, rank) + 1, rank));
  }
}
