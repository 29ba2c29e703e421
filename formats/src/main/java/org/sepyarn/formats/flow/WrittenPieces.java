package org.sepyarn.formats.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Patch;
import org.sepyarn.formats.geometry.PatchGrid;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.job.Distribution;
import org.sepyarn.formats.job.PatchLayout;
import org.sepyarn.formats.job.Patching;
import org.sepyarn.formats.job.Split;

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

  /**
   * The pieces as their tasks wrote them, from their shapes (read from their headers once all are
   * committed): laid end to end along a split axis, placed on the grid of {@code patchedInput}
   * (the writing step's input patched the same way, whose extents along the patched axes the
   * pieces fill), or added up for {@code copy}. Along every axis the cut leaves alone the pieces
   * must agree.
   *
   * @param patchedInput the shape of the writer's input patched as {@code written}; only read for patches
   * @throws IllegalArgumentException naming the pieces and the axis where they disagree
   */
  public static WrittenPieces fromPieces(Distribution written, List<Hypercube> pieces, Hypercube patchedInput) {
    if (pieces.isEmpty()) {
      throw new IllegalArgumentException("no pieces: a step writes one per task");
    }
    Hypercube first = pieces.get(0);
    List<Integer> cut = written instanceof Split s ? List.of(s.axis())
        : written instanceof Patching p ? p.axes() : List.of();
    int rank = pieces.stream().mapToInt(Hypercube::rank).max().orElseThrow();
    for (int k = 1; k <= Math.max(rank, cut.stream().mapToInt(Integer::intValue).max().orElse(1)); k++) {
      if (cut.contains(k)) {
        continue;
      }
      for (int i = 1; i < pieces.size(); i++) {
        if (pieces.get(i).n(k) != first.n(k)) {
          throw new IllegalArgumentException("piece " + i + " has n" + k + "=" + pieces.get(i).n(k) + " on axis " + k
              + " but piece 0 has n" + k + "=" + first.n(k) + ": pieces cut " + describe(written)
              + " must agree on every other axis");
        }
      }
    }
    if (written instanceof Split split) {
      int[] lengths = pieces.stream().mapToInt(c -> c.n(split.axis())).toArray();
      long total = 0;
      for (int n : lengths) {
        total += n;
      }
      if (total > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("pieces of " + total + " samples in all along axis " + split.axis()
            + " are more than a dataset's axis holds");
      }
      return split(first.withAxis(split.axis(), first.axis(split.axis()).withN((int) total)), split.axis(), lengths);
    }
    if (written instanceof Patching patching) {
      Hypercube whole = first;
      for (int axis : patching.axes()) {
        whole = whole.withAxis(axis, patchedInput.axis(axis));
      }
      WrittenPieces placed = patched(whole, patching);
      if (placed.pieceCount() != pieces.size()) {
        throw new IllegalArgumentException(pieces.size() + " pieces but " + describe(written) + " makes "
            + placed.pieceCount());
      }
      return placed;
    }
    return summed(first, pieces.size());
  }

  private static String describe(Distribution d) {
    if (d instanceof Split s) {
      return "along axis " + s.axis();
    }
    return d instanceof Patching p ? "in patches on axes " + p.axes() : "whole (copy)";
  }

  public int pieceCount() {
    return holds.size();
  }
}
