package org.sepyarn.formats.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/**
 * Where a window's bytes lie in a dataset's binary files, coarsely and at bounded cost: as at most
 * a given number of byte ranges of the files, each with the share of its bytes the window reads
 * (its density). A window whose runs are few is described exactly (density 1); one of millions of
 * rows (a split along a fast axis) as groups of consecutive rows, each group's range spanning its
 * rows with the gaps between them. Enough to weigh which blocks, and so which hosts, hold most of
 * a task's input, without visiting every row: the cost depends on the number of groups, not on
 * the dataset's size.
 */
public final class WindowFootprint {
  /** Receives one range. */
  @FunctionalInterface
  public interface RangeVisitor {
    /**
     * {@code length} bytes from byte {@code position} of {@code file}, of which the share
     * {@code density} (0 to 1) is the window's.
     */
    void range(Path file, long position, long length, double density);
  }

  private static final int DIMS = Hypercube.MAX_AXES;

  private final Dataset dataset;
  private final BinaryLayout layout;

  private WindowFootprint(Dataset dataset) {
    this.dataset = dataset;
    this.layout = new BinaryLayout(dataset.parts());
  }

  public static WindowFootprint of(Dataset dataset) {
    return new WindowFootprint(dataset);
  }

  /** The files of the dataset's binary, in order. */
  public List<BinaryPart> parts() {
    return dataset.parts();
  }

  /**
   * Visits the ranges of {@code window} (the whole dataset when null), at most about
   * {@code maxGroups} groups of runs, each cut where the binary's parts meet.
   */
  public void visit(Window window, int maxGroups, RangeVisitor visitor) {
    Hypercube cube = dataset.cube();
    Window w = window == null ? cube.fullWindow() : window;
    w.checkFits(cube);
    long[] stride = new long[DIMS];
    int[] start = new int[DIMS];
    int[] count = new int[DIMS];
    long s = dataset.format().esize();
    for (int i = 0; i < DIMS; i++) {
      stride[i] = s;
      s = Math.multiplyExact(s, (long) cube.n(i + 1));
      start[i] = w.start(i);
      count[i] = w.count(i);
    }
    int cut = 0;
    while (cut < DIMS && start[cut] == 0 && count[cut] == cube.n(cut + 1)) {
      cut++;
    }
    if (cut == DIMS) {
      emit(0, s, 1.0, visitor);
      return;
    }
    long runBytes = stride[cut] * count[cut];
    // Dimensions cut..level vary inside a group; those above level are fixed per group.
    int level = DIMS - 1;
    long groups = 1;
    while (level > cut && groups * count[level] <= Math.max(1, maxGroups)) {
      groups *= count[level];
      level--;
    }
    long first = (long) start[cut] * stride[cut];
    long last = first;
    long runsPerGroup = 1;
    for (int i = cut + 1; i <= level; i++) {
      first += (long) start[i] * stride[i];
      last += (long) (start[i] + count[i] - 1) * stride[i];
      runsPerGroup *= count[i];
    }
    long extent = last + runBytes - first;
    double density = (double) runBytes * runsPerGroup / extent;
    int[] index = new int[DIMS];
    while (true) {
      long base = 0;
      for (int i = level + 1; i < DIMS; i++) {
        base += (long) (start[i] + index[i]) * stride[i];
      }
      emit(base + first, extent, density, visitor);
      int d = level + 1;
      while (d < DIMS && ++index[d] == count[d]) {
        index[d] = 0;
        d++;
      }
      if (d >= DIMS) {
        return;
      }
    }
  }

  private void emit(long position, long length, double density, RangeVisitor visitor) {
    List<BinaryPart> parts = dataset.parts();
    try {
      layout.forEachSlice(position, length,
          (part, filePosition, rangeOffset, n) -> visitor.range(parts.get(part).path(), filePosition, n, density));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
