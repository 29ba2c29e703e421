package org.sepyarn.formats.merge;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/**
 * The shape rule for an output's pieces. Along the axes the output's distribution cuts, a piece
 * has the extent the plan gives it (a patch's window; any length along a split axis); along every
 * other axis the program decides the extent, origin and sampling, and all pieces must agree on
 * them. Origins and samplings agree when they differ by at most a millionth of the sampling.
 */
public final class PieceShapes {
  private PieceShapes() {
  }

  /**
   * Why piece {@code index} cannot be merged with piece {@code reference} along the axes not in
   * {@code cut} (1-based): the first axis where their extent, origin or sampling differ; empty when
   * they agree.
   */
  public static Optional<String> disagreement(int reference, Hypercube referenceCube, int index, Hypercube cube,
      Set<Integer> cut) {
    int rank = Math.max(referenceCube.rank(), cube.rank());
    for (int k = 1; k <= rank; k++) {
      if (cut.contains(k)) {
        continue;
      }
      Axis a = cube.axis(k);
      Axis r = referenceCube.axis(k);
      if (a.n() != r.n()) {
        return Optional.of("piece " + index + " has n" + k + "=" + a.n() + " on axis " + k + " but piece " + reference
            + " has n" + k + "=" + r.n());
      }
      if (!sameSampling(a, r)) {
        return Optional.of("piece " + index + " has o" + k + "=" + a.o() + " d" + k + "=" + a.d() + " on axis " + k
            + " but piece " + reference + " has o" + k + "=" + r.o() + " d" + k + "=" + r.d());
      }
    }
    return Optional.empty();
  }

  /**
   * Why piece {@code index} does not fill its patch {@code placement} along the cut axes (1-based):
   * the first cut axis where its extent differs from the patch's; empty when it fills it.
   */
  public static Optional<String> offPlacement(int index, Hypercube cube, Window placement, Set<Integer> cut) {
    for (int k : cut) {
      int expected = k <= placement.rank() ? placement.count(k - 1) : 1;
      if (cube.n(k) != expected) {
        return Optional.of("piece " + index + " has n" + k + "=" + cube.n(k) + " on axis " + k + ", which is cut"
            + " into patches, but its patch " + placement + " spans " + expected + " samples there");
      }
    }
    return Optional.empty();
  }

  /**
   * Throws, naming the first piece that disagrees with piece 0 along the axes not in {@code cut},
   * with {@code why} appended to the message.
   */
  static void requireAgreement(List<Hypercube> cubes, Set<Integer> cut, String why) {
    for (int i = 1; i < cubes.size(); i++) {
      Optional<String> problem = disagreement(0, cubes.get(0), i, cubes.get(i), cut);
      if (problem.isPresent()) {
        throw new IllegalArgumentException(problem.get() + ": " + why);
      }
    }
  }

  /** Whether two axes have the same origin and sampling, to a millionth of the sampling. */
  static boolean sameSampling(Axis a, Axis b) {
    double scale = Math.max(Math.abs(a.d()), Math.abs(b.d()));
    double tolerance = scale * 1e-6;
    return Math.abs(a.o() - b.o()) <= tolerance && Math.abs(a.d() - b.d()) <= tolerance;
  }
}
