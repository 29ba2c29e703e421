package org.sepyarn.formats.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/**
 * Triangle-taper weights for overlapping patches, computed from where the patches are placed.
 *
 * <p>Along one axis, a patch's left neighbours are the patches that overlap its first sample from
 * the left (start before it, end after its start) and also intersect it along every other axis;
 * right neighbours mirror that at its last sample. Over the {@code L} samples a patch shares with
 * its left neighbours ({@code L} = how far the furthest-reaching one reaches in), indexed
 * {@code j = 0..L-1}, its weight rises as {@code (j + 1)/(L + 1)}; over the {@code L} samples it
 * shares with its right neighbours it falls as {@code (L - j)/(L + 1)}. Elsewhere, and at the data
 * edges, it is 1. Where both ramps apply (a patch overlapped across its whole length) they
 * multiply. The weight of a sample is the product of the per-axis weights.
 *
 * <p>With a halo of {@code h} samples along an axis, the {@code h} samples next to a patch's inner
 * edge (where it has neighbours, not at the data edge) get weight 0, because the program's edge
 * effects spoil them, and the ramp spans the rest of the shared run: over {@code L} shared
 * samples the rising weight is 0 for {@code j < h}, {@code (j - h + 1)/(L - 2h + 1)} for
 * {@code h <= j < L - h} and 1 beyond; the falling weight mirrors it. Neighbours sharing
 * {@code L} samples then still sum to 1, and every sample's weight comes only from patches in which
 * it lies at least {@code h} samples from an inner edge. Needs {@code L >= 2h} wherever patches
 * overlap. A halo of 0 gives the plain taper above, computed the same way.
 *
 * <p>Where neighbours overlap pairwise only (SEP patches with {@code 2*noverlap} at most the
 * smallest block, and Claerbout patches that overlap only their next neighbours), the weights of
 * all patches at each sample sum to 1. Otherwise they are positive wherever a patch lies, so
 * dividing by their sum blends any placement. Finding the neighbours compares every pair of
 * patches once, at construction; weights are then computed on demand, so memory does not grow with
 * the patches' sizes. Immutable.
 */
public final class TriangleTaper {
  private final List<Window> placements;
  private final int rank;
  private final int[][] left;
  private final int[][] right;
  private final int[] halo;

  private TriangleTaper(List<Window> placements, int rank, int[][] left, int[][] right, int[] halo) {
    this.placements = placements;
    this.rank = rank;
    this.left = left;
    this.right = right;
    this.halo = halo;
  }

  /** The taper for patches placed at {@code placements} (index = patch number), without halo. */
  public static TriangleTaper of(List<Window> placements) {
    return of(placements, new int[0]);
  }

  /**
   * The taper for patches placed at {@code placements} (index = patch number) with {@code halo}
   * samples of weight 0 next to their inner edges along each axis (index 0 for axis 1; missing
   * axes have none).
   */
  public static TriangleTaper of(List<Window> placements, int[] halo) {
    Objects.requireNonNull(placements, "placements");
    Objects.requireNonNull(halo, "halo");
    int p = placements.size();
    int rank = 1;
    for (int i = 0; i < p; i++) {
      if (placements.get(i) == null) {
        throw new IllegalArgumentException("placement of patch " + i + " is null");
      }
      rank = Math.max(rank, placements.get(i).rank());
    }
    int[][] left = new int[p][rank];
    int[][] right = new int[p][rank];
    for (int a = 0; a < p; a++) {
      Window pa = placements.get(a);
      for (int b = 0; b < p; b++) {
        Window pb = placements.get(b);
        if (a == b || !intersects(pa, pb, rank)) {
          continue;
        }
        for (int d = 0; d < rank; d++) {
          if (pb.start(d) < pa.start(d)) {
            left[a][d] = Math.max(left[a][d], Math.min(pb.end(d), pa.end(d)) - pa.start(d));
          }
          if (pb.end(d) > pa.end(d)) {
            right[a][d] = Math.max(right[a][d], pa.end(d) - Math.max(pb.start(d), pa.start(d)));
          }
        }
      }
    }
    if (halo.length > Hypercube.MAX_AXES) {
      throw new IllegalArgumentException("a halo has at most " + Hypercube.MAX_AXES + " axes, got " + halo.length);
    }
    int[] h = new int[rank];
    for (int d = 0; d < halo.length; d++) {
      if (halo[d] < 0) {
        throw new IllegalArgumentException("halo " + halo[d] + " on axis " + (d + 1) + " is negative");
      }
      if (d < rank) {
        h[d] = halo[d];
      }
    }
    for (int a = 0; a < p; a++) {
      for (int d = 0; d < rank; d++) {
        checkHalo(a, d, left[a][d], h[d], "left");
        checkHalo(a, d, right[a][d], h[d], "right");
      }
    }
    return new TriangleTaper(Collections.unmodifiableList(new ArrayList<>(placements)), rank, left, right, h);
  }

  private static void checkHalo(int patch, int dim, int shared, int halo, String side) {
    if (shared > 0 && shared < 2 * halo) {
      throw new IllegalArgumentException("patch " + patch + " shares " + shared + " samples with its " + side
          + " neighbours along axis " + (dim + 1) + ", fewer than twice the halo " + halo + " there: samples"
          + " would be left with no weight; the halo may be at most half the samples neighbours share");
    }
  }

  /** Samples of weight 0 next to a patch's inner edges along {@code axis} (1-based). */
  public int halo(int axis) {
    checkAxis(axis);
    return axis <= rank ? halo[axis - 1] : 0;
  }

  private static boolean intersects(Window a, Window b, int rank) {
    for (int d = 0; d < rank; d++) {
      if (a.start(d) >= b.end(d) || b.start(d) >= a.end(d)) {
        return false;
      }
    }
    return true;
  }

  public int patchCount() {
    return placements.size();
  }

  public List<Window> placements() {
    return placements;
  }

  /** Samples patch {@code patch} shares with its left neighbours along {@code axis} (1-based). */
  public int leftOverlap(int patch, int axis) {
    checkAxis(axis);
    return axis <= rank ? left[patch][axis - 1] : 0;
  }

  /** Samples patch {@code patch} shares with its right neighbours along {@code axis} (1-based). */
  public int rightOverlap(int patch, int axis) {
    checkAxis(axis);
    return axis <= rank ? right[patch][axis - 1] : 0;
  }

  /**
   * The weight along {@code axis} (1-based) of sample {@code local} (0-based, counted from the
   * patch's first sample along that axis) of patch {@code patch}.
   */
  public double axisWeight(int patch, int axis, int local) {
    checkAxis(axis);
    int count = placements.get(patch).count(axis - 1);
    if (local < 0 || local >= count) {
      throw new IndexOutOfBoundsException("sample " + local + " along axis " + axis + " is outside patch " + patch
          + ", which has " + count + " samples there (0 to " + (count - 1) + ")");
    }
    return axis <= rank ? rawAxisWeight(patch, axis - 1, local) : 1.0;
  }

  /** The weight of sample {@code local} (0-based, index 0 along axis 1) of patch {@code patch}. */
  public double weight(int patch, int... local) {
    double w = 1.0;
    for (int d = 0; d < rank; d++) {
      w *= axisWeight(patch, d + 1, d < local.length ? local[d] : 0);
    }
    return w;
  }

  /** The weight along 0-based {@code dim} without range checks, for the blend's inner loops. */
  double rawAxisWeight(int patch, int dim, int local) {
    if (dim >= rank) {
      return 1.0;
    }
    double w = 1.0;
    int h = halo[dim];
    int l = left[patch][dim];
    if (local < l) {
      w = h == 0 ? (local + 1) / (l + 1.0) : rising(local, l, h);
    }
    int r = right[patch][dim];
    int j = local - (placements.get(patch).count(dim) - r);
    if (j >= 0) {
      w *= h == 0 ? (r - j) / (r + 1.0) : rising(r - 1 - j, r, h);
    }
    return w;
  }

  /** The rising weight at sample {@code j} of {@code shared} samples, the first {@code h} of them spoiled. */
  private static double rising(int j, int shared, int h) {
    if (j < h) {
      return 0.0;
    }
    if (j >= shared - h) {
      return 1.0;
    }
    return (j - h + 1) / (shared - 2.0 * h + 1);
  }

  private static void checkAxis(int axis) {
    if (axis < 1 || axis > Hypercube.MAX_AXES) {
      throw new IllegalArgumentException("axis " + axis + " is out of range: axes are numbered 1 to "
          + Hypercube.MAX_AXES);
    }
  }
}
