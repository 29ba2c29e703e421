package org.sepyarn.formats.merge;

import java.util.ArrayList;
import java.util.List;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * Cuts a merge's output into slabs along its slowest non-unit axis, each written on its own (by
 * its own thread or task) into a file of its own; joined in order, the files are the output. The
 * rule: one slab per {@code bytesPerSlab} of output, at least 1, at most {@code maxSlabs} and at
 * most the axis's length; slab lengths differ by at most one sample.
 */
public final class MergeSlabs {
  /** Output bytes per slab unless another figure is given. */
  public static final long DEFAULT_BYTES_PER_SLAB = 1L << 30;

  private MergeSlabs() {
  }

  /** The slabs of an output of {@code cube} with samples of {@code esize} bytes, in order. */
  public static List<OutputRegion> plan(Hypercube cube, int esize, long bytesPerSlab, int maxSlabs) {
    if (bytesPerSlab < 1 || maxSlabs < 1) {
      throw new IllegalArgumentException("slabs need at least 1 byte each and at least 1 slab, got " + bytesPerSlab
          + " bytes and " + maxSlabs + " slabs");
    }
    int axis = OutputRegion.slowestAxis(cube);
    int n = cube.n(axis);
    long bytes = cube.elementCount() * esize;
    long wanted = Math.max(1, (bytes + bytesPerSlab - 1) / bytesPerSlab);
    int count = (int) Math.min(wanted, Math.min(maxSlabs, n));
    List<OutputRegion> slabs = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      slabs.add(new OutputRegion(axis, (int) ((long) k * n / count), (int) ((long) (k + 1) * n / count)));
    }
    return slabs;
  }
}
