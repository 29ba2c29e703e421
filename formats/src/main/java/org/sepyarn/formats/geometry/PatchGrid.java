package org.sepyarn.formats.geometry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A cube cut into overlapping patches: the product of one {@link AxisPatching} per cut axis; axes
 * not mentioned are not cut. Each axis may use SEP's or Claerbout's layout. Patches are numbered in
 * row-major order over the patch grid with axis 1's grid coordinate varying fastest (as samples are
 * stored). Immutable.
 */
public final class PatchGrid {
  private final Hypercube cube;
  private final List<AxisPatching> perAxis;
  private final List<Patch> patches;

  private PatchGrid(Hypercube cube, List<AxisPatching> perAxis) {
    this.cube = cube;
    this.perAxis = Collections.unmodifiableList(perAxis);
    this.patches = Collections.unmodifiableList(buildPatches());
  }

  /** The grid of {@code cube} cut as {@code cuts} say, at most one cut per axis. */
  public static PatchGrid of(Hypercube cube, List<AxisPatching> cuts) {
    Objects.requireNonNull(cube, "cube");
    Objects.requireNonNull(cuts, "cuts");
    AxisPatching[] byAxis = new AxisPatching[cube.rank()];
    long total = 1;
    for (AxisPatching cut : cuts) {
      Objects.requireNonNull(cut, "cut");
      AxisRange.check(cube, cut.axis());
      if (cut.n() != cube.n(cut.axis())) {
        throw new IllegalArgumentException("patching " + cut + " was made for n" + cut.axis() + "=" + cut.n()
            + " but the dataset has n" + cut.axis() + "=" + cube.n(cut.axis()));
      }
      if (byAxis[cut.axis() - 1] != null) {
        throw new IllegalArgumentException("axis " + cut.axis() + " is cut twice: " + byAxis[cut.axis() - 1] + " and "
            + cut + "; give one cut per axis");
      }
      byAxis[cut.axis() - 1] = cut;
      total *= cut.count();
      if (total > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("the patch grid of " + cuts + " has more than " + Integer.MAX_VALUE
            + " patches");
      }
    }
    List<AxisPatching> perAxis = new ArrayList<>();
    for (int k = 1; k <= cube.rank(); k++) {
      perAxis.add(byAxis[k - 1] != null ? byAxis[k - 1] : AxisPatching.whole(k, cube.n(k)));
    }
    return new PatchGrid(cube, perAxis);
  }

  public static PatchGrid of(Hypercube cube, AxisPatching... cuts) {
    return of(cube, List.of(cuts));
  }

  private List<Patch> buildPatches() {
    int rank = cube.rank();
    int[] shape = gridShape();
    int count = 1;
    for (int s : shape) {
      count *= s;
    }
    List<Patch> list = new ArrayList<>(count);
    int[] g = new int[rank];
    for (int index = 0; index < count; index++) {
      int[] os = new int[rank];
      int[] oc = new int[rank];
      int[] cs = new int[rank];
      int[] cc = new int[rank];
      for (int d = 0; d < rank; d++) {
        AxisPatching p = perAxis.get(d);
        os[d] = p.outerStart(g[d]);
        oc[d] = p.outerCount(g[d]);
        cs[d] = p.coreStart(g[d]);
        cc[d] = p.coreCount(g[d]);
      }
      list.add(new Patch(index, g, new Window(os, oc), new Window(cs, cc)));
      for (int d = 0; d < rank && ++g[d] == shape[d]; d++) {
        g[d] = 0;
      }
    }
    return list;
  }

  public Hypercube cube() {
    return cube;
  }

  /** How axis {@code axis} (1-based) is cut; a single whole-axis patch if it is not. */
  public AxisPatching axis(int axis) {
    AxisRange.check(cube, axis);
    return perAxis.get(axis - 1);
  }

  /** Patches along each axis, index 0 for axis 1. */
  public int[] gridShape() {
    int[] shape = new int[perAxis.size()];
    for (int d = 0; d < shape.length; d++) {
      shape[d] = perAxis.get(d).count();
    }
    return shape;
  }

  public int patchCount() {
    return patches.size();
  }

  /** All patches, in index order. */
  public List<Patch> patches() {
    return patches;
  }

  /** The outer windows of all patches, in index order: the placements a blend needs. */
  public List<Window> outerWindows() {
    List<Window> list = new ArrayList<>(patches.size());
    for (Patch p : patches) {
      list.add(p.outer());
    }
    return list;
  }

  @Override
  public String toString() {
    return "patches of " + cube + ": " + perAxis;
  }
}
