package org.sepyarn.formats.solver;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Least squares {@code min ||d - Lx||²} by conjugate directions, as SEP's and Claerbout's
 * {@code cgstep}: each iteration takes the gradient {@code g = L'r} and its image {@code G = Lg},
 * and moves along the combination of {@code g} and the previous direction {@code s} that
 * minimizes the residual, which in exact arithmetic is the conjugate-gradient (CGLS) step.
 *
 * <p>{@link #advance} runs one {@link SolverStep} and returns the next state; it changes nothing
 * but the vectors it stores under fresh names, so a state can be journaled after any step and
 * the solve resumed from it, or a step run again, giving the same bits.
 */
public final class CgSolver {
  private final LinearOperator operator;
  private final VectorStore store;

  public CgSolver(LinearOperator operator, VectorStore store) {
    this.operator = Objects.requireNonNull(operator, "operator");
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Runs steps from {@code state} until the solve is done; returns the final state. */
  public SolverState run(SolverState state) {
    SolverState s = state;
    while (!s.done()) {
      s = advance(s);
    }
    return s;
  }

  /** Runs the step {@code state.next()} and returns the state after it. */
  public SolverState advance(SolverState state) {
    int i = state.iteration();
    Map<String, String> roles = new HashMap<>(state.vectors());
    switch (state.next()) {
      case START -> {
        roles.put("Lx", put("Lx." + i, operator.forward(get(state, "x"))));
        return next(state, SolverStep.RESIDUAL, roles);
      }
      case RESIDUAL -> {
        Vector r = get(state, "d").scaleAdd(1, store.get(roles.remove("Lx")), -1);
        roles.put("r", put("r." + i, r));
        return new SolverState(i, state.niter(), SolverStep.GRADIENT, roles, 0, 0, r.norm(), get(state, "x").norm(),
            Map.of());
      }
      case GRADIENT -> {
        roles.put("g", put("g." + i, operator.adjoint(get(state, "r"))));
        return next(state, SolverStep.CONJUGATE, roles);
      }
      case CONJUGATE -> {
        roles.put("G", put("G." + i, operator.forward(get(state, "g"))));
        return next(state, SolverStep.STEP_LENGTHS, roles);
      }
      case STEP_LENGTHS -> {
        return stepLengths(state);
      }
      case DIRECTIONS -> {
        double a = state.alpha();
        double b = state.beta();
        Vector g = get(state, "g");
        Vector gg = get(state, "G");
        boolean first = !roles.containsKey("s");
        roles.put("s", put("s." + i, first ? g.scale(a) : g.scaleAdd(a, get(state, "s"), b)));
        roles.put("S", put("S." + i, first ? gg.scale(a) : gg.scaleAdd(a, get(state, "S"), b)));
        roles.remove("g");
        roles.remove("G");
        return next(state, SolverStep.UPDATE, roles);
      }
      case UPDATE -> {
        Vector x = get(state, "x").add(get(state, "s"));
        Vector r = get(state, "r").scaleAdd(1, get(state, "S"), -1);
        roles.put("x", put("x." + (i + 1), x));
        roles.put("r", put("r." + (i + 1), r));
        SolverStep after = i + 1 == state.niter() ? SolverStep.DONE : SolverStep.GRADIENT;
        return new SolverState(i + 1, state.niter(), after, roles, state.alpha(), state.beta(), r.norm(), x.norm(),
            Map.of());
      }
      default -> throw new IllegalStateException("the solve is done: there is no step after " + state.next());
    }
  }

  /**
   * The dot products of {@code G}, {@code r} and, once there is a previous direction, {@code S},
   * and from them the step lengths ({@link StepLengths}).
   */
  private SolverState stepLengths(SolverState state) {
    Vector r = get(state, "r");
    Vector gg = get(state, "G");
    Map<String, Double> dots = new HashMap<>();
    double gdg = gg.dot(gg);
    double gdr = gg.dot(r);
    dots.put("gdg", gdg);
    dots.put("gdr", gdr);
    boolean previous = state.vectors().containsKey("S");
    if (previous) {
      Vector ss = get(state, "S");
      dots.put("sds", ss.dot(ss));
      dots.put("gds", gg.dot(ss));
      dots.put("sdr", ss.dot(r));
    }
    StepLengths step = StepLengths.of(gdg, gdr, dots.getOrDefault("sds", 0.0), dots.getOrDefault("gds", 0.0),
        dots.getOrDefault("sdr", 0.0), previous);
    double alpha = step.alpha();
    double beta = step.beta();
    return new SolverState(state.iteration(), state.niter(), SolverStep.DIRECTIONS, state.vectors(), alpha, beta,
        state.residualNorm(), state.modelNorm(), dots);
  }

  private static SolverState next(SolverState state, SolverStep step, Map<String, String> roles) {
    return new SolverState(state.iteration(), state.niter(), step, roles, state.alpha(), state.beta(),
        state.residualNorm(), state.modelNorm(), state.dots());
  }

  private Vector get(SolverState state, String role) {
    return store.get(state.vector(role));
  }

  private String put(String name, Vector v) {
    store.put(name, v);
    return name;
  }
}
