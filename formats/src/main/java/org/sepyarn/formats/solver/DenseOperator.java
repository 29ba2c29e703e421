package org.sepyarn.formats.solver;

/**
 * A real matrix acting on real {@link FloatVector}s: each output sample is summed in double
 * precision over the columns in order and rounded once.
 */
public final class DenseOperator implements LinearOperator {
  private final double[][] matrix;
  private final int columns;

  /** @param matrix rows of equal length: {@code matrix[i][j]} maps model sample j to data sample i */
  public DenseOperator(double[][] matrix) {
    if (matrix.length == 0 || matrix[0].length == 0) {
      throw new IllegalArgumentException("a matrix needs at least one row and one column");
    }
    this.columns = matrix[0].length;
    this.matrix = new double[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      if (matrix[i].length != columns) {
        throw new IllegalArgumentException("row " + i + " has " + matrix[i].length + " columns, row 0 has " + columns);
      }
      this.matrix[i] = matrix[i].clone();
    }
  }

  private static float[] real(Vector v, int n, String what) {
    if (!(v instanceof FloatVector f) || f.isComplex() || f.size() != n) {
      throw new IllegalArgumentException(what + " must be " + n + " real samples, got " + v);
    }
    return f.values();
  }

  @Override
  public Vector forward(Vector model) {
    float[] m = real(model, columns, "the model");
    double[] d = new double[matrix.length];
    for (int i = 0; i < matrix.length; i++) {
      double sum = 0;
      for (int j = 0; j < columns; j++) {
        sum += matrix[i][j] * m[j];
      }
      d[i] = sum;
    }
    return FloatVector.ofDoubles(d);
  }

  @Override
  public Vector adjoint(Vector data) {
    float[] d = real(data, matrix.length, "the data");
    double[] m = new double[columns];
    for (int i = 0; i < matrix.length; i++) {
      for (int j = 0; j < columns; j++) {
        m[j] += matrix[i][j] * d[i];
      }
    }
    return FloatVector.ofDoubles(m);
  }
}
