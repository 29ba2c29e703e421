package org.sepyarn.formats.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Patch;
import org.sepyarn.formats.geometry.PatchGrid;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.job.PatchLayout;
import org.sepyarn.formats.job.Patching;

/**
 * The pieces a step wrote of an intermediate, as windows of the whole it stands for: what each
 * piece file holds, and the samples each owns (the owners of a split or patched intermediate
 * partition it; every piece of a summed one owns the whole, to be added).
 *
 * @param whole the intermediate's shape
 * @param holds the window of the whole each piece file holds, by piece number
 * @param owns the samples each piece is read for, inside what it holds
 * @param summed whether the intermediate is the sum of its pieces
 */
public record WrittenPieces(Hypercube whole, List<Window> holds, List<Window> owns, boolean summed) {
  public WrittenPieces {
    Objects.requireNonNull(whole, "whole");
    holds = List.copyOf(holds);
    owns = List.copyOf(owns);
    if (holds.size() != owns.size() || holds.isEmpty()) {
      throw new IllegalArgumentException(holds.size() + " held and " + owns.size() + " owned windows: give one of"
          + " each per piece, at least one piece");
    }
    for (int p = 0; p < holds.size(); p++) {
      if (!holds.get(p).contains(owns.get(p)) || !holds.get(p).fits(whole)) {
        throw new IllegalArgumentException("piece " + p + " holds " + holds.get(p) + " and owns " + owns.get(p)
            + ", which do not nest inside " + whole);
      }
    }
  }

  /**
   * Pieces written split along {@code axis}, laid end to end in piece order, piece {@code p}
   * {@code lengths[p]} samples long along it (what its task wrote; the whole's other axes are the
   * pieces').
   */
  public static WrittenPieces split(Hypercube whole, int axis, int[] lengths) {
    long total = 0;
    for (int n : lengths) {
      if (n < 1) {
        throw new IllegalArgumentException("a piece of " + n + " samples along axis " + axis + ": every piece of a"
            + " dataset has at least one");
      }
      total += n;
    }
    if (axis < 1 || axis > whole.rank() || total != whole.n(axis)) {
      throw new IllegalArgumentException("pieces of " + total + " samples along axis " + axis + " do not make " + whole);
    }
    List<Window> windows = new ArrayList<>();
    int start = 0;
    for (int n : lengths) {
      windows.add(whole.fullWindow().with(axis - 1, start, n));
      start += n;
    }
    return new WrittenPieces(whole, windows, windows, false);
  }

  /** Pieces written in patches: each holds its patch, overlap included, and owns its core. */
  public static WrittenPieces patched(Hypercube whole, Patching patching) {
    PatchGrid grid = PatchLayout.grid(whole, patching);
    List<Window> holds = new ArrayList<>();
    List<Window> owns = new ArrayList<>();
    for (Patch p : grid.patches()) {
      holds.add(p.outer());
      owns.add(p.core());
    }
    return new WrittenPieces(whole, holds, owns, false);
  }

  /** {@code pieces} pieces written whole, which add up to the intermediate. */
  public static WrittenPieces summed(Hypercube whole, int pieces) {
    List<Window> all = Collections.nCopies(pieces, whole.fullWindow());
    return new WrittenPieces(whole, all, all, true);
  }

  public int pieceCount() {
    return holds.size();
  }
}
