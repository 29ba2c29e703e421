package org.sepyarn.formats.solver;

/** A linear operator from a model space to a data space, with its adjoint. */
public interface LinearOperator {
  /** {@code L m}. */
  Vector forward(Vector model);

  /** {@code L' d}. */
  Vector adjoint(Vector data);
}
