package org.sepyarn.formats.job;

import java.util.List;
import java.util.Objects;

/**
 * Where a flow that iterates a solver leaves the numbers of its convergence, so that the
 * ApplicationMaster can show them while it runs: for each iteration, the intermediates that hold
 * the partial sums of the squared norms of the residual's parts and of the model. Each is written
 * {@code copy} by its step (every task writes its piece's sums; the sum of the pieces is the
 * whole), as two {@code xdr_double} values: the squared norm before the iteration, then after it.
 * {@code sepyarn solve} writes this section; the residual's norm is the square root of the sum over
 * its parts, the model's the square root of its sums.
 *
 * @param iterations the iterations in order, the first iteration's "before" being the start
 */
public record Convergence(List<Iteration> iterations) {
  /**
   * One iteration's sums.
   *
   * @param residual the intermediates ({@code @name}) of the squared norms of each part of the residual
   * @param model the intermediate of the squared norm of the model
   */
  public record Iteration(List<String> residual, String model) {
    public Iteration {
      residual = List.copyOf(residual);
      Objects.requireNonNull(model, "model");
    }

    /** Every intermediate the iteration names: its residual's parts, then its model. */
    public List<String> names() {
      List<String> all = new java.util.ArrayList<>(residual);
      all.add(model);
      return all;
    }
  }

  public Convergence {
    iterations = List.copyOf(iterations);
  }
}
