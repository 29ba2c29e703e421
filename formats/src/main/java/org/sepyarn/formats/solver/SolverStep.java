package org.sepyarn.formats.solver;

/**
 * The steps of the conjugate-direction iteration (Claerbout's {@code cgstep}), in order. Each
 * reads vectors named by the state and writes vectors under new names, so a step run again from
 * the same state writes the same vectors.
 */
public enum SolverStep {
  /** {@code Lx.0 = L x.0}: the forward operator on the initial model. */
  START,
  /** {@code r.0 = d - Lx.0}, and the residual's and model's norms. */
  RESIDUAL,
  /** {@code g.i = L' r.i}: the adjoint operator on the residual. */
  GRADIENT,
  /** {@code G.i = L g.i}: the forward operator on the gradient. */
  CONJUGATE,
  /** The dot products and from them {@code alpha} and {@code beta}. */
  STEP_LENGTHS,
  /** {@code s.i = alpha g.i + beta s.(i-1)}, {@code S.i = alpha G.i + beta S.(i-1)}. */
  DIRECTIONS,
  /** {@code x.(i+1) = x.i + s.i}, {@code r.(i+1) = r.i - S.i}, their norms; the iteration is done. */
  UPDATE,
  /** Every iteration is done: {@code x} holds the solution. */
  DONE;

  /** Whether the step applies the operator (a job out of core) rather than vector arithmetic. */
  public boolean appliesOperator() {
    return this == START || this == GRADIENT || this == CONJUGATE;
  }
}
