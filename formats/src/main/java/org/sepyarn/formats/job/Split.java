package org.sepyarn.formats.job;

import org.sepyarn.formats.geometry.Hypercube;

/**
 * The file is cut along one axis into as many blocks as the job has tasks, as SEP's
 * {@code Parallel} does; an output is put back together by concatenating the blocks.
 *
 * @param axis the axis to cut, 1-based (axis 1 is the fastest), 1 to 9
 */
public record Split(int axis) implements Distribution {
  public Split {
    Problems problems = new Problems();
    check(axis, problems);
    problems.throwIfAny("split");
  }

  static void check(int axis, Problems at) {
    if (axis < 1 || axis > Hypercube.MAX_AXES) {
      at.field("axis").add(axis + " is not an axis: axes are numbered 1 to " + Hypercube.MAX_AXES
          + " (axis 1 is the fastest)");
    }
  }

  @Override
  public String kind() {
    return "split";
  }
}
