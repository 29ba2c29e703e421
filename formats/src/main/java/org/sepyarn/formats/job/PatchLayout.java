package org.sepyarn.formats.job;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.sepyarn.formats.geometry.AxisPatching;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Patch;
import org.sepyarn.formats.geometry.PatchGrid;
import org.sepyarn.formats.geometry.Window;

/**
 * The patches a {@link Patching} cuts a dataset into, and each patch described for people: its
 * window, the samples it owns, its overlap and its halo on each side along each patched axis.
 */
public final class PatchLayout {
  private PatchLayout() {
  }

  /** The patches of {@code cube}, numbered with the first listed axis fastest. */
  public static PatchGrid grid(Hypercube cube, Patching patching) {
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
    return PatchGrid.of(cube, cuts);
  }

  /**
   * One line per patch, at most {@code limit} and then how many more, e.g. {@code patch 1: window
   * [50:120,0:51], owns [60:120,0:45]; overlap before/after: axis 1 10/0, axis 2 0/6; halo
   * before/after: axis 1 4/0, axis 2 0/4}. Windows are {@code start:end} per axis, end excluded;
   * the halo is 0 at the data's own edges, and left out for patches without one.
   */
  public static List<String> describe(Hypercube cube, Patching patching, int limit) {
    PatchGrid grid = grid(cube, patching);
    boolean hasHalo = patching.axes().stream().anyMatch(axis -> patching.haloOn(axis) > 0);
    List<String> lines = new ArrayList<>();
    for (Patch p : grid.patches()) {
      if (lines.size() == limit) {
        lines.add("... and " + (grid.patchCount() - limit) + " more patches");
        break;
      }
      Window outer = p.outer();
      Window core = p.core();
      StringJoiner overlap = new StringJoiner(", ");
      StringJoiner halo = new StringJoiner(", ");
      for (int axis : patching.axes()) {
        int d = axis - 1;
        int before = core.start(d) - outer.start(d);
        int after = outer.end(d) - core.end(d);
        int h = patching.haloOn(axis);
        overlap.add("axis " + axis + " " + before + "/" + after);
        halo.add("axis " + axis + " " + (outer.start(d) > 0 ? h : 0) + "/" + (outer.end(d) < cube.n(axis) ? h : 0));
      }
      lines.add("patch " + p.index() + ": window " + outer + ", owns " + core + "; overlap before/after: " + overlap
          + (hasHalo ? "; halo before/after: " + halo : ""));
    }
    return lines;
  }
}
