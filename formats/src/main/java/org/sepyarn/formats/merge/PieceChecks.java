package org.sepyarn.formats.merge;

import java.util.List;
import java.util.Objects;
import org.sepyarn.formats.dataset.WindowSource;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;

/** Checks merges share: there are pieces, and they all store their samples the same way. */
public final class PieceChecks {
  private PieceChecks() {
  }

  static void requirePieces(List<?> pieces, String mergeName) {
    Objects.requireNonNull(pieces, "pieces");
    if (pieces.isEmpty()) {
      throw new IllegalArgumentException("a " + mergeName + " needs at least one piece, got none");
    }
    for (int i = 0; i < pieces.size(); i++) {
      if (pieces.get(i) == null) {
        throw new IllegalArgumentException("piece " + i + " of the " + mergeName + " is null");
      }
    }
  }

  /** The format every piece shares; throws naming the first piece whose format differs from piece 0's. */
  public static ElementFormat commonFormat(List<? extends WindowSource> pieces) {
    ElementFormat first = pieces.get(0).format();
    for (int i = 1; i < pieces.size(); i++) {
      ElementFormat f = pieces.get(i).format();
      if (!first.equals(f)) {
        throw new IllegalArgumentException("piece " + i + " is stored as data_format=\"" + f + "\" but piece 0 as \""
            + first + "\": all pieces must share one format");
      }
    }
    return first;
  }

  /** Highest rank among the cubes, so comparisons see every stored axis. */
  static int maxRank(List<Hypercube> cubes) {
    int rank = 1;
    for (Hypercube c : cubes) {
      rank = Math.max(rank, c.rank());
    }
    return rank;
  }
}
