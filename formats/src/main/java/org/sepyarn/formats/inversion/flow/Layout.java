package org.sepyarn.formats.inversion.flow;

import java.util.Objects;
import org.sepyarn.formats.job.Copy;
import org.sepyarn.formats.job.Distribution;
import org.sepyarn.formats.job.Split;

/**
 * How the vector arithmetic on a vector is cut into tasks: split along an axis into as many tasks
 * as the operator that writes it splits it, so each task reads the pieces as they were written;
 * or whole, one task.
 *
 * @param distribution {@link Copy} (whole) or a {@link Split}
 * @param tasks how many tasks: 1 for whole
 */
record Layout(Distribution distribution, int tasks) {
  static final Layout WHOLE = new Layout(Copy.INSTANCE, 1);

  Layout {
    Objects.requireNonNull(distribution, "distribution");
    if (!(distribution instanceof Copy) && !(distribution instanceof Split)) {
      throw new IllegalArgumentException("vectors are split or whole, not " + distribution);
    }
    if (tasks < 1 || (distribution instanceof Copy && tasks != 1)) {
      throw new IllegalArgumentException("a " + (distribution instanceof Copy ? "whole" : "split") + " vector in "
          + tasks + " tasks");
    }
  }

  /** The layout of an operator's side cut {@code distribution} over {@code tasks} tasks. */
  static Layout of(Distribution distribution, int tasks) {
    return distribution instanceof Split ? new Layout(distribution, tasks) : WHOLE;
  }
}
