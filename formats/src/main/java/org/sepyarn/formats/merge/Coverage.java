package org.sepyarn.formats.merge;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.sepyarn.formats.geometry.Window;

/**
 * Finds a sample that no placement covers, on the coarse grid the placements' edges cut the output
 * into (each cell is wholly inside or outside every placement), so the cost depends on the number
 * of placements, not of samples. Gives up, answering "unknown", when that grid or the marking work
 * would be too large.
 */
final class Coverage {
  private static final long MAX_CELLS = 1L << 24;
  private static final long MAX_MARKS = 1L << 26;

  /** What the check found. */
  enum Result { COVERED, UNCOVERED, UNKNOWN }

  private final Result result;
  private final int[] firstUncovered;

  private Coverage(Result result, int[] firstUncovered) {
    this.result = result;
    this.firstUncovered = firstUncovered;
  }

  static Coverage check(int[] n, List<Window> placements) {
    int rank = n.length;
    int[][] edges = new int[rank][];
    long cells = 1;
    for (int d = 0; d < rank; d++) {
      TreeSet<Integer> set = new TreeSet<>();
      set.add(0);
      set.add(n[d]);
      for (Window w : placements) {
        set.add(Math.min(w.start(d), n[d]));
        set.add(Math.min(w.end(d), n[d]));
      }
      edges[d] = set.stream().mapToInt(Integer::intValue).toArray();
      cells *= edges[d].length - 1;
      if (cells > MAX_CELLS) {
        return new Coverage(Result.UNKNOWN, null);
      }
    }
    int[][] lo = new int[placements.size()][rank];
    int[][] hi = new int[placements.size()][rank];
    long marks = 0;
    for (int p = 0; p < placements.size(); p++) {
      long m = 1;
      for (int d = 0; d < rank; d++) {
        Window w = placements.get(p);
        lo[p][d] = Arrays.binarySearch(edges[d], Math.min(w.start(d), n[d]));
        hi[p][d] = Arrays.binarySearch(edges[d], Math.min(w.end(d), n[d]));
        m *= Math.max(0, hi[p][d] - lo[p][d]);
      }
      marks += m;
      if (marks > MAX_MARKS) {
        return new Coverage(Result.UNKNOWN, null);
      }
    }
    long[] stride = new long[rank];
    long s = 1;
    for (int d = 0; d < rank; d++) {
      stride[d] = s;
      s *= edges[d].length - 1;
    }
    BitSet covered = new BitSet((int) cells);
    for (int p = 0; p < placements.size(); p++) {
      mark(covered, lo[p], hi[p], stride);
    }
    int first = covered.nextClearBit(0);
    if (first >= cells) {
      return new Coverage(Result.COVERED, null);
    }
    int[] sample = new int[rank];
    long rest = first;
    for (int d = 0; d < rank; d++) {
      int cell = (int) (rest % (edges[d].length - 1));
      rest /= edges[d].length - 1;
      sample[d] = edges[d][cell];
    }
    return new Coverage(Result.UNCOVERED, sample);
  }

  private static void mark(BitSet covered, int[] lo, int[] hi, long[] stride) {
    int rank = lo.length;
    for (int d = 0; d < rank; d++) {
      if (hi[d] <= lo[d]) {
        return;
      }
    }
    int[] index = lo.clone();
    while (true) {
      long at = 0;
      for (int d = 0; d < rank; d++) {
        at += index[d] * stride[d];
      }
      covered.set((int) at, (int) (at + hi[0] - lo[0]));
      int d = 1;
      while (d < rank && ++index[d] == hi[d]) {
        index[d] = lo[d];
        d++;
      }
      if (d >= rank) {
        return;
      }
    }
  }

  Result result() {
    return result;
  }

  /** The first uncovered sample in storage order (0-based, index 0 along axis 1), when there is one. */
  Optional<int[]> firstUncovered() {
    return Optional.ofNullable(firstUncovered == null ? null : firstUncovered.clone());
  }
}
