package org.sepyarn.formats.merge;

import org.sepyarn.formats.geometry.Hypercube;

/**
 * A part of a merge's output that is contiguous in storage order: samples {@code from} (inclusive)
 * to {@code to} (exclusive) of its slowest non-unit axis, whole along every faster axis. Regions
 * that follow each other along that axis are written one after the other into files that, joined
 * in order, are the whole output.
 *
 * @param axis the output's slowest non-unit axis, 1-based (1 when every axis has length 1)
 */
public record OutputRegion(int axis, int from, int to) {
  public OutputRegion {
    if (axis < 1 || axis > Hypercube.MAX_AXES) {
      throw new IllegalArgumentException("region axis " + axis + " is out of range: axes are numbered 1 to "
          + Hypercube.MAX_AXES);
    }
    if (from < 0 || to <= from) {
      throw new IllegalArgumentException("region " + from + " to " + to + " on axis " + axis + " is empty or negative");
    }
  }

  /** The axis regions of {@code cube} are cut along: its slowest axis longer than 1, else axis 1. */
  public static int slowestAxis(Hypercube cube) {
    for (int k = Hypercube.MAX_AXES; k > 1; k--) {
      if (cube.n(k) > 1) {
        return k;
      }
    }
    return 1;
  }

  /** The whole of {@code cube} as one region. */
  public static OutputRegion whole(Hypercube cube) {
    int axis = slowestAxis(cube);
    return new OutputRegion(axis, 0, cube.n(axis));
  }

  /** Bytes of the region in an output of {@code cube} whose samples take {@code esize} bytes. */
  public long bytes(Hypercube cube, int esize) {
    return cube.elementCount() / cube.n(axis) * (to - from) * esize;
  }

  /** Throws unless the region lies in {@code cube} and is contiguous there. */
  void check(Hypercube cube) {
    if (axis != slowestAxis(cube) && cube.n(axis) != 1) {
      throw new IllegalArgumentException("region along axis " + axis + " of " + cube + " is not contiguous: regions"
          + " are cut along the slowest axis longer than 1, axis " + slowestAxis(cube));
    }
    if (to > cube.n(axis)) {
      throw new IllegalArgumentException("region " + from + " to " + to + " on axis " + axis + " reaches beyond n"
          + axis + "=" + cube.n(axis) + " of " + cube);
    }
  }
}
