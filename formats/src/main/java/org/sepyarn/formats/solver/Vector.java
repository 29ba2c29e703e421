package org.sepyarn.formats.solver;

/**
 * A vector of a solver's spaces. Vectors are values: operations return new vectors and never
 * change their operands. Scalars are doubles; an implementation stores its samples as it likes
 * (floats, in files) and rounds each result once to its own precision.
 */
public interface Vector {
  /** {@code a * this}. */
  Vector scale(double a);

  /** {@code this + y}. */
  default Vector add(Vector y) {
    return scaleAdd(1, y, 1);
  }

  /** {@code a * this + b * y}, each sample formed in double precision and rounded once. */
  Vector scaleAdd(double a, Vector y, double b);

  /**
   * The real inner product: the sum of the products of matching samples (real and imaginary parts
   * alike for complex samples, which is the real part of the Hermitian product), accumulated in
   * double precision in sample order, so that it gives the same bits every time.
   */
  double dot(Vector y);

  /** {@code sqrt(this . this)}. */
  default double norm() {
    return Math.sqrt(dot(this));
  }

  /** A vector of the same space, all zeros. */
  Vector zero();

  /** How many real numbers the vector holds (twice the samples for complex ones). */
  long size();
}
