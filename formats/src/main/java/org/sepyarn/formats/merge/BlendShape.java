package org.sepyarn.formats.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/**
 * The grid a blend fills and where each patch goes in it, from the planned grid (the patched
 * input's) and the pieces the program wrote. Along the axes the patches cut, the plan holds: the
 * input's axis, each piece filling its patch. Along every other axis the pieces decide: they must
 * agree on extent, origin and sampling, and the output takes piece 0's axis (the input's, label and
 * unit included, when piece 0 kept its extent, origin and sampling), each patch spanning it whole.
 * So a program may change the length of an axis the patches do not cut, as an FFT along time does.
 *
 * @param cube the output's grid
 * @param placements each piece's window in {@code cube}, in piece order
 */
public record BlendShape(Hypercube cube, List<Window> placements) {
  public BlendShape {
    Objects.requireNonNull(cube, "cube");
    placements = List.copyOf(placements);
  }

  /**
   * The shape for pieces of shapes {@code pieces} planned at {@code planned} (one per piece) in
   * {@code plannedCube}; throws naming the first piece that disagrees with piece 0 or does not fill
   * its patch.
   */
  public static BlendShape of(Hypercube plannedCube, List<Window> planned, List<Hypercube> pieces) {
    Objects.requireNonNull(plannedCube, "plannedCube");
    if (planned.size() != pieces.size()) {
      throw new IllegalArgumentException(planned.size() + " patches for " + pieces.size() + " pieces");
    }
    Set<Integer> cut = cutAxes(plannedCube, planned);
    for (int i = 0; i < pieces.size(); i++) {
      PieceShapes.offPlacement(i, pieces.get(i), planned.get(i), cut).ifPresent(problem -> {
        throw new IllegalArgumentException(problem);
      });
    }
    PieceShapes.requireAgreement(pieces, cut, "along axes the patches do not cut, every piece must have the same"
        + " extent, origin and sampling");
    Hypercube first = pieces.get(0);
    // The planned rank, longer only where the pieces have more than one sample on a further axis,
    // so that a piece listing trailing axes of length 1 does not change the output's header.
    int rank = plannedCube.rank();
    for (int k = rank + 1; k <= first.rank(); k++) {
      if (first.n(k) != 1) {
        rank = k;
      }
    }
    List<Axis> axes = new ArrayList<>();
    for (int k = 1; k <= rank; k++) {
      Axis plannedAxis = plannedCube.axis(k);
      Axis pieceAxis = first.axis(k);
      boolean kept = cut.contains(k)
          || (pieceAxis.n() == plannedAxis.n() && PieceShapes.sameSampling(pieceAxis, plannedAxis));
      axes.add(kept ? plannedAxis : pieceAxis);
    }
    Hypercube cube = new Hypercube(axes);
    List<Window> placements = new ArrayList<>();
    for (Window w : planned) {
      int[] start = new int[rank];
      int[] count = new int[rank];
      for (int d = 0; d < rank; d++) {
        boolean isCut = cut.contains(d + 1);
        start[d] = isCut ? w.start(d) : 0;
        count[d] = isCut ? w.count(d) : cube.n(d + 1);
      }
      placements.add(new Window(start, count));
    }
    return new BlendShape(cube, Collections.unmodifiableList(placements));
  }

  /** The axes (1-based) where some patch does not span the whole planned axis. */
  public static Set<Integer> cutAxes(Hypercube plannedCube, List<Window> planned) {
    Set<Integer> cut = new TreeSet<>();
    for (Window w : planned) {
      for (int d = 0; d < w.rank(); d++) {
        if (w.start(d) != 0 || w.count(d) != plannedCube.n(d + 1)) {
          cut.add(d + 1);
        }
      }
    }
    return cut;
  }
}
