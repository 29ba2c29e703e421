package org.sepyarn.formats.solver;

import java.util.Map;
import java.util.Objects;

/**
 * Where a solve stands after a completed step: small enough to journal after every step, and all
 * a solver needs to go on.
 *
 * @param iteration iterations completed, 0 to {@code niter}
 * @param niter iterations asked for
 * @param next the step to run next
 * @param vectors which stored vector holds each role: {@code d} (the data), {@code x} (the
 *     model, or the preconditioned variable), {@code r} (the residual {@code d - Lx}), and while
 *     an iteration runs {@code g}, {@code G}, and once there are directions {@code s}, {@code S}
 * @param alpha the step length of the last direction update (0 before the first)
 * @param beta the weight of the previous direction in it (0 before the second)
 * @param residualNorm {@code ||r||} after the last completed iteration (or of the initial residual)
 * @param modelNorm {@code ||x||} likewise
 * @param dots the dot products of the current iteration once computed ({@code gdg}, {@code sds},
 *     {@code gds}, {@code gdr}, {@code sdr}), else empty
 */
public record SolverState(int iteration, int niter, SolverStep next, Map<String, String> vectors, double alpha,
    double beta, double residualNorm, double modelNorm, Map<String, Double> dots) {
  public SolverState {
    Objects.requireNonNull(next, "next");
    vectors = Map.copyOf(vectors);
    dots = Map.copyOf(dots);
    if (niter < 1 || iteration < 0 || iteration > niter) {
      throw new IllegalArgumentException("iteration " + iteration + " of " + niter + " is not possible");
    }
  }

  /** The state before anything runs: data {@code data} and initial model {@code initialModel} are stored. */
  public static SolverState initial(String data, String initialModel, int niter) {
    return new SolverState(0, niter, SolverStep.START, Map.of("d", data, "x", initialModel), 0, 0, Double.NaN,
        Double.NaN, Map.of());
  }

  /** The name of the vector holding {@code role}. @throws IllegalStateException when none does */
  public String vector(String role) {
    String name = vectors.get(role);
    if (name == null) {
      throw new IllegalStateException("no vector holds " + role + " at step " + next + " of iteration " + iteration);
    }
    return name;
  }

  public boolean done() {
    return next == SolverStep.DONE;
  }
}
