package org.sepyarn.runner.merge;

import java.util.ArrayList;
import java.util.List;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.merge.Concatenation;
import org.sepyarn.formats.merge.Merge;
import org.sepyarn.formats.merge.PlacedPiece;
import org.sepyarn.formats.merge.Summation;
import org.sepyarn.formats.merge.TaperedBlend;
import org.sepyarn.runner.spec.MergeTaskSpec.MergeKind;

/**
 * The merge of an output from its pieces, the same in the ApplicationMaster and in a merge task:
 * the pieces concatenated along an axis, summed, or blended with triangle tapers where patches
 * overlap (a blend's grid along the axes the patches do not cut taken from the pieces, and its
 * halo honoured).
 */
public final class MergeFactory {
  private MergeFactory() {
  }

  /**
   * @param axis the axis a concatenation follows, 1-based
   * @param outputCube the grid a blend fills (only its lengths matter); null otherwise
   * @param placements each piece's patch in that grid, in task order; empty otherwise
   * @param halo for a blend, the samples of weight 0 next to a patch's inner edges along each axis
   *     (index 0 for axis 1); empty for none
   * @param bufferBytes the working memory the merge may use
   */
  public static Merge of(MergeKind kind, int axis, Hypercube outputCube, List<Window> placements, int[] halo,
      List<PieceSource> pieces, long bufferBytes) {
    return switch (kind) {
      case CONCATENATE -> Concatenation.along(axis, pieces, bufferBytes);
      case SUM -> Summation.of(pieces, bufferBytes);
      case BLEND -> TaperedBlend.planned(outputCube, placed(pieces, placements), halo, bufferBytes);
    };
  }

  private static List<PlacedPiece> placed(List<PieceSource> pieces, List<Window> placements) {
    if (placements.size() != pieces.size()) {
      throw new IllegalArgumentException(placements.size() + " placements for " + pieces.size() + " pieces");
    }
    List<PlacedPiece> placed = new ArrayList<>();
    for (int t = 0; t < pieces.size(); t++) {
      placed.add(new PlacedPiece(pieces.get(t), placements.get(t)));
    }
    return placed;
  }
}
