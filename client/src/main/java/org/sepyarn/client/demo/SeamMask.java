package org.sepyarn.client.demo;

import java.util.ArrayList;
import java.util.List;
import org.sepyarn.formats.geometry.AxisPatching;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.job.BlockPatch;
import org.sepyarn.formats.job.Patching;
import org.sepyarn.formats.job.WindowPatch;

/**
 * Which samples of a patched dataset lie on a seam: covered by two or more patches along some
 * patched axis, where the merge blends neighbouring patches. Elsewhere exactly one patch gives
 * the output.
 */
final class SeamMask {
  private final Hypercube cube;
  private final boolean[][] seamAlong;

  private SeamMask(Hypercube cube, boolean[][] seamAlong) {
    this.cube = cube;
    this.seamAlong = seamAlong;
  }

  static SeamMask of(Hypercube cube, Patching patching) {
    boolean[][] seamAlong = new boolean[cube.rank() + 1][];
    for (AxisPatching cut : cuts(cube, patching)) {
      int[] cover = new int[cube.n(cut.axis())];
      for (int p = 0; p < cut.count(); p++) {
        for (int i = cut.outerStart(p); i < cut.outerStart(p) + cut.outerCount(p); i++) {
          cover[i]++;
        }
      }
      boolean[] seam = new boolean[cover.length];
      for (int i = 0; i < cover.length; i++) {
        seam[i] = cover[i] > 1;
      }
      seamAlong[cut.axis()] = seam;
    }
    return new SeamMask(cube, seamAlong);
  }

  private static List<AxisPatching> cuts(Hypercube cube, Patching patching) {
    List<AxisPatching> cuts = new ArrayList<>();
    for (int j = 0; j < patching.axes().size(); j++) {
      int axis = patching.axes().get(j);
      if (patching instanceof BlockPatch b) {
        cuts.add(AxisPatching.sep(cube, axis, b.blocks().get(j), b.overlap().get(j)));
      } else {
        WindowPatch w = (WindowPatch) patching;
        cuts.add(AxisPatching.claerbout(cube, axis, w.size().get(j), w.count().get(j)));
      }
    }
    return cuts;
  }

  /** Whether the sample at storage index {@code index} (axis 1 fastest) lies on a seam. */
  boolean isSeam(long index) {
    long rest = index;
    for (int axis = 1; axis <= cube.rank(); axis++) {
      int n = cube.n(axis);
      int i = (int) (rest % n);
      rest /= n;
      if (seamAlong[axis] != null && seamAlong[axis][i]) {
        return true;
      }
    }
    return false;
  }
}
