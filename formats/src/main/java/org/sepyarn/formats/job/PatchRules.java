package org.sepyarn.formats.job;

import java.util.List;
import org.sepyarn.formats.geometry.Hypercube;

/** Rules the two patch styles share: per-axis lists, the axes they refer to, the patch count. */
final class PatchRules {
  private PatchRules() {
  }

  /** The product of per-axis counts; callers have checked it fits {@link TaskList#MAX_TASKS}. */
  static int product(List<Integer> counts) {
    long total = 1;
    for (int c : counts) {
      total = Math.multiplyExact(total, (long) c);
    }
    return Math.toIntExact(total);
  }

  /**
   * Checks the list that fixes the number of patches per axis ({@code blocks} or {@code count}):
   * 1 to 9 values, each at least 1, a product no larger than the task limit.
   *
   * @return whether the list has a usable length, so the lists that go with it can be checked
   */
  static boolean checkCounts(List<Integer> counts, String what, Problems at) {
    if (!checkLength(counts, "e.g. [4, 4]", at)) {
      return false;
    }
    boolean positive = true;
    for (int i = 0; i < counts.size(); i++) {
      if (counts.get(i) < 1) {
        at.index(i).add(counts.get(i) + " is not allowed: each axis needs at least 1 " + what);
        positive = false;
      }
    }
    if (positive) {
      long total = 1;
      for (int c : counts) {
        total = Math.min(total * c, (long) TaskList.MAX_TASKS + 1);
      }
      if (total > TaskList.MAX_TASKS) {
        at.add(counts + " makes more patches than the " + TaskList.MAX_TASKS + " tasks a job may have");
      }
    }
    return true;
  }

  /** Checks a list that goes with the counts, one value per patched axis, each at least {@code min}. */
  static void checkCompanion(List<Integer> values, int expectedSize, String countsName, int min,
      String meaning, Problems at) {
    if (values.size() != expectedSize) {
      at.add("has " + values.size() + " values but " + countsName + " has " + expectedSize
          + ": give one per patched axis");
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) < min) {
        at.index(i).add(values.get(i) + " is not allowed: " + meaning);
      }
    }
  }

  /** Checks the patched axes: one per count, each 1 to 9, in increasing order. */
  static void checkAxes(List<Integer> axes, int expectedSize, String countsName, Problems at) {
    if (axes.size() != expectedSize) {
      at.add("has " + axes.size() + " values but " + countsName + " has " + expectedSize
          + ": name one axis per value of " + countsName);
      return;
    }
    for (int i = 0; i < axes.size(); i++) {
      int axis = axes.get(i);
      if (axis < 1 || axis > Hypercube.MAX_AXES) {
        at.index(i).add(axis + " is not an axis: axes are numbered 1 to " + Hypercube.MAX_AXES);
      } else if (i > 0 && axis <= axes.get(i - 1)) {
        at.index(i).add(axis + " after " + axes.get(i - 1)
            + ": list the axes in increasing order without repeats, e.g. [1, 3]");
      }
    }
  }

  private static boolean checkLength(List<Integer> counts, String example, Problems at) {
    if (counts.isEmpty()) {
      at.add("an empty list: give one value per patched axis, " + example);
      return false;
    }
    if (counts.size() > Hypercube.MAX_AXES) {
      at.add("has " + counts.size() + " values, but a dataset has at most " + Hypercube.MAX_AXES + " axes");
      return false;
    }
    return true;
  }

  /** The axes 1..n, the default when a patch does not name its axes. */
  static List<Integer> firstAxes(int n) {
    Integer[] axes = new Integer[n];
    for (int i = 0; i < n; i++) {
      axes[i] = i + 1;
    }
    return List.of(axes);
  }
}
