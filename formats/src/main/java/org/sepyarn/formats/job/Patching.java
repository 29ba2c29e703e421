package org.sepyarn.formats.job;

import java.util.List;
import java.util.StringJoiner;

/**
 * The file is cut into overlapping patches, one per task, along one or more axes; an output is
 * put back together by blending the overlaps with a triangle taper. Either SEP's style
 * ({@link BlockPatch}: blocks widened by an overlap) or Claerbout's ({@link WindowPatch}: windows
 * of a fixed size spread evenly). Patches are numbered with the first listed axis fastest, as
 * {@link org.sepyarn.formats.geometry.PatchGrid} numbers them; patch {@code i} goes to task
 * {@code i}. (What the job asks for; the pieces a dataset is cut into are
 * {@link org.sepyarn.formats.geometry.Patch}es.)
 */
public sealed interface Patching extends Distribution permits BlockPatch, WindowPatch {
  /** The patched axes, 1-based, in increasing order. */
  List<Integer> axes();

  /** How many patches along each of {@link #axes()}. */
  List<Integer> patchesPerAxis();

  /** The number of patches, which is the number of tasks this file implies. */
  default int patchCount() {
    return PatchRules.product(patchesPerAxis());
  }

  /** Whether {@code other} cuts a cube into the same patches (a halo does not change the cut). */
  default boolean sameCutAs(Patching other) {
    return equals(other);
  }

  /**
   * Samples next to a patch's inner edges along {@code axis} (1-based) that the blend gives no
   * weight; 0 unless set.
   */
  default int haloOn(int axis) {
    return 0;
  }

  /** For messages: {@code 4x4 = 16 patches}, or {@code 8 patches} along one axis. */
  default String describeCount() {
    StringJoiner joiner = new StringJoiner("x");
    for (int c : patchesPerAxis()) {
      joiner.add(Integer.toString(c));
    }
    int count = patchCount();
    String total = count + (count == 1 ? " patch" : " patches");
    return patchesPerAxis().size() == 1 ? total : joiner + " = " + total;
  }

  @Override
  default String kind() {
    return "patch";
  }
}
