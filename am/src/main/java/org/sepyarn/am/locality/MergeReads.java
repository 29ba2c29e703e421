package org.sepyarn.am.locality;

import java.util.ArrayList;
import java.util.List;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.merge.BlendShape;
import org.sepyarn.runner.spec.MergeSlab;
import org.sepyarn.runner.spec.MergeTaskSpec;
import org.sepyarn.runner.spec.MergeTaskSpec.MergeKind;

/**
 * The bytes of each committed piece a merge task reads, as ranges of the piece's binary (byte 0 is
 * the piece's first sample, whatever files hold it). A slab is samples {@code from} to {@code to} of
 * the output's slowest axis longer than 1, whole along every faster axis, so a piece's share of it is
 * a run of whole rows of that axis: contiguous in the piece. Each piece spans, along the slab axis,
 * the output's whole length (a sum, a concatenation along a faster axis), its place among the pieces
 * (a concatenation along the slab axis), or its patch (a blend, placed as {@link BlendShape} places
 * it); a piece outside the slab is not read.
 */
public final class MergeReads {
  /** A piece as its header describes it: its grid and the bytes of one sample. */
  public record PieceShape(Hypercube cube, int esize) {
  }

  /** Bytes {@code position} to {@code position + length} (exclusive) of a piece's binary. */
  public record ByteRange(long position, long length) {
    public ByteRange {
      if (position < 0 || length < 1) {
        throw new IllegalArgumentException("byte range at " + position + " of " + length + " bytes");
      }
    }

    public long end() {
      return position + length;
    }
  }

  private MergeReads() {
  }

  /**
   * For each of {@code spec}'s pieces, in piece order, the ranges the task reads over all its slabs,
   * in order, touching ranges joined; an empty list for a piece it does not read.
   *
   * @param pieces the shape of each piece, in piece order ({@code spec.pieces()} of them)
   * @throws IllegalArgumentException when the pieces do not fit the task (their count, or a piece
   *     longer than 1 on an axis slower than the slab axis, or a blend's pieces off their patches)
   */
  public static List<List<ByteRange>> of(MergeTaskSpec spec, List<PieceShape> pieces) {
    if (pieces.size() != spec.pieces()) {
      throw new IllegalArgumentException("merge task " + spec.number() + " of " + spec.header() + " merges "
          + spec.pieces() + " pieces, but " + pieces.size() + " were given");
    }
    List<List<ByteRange>> reads = new ArrayList<>();
    for (int t = 0; t < pieces.size(); t++) {
      reads.add(new ArrayList<>());
    }
    int axis = 0;
    int[][] extents = null;
    for (MergeSlab slab : spec.slabs()) {
      if (slab.axis() != axis) {
        axis = slab.axis();
        extents = extents(spec, pieces, axis);
      }
      for (int t = 0; t < pieces.size(); t++) {
        int start = extents[t][0];
        int from = Math.max(slab.from(), start);
        int to = Math.min(slab.to(), extents[t][1]);
        if (from < to) {
          long row = rowBytes(spec, t, pieces.get(t), slab.axis());
          add(reads.get(t), new ByteRange((from - start) * row, (to - from) * row));
        }
      }
    }
    return reads.stream().map(List::copyOf).toList();
  }

  /** Where each piece starts and ends along {@code axis}, in the output's samples. */
  private static int[][] extents(MergeTaskSpec spec, List<PieceShape> pieces, int axis) {
    int[][] extents = new int[pieces.size()][];
    if (spec.kind() == MergeKind.BLEND) {
      List<Window> planned = spec.placements().stream().map(Window::parse).toList();
      List<Window> placed = BlendShape.of(Hypercube.ofLengths(spec.outputLengths()), planned,
          pieces.stream().map(PieceShape::cube).toList()).placements();
      for (int t = 0; t < extents.length; t++) {
        extents[t] = new int[] {placed.get(t).start(axis - 1), placed.get(t).end(axis - 1)};
      }
      return extents;
    }
    boolean laidAlong = spec.kind() == MergeKind.CONCATENATE && spec.axis() == axis;
    int offset = 0;
    for (int t = 0; t < extents.length; t++) {
      int n = pieces.get(t).cube().n(axis);
      extents[t] = laidAlong ? new int[] {offset, offset + n} : new int[] {0, n};
      offset = laidAlong ? offset + n : 0;
    }
    return extents;
  }

  /** The bytes of one sample of {@code axis} in piece {@code t}, whole along every faster axis. */
  private static long rowBytes(MergeTaskSpec spec, int t, PieceShape piece, int axis) {
    for (int k = axis + 1; k <= Hypercube.MAX_AXES; k++) {
      if (piece.cube().n(k) != 1) {
        throw new IllegalArgumentException("piece " + (spec.firstPiece() + t) + " of " + spec.header() + " has n"
            + k + "=" + piece.cube().n(k) + " on axis " + k + ", slower than axis " + axis + " its slabs are cut"
            + " along, where the output has one sample");
      }
    }
    long row = piece.esize();
    for (int k = 1; k < axis; k++) {
      row *= piece.cube().n(k);
    }
    return row;
  }

  private static void add(List<ByteRange> ranges, ByteRange range) {
    if (!ranges.isEmpty() && ranges.get(ranges.size() - 1).end() == range.position()) {
      ByteRange last = ranges.remove(ranges.size() - 1);
      ranges.add(new ByteRange(last.position(), last.length() + range.length()));
    } else {
      ranges.add(range);
    }
  }
}
