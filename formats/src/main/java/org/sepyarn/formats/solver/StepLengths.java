package org.sepyarn.formats.solver;

/**
 * The step lengths of one conjugate-direction iteration: the {@code alpha} and {@code beta}
 * minimizing {@code ||r - alpha G - beta S||}, from the dot products of the conjugate gradient
 * {@code G}, the residual {@code r} and the previous direction's image {@code S}. Both the
 * in-memory solver and the out-of-core tasks compute them here from the same sums, so they agree
 * bit for bit on the same dot products.
 *
 * <p>With no previous direction, or one parallel to {@code G}, it is the steepest-descent step
 * {@code alpha = G.r / G.G}; a zero {@code G} gives a zero step.
 *
 * @param alpha the weight of the new gradient
 * @param beta the weight of the previous direction
 */
public record StepLengths(double alpha, double beta) {
  /** The names of the dot products, in the order {@link #of(double[], boolean)} takes them. */
  public static final String[] DOTS = {"gdg", "gdr", "sds", "gds", "sdr"};

  /**
   * @param gdg {@code G.G}
   * @param gdr {@code G.r}
   * @param sds {@code S.S} (0 without a previous direction)
   * @param gds {@code G.S}
   * @param sdr {@code S.r}
   * @param previous whether there is a previous direction
   */
  public static StepLengths of(double gdg, double gdr, double sds, double gds, double sdr, boolean previous) {
    if (previous) {
      double determinant = gdg * sds - gds * gds;
      if (gdg > 0 && sds > 0 && determinant > 1e-12 * gdg * sds) {
        return new StepLengths((sds * gdr - gds * sdr) / determinant, (gdg * sdr - gds * gdr) / determinant);
      }
    }
    return new StepLengths(gdg > 0 ? gdr / gdg : 0, 0);
  }

  /** From the dot products in the order of {@link #DOTS}. */
  public static StepLengths of(double[] dots, boolean previous) {
    if (dots.length < DOTS.length) {
      throw new IllegalArgumentException("expected the " + DOTS.length + " dot products " + String.join(", ", DOTS)
          + ", got " + dots.length);
    }
    return of(dots[0], dots[1], dots[2], dots[3], dots[4], previous);
  }
}
