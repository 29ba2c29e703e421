package org.sepyarn.formats.geometry;

/** Checks that an axis number names one of a cube's stored axes. */
final class AxisRange {
  private AxisRange() {
  }

  /** Throws naming the axis and the allowed range 1..rank when {@code axis} is not an axis of {@code cube}. */
  static void check(Hypercube cube, int axis) {
    if (axis < 1 || axis > cube.rank()) {
      throw new IllegalArgumentException("axis " + axis + " is out of range: the dataset (" + cube + ") has axes 1 to "
          + cube.rank());
    }
  }
}
