package org.sepyarn.formats.geometry;

import java.util.Arrays;
import java.util.Objects;

/**
 * One patch of a {@link PatchGrid}: its index, its coordinates on the patch grid (one per axis of
 * the cube, 0 along axes that are not cut), its outer window in the full cube (overlap included:
 * what the patch's program reads) and its core window (the samples it owns; the cores of a grid
 * partition the cube). Immutable.
 */
public final class Patch {
  private final int index;
  private final int[] grid;
  private final Window outer;
  private final Window core;

  public Patch(int index, int[] gridCoordinates, Window outer, Window core) {
    if (index < 0) {
      throw new IllegalArgumentException("patch index " + index + " is negative: indices start at 0");
    }
    this.grid = Objects.requireNonNull(gridCoordinates, "gridCoordinates").clone();
    for (int i = 0; i < grid.length; i++) {
      if (grid[i] < 0) {
        throw new IllegalArgumentException("patch grid coordinate " + grid[i] + " on axis " + (i + 1) + " is negative");
      }
    }
    this.index = index;
    this.outer = Objects.requireNonNull(outer, "outer");
    this.core = Objects.requireNonNull(core, "core");
    if (!outer.contains(core)) {
      throw new IllegalArgumentException("patch " + index + ": core window " + core + " is not inside its outer window "
          + outer);
    }
  }

  /** Position in the grid's row-major order (axis 1's grid coordinate varies fastest). */
  public int index() {
    return index;
  }

  /** Grid coordinate along axis {@code axis} (1-based); 0 for axes beyond those stored. */
  public int gridCoordinate(int axis) {
    return axis - 1 < grid.length ? grid[axis - 1] : 0;
  }

  /** Grid coordinates, index 0 along axis 1. */
  public int[] gridCoordinates() {
    return grid.clone();
  }

  /** The samples the patch holds, overlap included. */
  public Window outer() {
    return outer;
  }

  /** The samples the patch owns. */
  public Window core() {
    return core;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Patch)) {
      return false;
    }
    Patch p = (Patch) other;
    return index == p.index && Arrays.equals(grid, p.grid) && outer.equals(p.outer) && core.equals(p.core);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, Arrays.hashCode(grid), outer, core);
  }

  @Override
  public String toString() {
    return "patch " + index + " " + Arrays.toString(grid) + " outer=" + outer + " core=" + core;
  }
}
