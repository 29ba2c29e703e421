package org.sepyarn.formats.solver;

import java.util.Objects;

/**
 * The dot-product test of an operator: for random {@code m} and {@code d},
 * {@code <Lm, d>} and {@code <m, L'd>} must agree to the precision of the samples.
 */
public final class DotTest {
  private DotTest() {
  }

  /**
   * Both sides and their relative difference {@code |forward - adjoint| / max(|forward|, |adjoint|)}
   * (0 when both are 0).
   */
  public record Result(double forward, double adjoint) {
    public double relativeDifference() {
      double scale = Math.max(Math.abs(forward), Math.abs(adjoint));
      return scale == 0 ? 0 : Math.abs(forward - adjoint) / scale;
    }

    public boolean passes(double tolerance) {
      return relativeDifference() <= tolerance;
    }

    @Override
    public String toString() {
      return String.format("<Lm, d> = %.9g, <m, L'd> = %.9g, relative difference %.3g", forward, adjoint,
          relativeDifference());
    }
  }

  /**
   * Runs the test on the random model {@code m} and random data made by {@code randomLike} in the
   * shape of {@code Lm}, applying the operator once each way: for operators whose data space is
   * known only from their output.
   */
  public static Result run(LinearOperator op, Vector m, java.util.function.UnaryOperator<Vector> randomLike) {
    Vector lm = op.forward(m);
    Vector d = randomLike.apply(lm);
    return new Result(lm.dot(d), m.dot(op.adjoint(d)));
  }

  /** Runs the test on the random model {@code m} and random data {@code d} the caller made. */
  public static Result run(LinearOperator op, Vector m, Vector d) {
    Objects.requireNonNull(op, "op");
    double forward = op.forward(m).dot(d);
    double adjoint = m.dot(op.adjoint(d));
    return new Result(forward, adjoint);
  }
}
