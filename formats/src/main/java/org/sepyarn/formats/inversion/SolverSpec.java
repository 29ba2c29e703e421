package org.sepyarn.formats.inversion;

import java.util.Objects;

/**
 * Which problem the conjugate-gradient iterations solve: {@code cg}, {@code min ||d - Lm||²};
 * {@code reg}, {@code min ||d - Lm||² + eps² ||Am||²}; {@code prec}, {@code m = m0 + Pp} with
 * {@code min ||d - L m0 - LPp||² + eps² ||p||²}.
 */
public sealed interface SolverSpec permits SolverSpec.Cg, SolverSpec.Regularized, SolverSpec.Preconditioned {
  /** The word the problem uses: {@code cg}, {@code reg} or {@code prec}. */
  String method();

  /** Plain least squares. */
  record Cg() implements SolverSpec {
    @Override
    public String method() {
      return "cg";
    }
  }

  /**
   * @param regularization the operator {@code A}, from the model space
   * @param eps its weight, finite and above 0
   */
  record Regularized(OperatorSpec regularization, double eps) implements SolverSpec {
    public Regularized {
      Objects.requireNonNull(regularization, "regularization");
      if (!(eps > 0) || !Double.isFinite(eps)) {
        throw new IllegalArgumentException("eps must be finite and above 0, got " + eps);
      }
    }

    @Override
    public String method() {
      return "reg";
    }
  }

  /**
   * @param preconditioner the operator {@code P}, into the model space
   * @param eps the weight of {@code ||p||²}, finite and 0 or more
   */
  record Preconditioned(OperatorSpec preconditioner, double eps) implements SolverSpec {
    public Preconditioned {
      Objects.requireNonNull(preconditioner, "preconditioner");
      if (!(eps >= 0) || !Double.isFinite(eps)) {
        throw new IllegalArgumentException("eps must be finite and 0 or more, got " + eps);
      }
    }

    @Override
    public String method() {
      return "prec";
    }
  }
}
