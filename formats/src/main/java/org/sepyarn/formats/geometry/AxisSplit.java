package org.sepyarn.formats.geometry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A dataset split along one axis into blocks by SEP's rule ({@link AxisBlocks}); every other axis
 * stays whole. Immutable.
 */
public final class AxisSplit {
  private final Hypercube cube;
  private final AxisBlocks blocks;
  private final List<SplitPiece> pieces;

  private AxisSplit(Hypercube cube, AxisBlocks blocks) {
    this.cube = cube;
    this.blocks = blocks;
    List<SplitPiece> list = new ArrayList<>(blocks.count());
    Window whole = cube.fullWindow();
    for (int i = 0; i < blocks.count(); i++) {
      list.add(new SplitPiece(i, whole.with(blocks.axis() - 1, blocks.start(i), blocks.size(i))));
    }
    this.pieces = Collections.unmodifiableList(list);
  }

  /**
   * Splits {@code cube} along axis {@code axis} (1 to the cube's rank) into {@code nblock} blocks.
   * Throws naming the axis and the allowed range when the axis or the block count is out of range.
   */
  public static AxisSplit of(Hypercube cube, int axis, int nblock) {
    Objects.requireNonNull(cube, "cube");
    AxisRange.check(cube, axis);
    return new AxisSplit(cube, AxisBlocks.of(axis, cube.n(axis), nblock));
  }

  public Hypercube cube() {
    return cube;
  }

  /** The 1-based axis split. */
  public int axis() {
    return blocks.axis();
  }

  public AxisBlocks blocks() {
    return blocks;
  }

  /** The pieces in order along the axis. */
  public List<SplitPiece> pieces() {
    return pieces;
  }

  @Override
  public String toString() {
    return "split of " + cube + " along " + blocks;
  }
}
