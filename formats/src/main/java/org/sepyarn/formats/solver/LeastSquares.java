package org.sepyarn.formats.solver;

import java.util.Objects;

/**
 * The three problems of {@code problem.json} as one conjugate-direction solve each:
 * <ul>
 *   <li>{@code cg}: {@code min ||d - Lm||²} from {@code m0};
 *   <li>{@code reg}: {@code min ||d - Lm||² + eps² ||Am||²}, the plain problem for the stacked
 *       operator {@code [L; eps A]} and data {@code [d; 0]};
 *   <li>{@code prec}: {@code m = m0 + Pp} with {@code min ||(d - L m0) - LPp||² + eps² ||p||²},
 *       the plain problem for {@code [LP; eps I]} and data {@code [d - L m0; 0]} from {@code p = 0}
 *       (for {@code eps = 0}, {@code LP} and {@code d - L m0}).
 * </ul>
 * Each stores its vectors in the given store under the names in {@link SolverState#vectors()}.
 */
public final class LeastSquares {
  private final LinearOperator operator;
  private final SolverState initial;
  private final LinearOperator toModel;
  private final Vector modelOffset;
  private final VectorStore store;

  private LeastSquares(LinearOperator operator, SolverState initial, LinearOperator toModel, Vector modelOffset,
      VectorStore store) {
    this.operator = operator;
    this.initial = initial;
    this.toModel = toModel;
    this.modelOffset = modelOffset;
    this.store = store;
  }

  public static LeastSquares cg(LinearOperator l, Vector d, Vector m0, int niter, VectorStore store) {
    return start(l, d, m0, niter, store, Operators.identity(), null);
  }

  public static LeastSquares regularized(LinearOperator l, LinearOperator a, double eps, Vector d, Vector m0,
      int niter, VectorStore store) {
    if (!(eps > 0)) {
      throw new IllegalArgumentException("eps must be above 0, got " + eps);
    }
    Vector zero = a.forward(m0).zero();
    return start(Operators.stack(l, Operators.scaled(eps, a)), StackedVector.of(d, zero), m0, niter, store,
        Operators.identity(), null);
  }

  /** @param pZero the zero vector of the preconditioner's model space, where {@code p} starts */
  public static LeastSquares preconditioned(LinearOperator l, LinearOperator p, double eps, Vector d, Vector m0,
      Vector pZero, int niter, VectorStore store) {
    if (!(eps >= 0)) {
      throw new IllegalArgumentException("eps must be 0 or more, got " + eps);
    }
    Vector residual = d.scaleAdd(1, l.forward(m0), -1);
    LinearOperator lp = Operators.chain(l, p);
    if (eps == 0) {
      return start(lp, residual, pZero.zero(), niter, store, p, m0);
    }
    LinearOperator op = Operators.stack(lp, Operators.scaled(eps, Operators.identity()));
    return start(op, StackedVector.of(residual, pZero.zero()), pZero.zero(), niter, store, p, m0);
  }

  private static LeastSquares start(LinearOperator op, Vector d, Vector x0, int niter, VectorStore store,
      LinearOperator toModel, Vector modelOffset) {
    Objects.requireNonNull(store, "store");
    store.put("d", d);
    store.put("x.0", x0);
    return new LeastSquares(op, SolverState.initial("d", "x.0", niter), toModel, modelOffset, store);
  }

  /** The operator the iterations apply. */
  public LinearOperator operator() {
    return operator;
  }

  /** The state before the first step. */
  public SolverState initialState() {
    return initial;
  }

  /** A solver over this problem's operator and store. */
  public CgSolver solver() {
    return new CgSolver(operator, store);
  }

  /** Runs every step from the initial state and returns the model. */
  public Vector solve() {
    return model(solver().run(initial));
  }

  /** The model {@code m} of a state: {@code x}, or {@code m0 + P x} for a preconditioned problem. */
  public Vector model(SolverState state) {
    Vector x = store.get(state.vector("x"));
    return modelOffset == null ? x : modelOffset.add(toModel.forward(x));
  }
}
