package org.sepyarn.formats.solver;

/**
 * The reference solutions: the normal equations formed and solved directly in double precision
 * (Gaussian elimination with partial pivoting).
 */
final class DenseLeastSquares {
  private DenseLeastSquares() {
  }

  /** {@code argmin ||b - A x||² + eps² ||B x||²} ({@code B} may be null). */
  static double[] solve(double[][] a, double[] b, double[][] reg, double eps) {
    int n = a[0].length;
    double[][] normal = new double[n][n + 1];
    for (int j = 0; j < n; j++) {
      for (int k = 0; k < n; k++) {
        double sum = 0;
        for (double[] row : a) {
          sum += row[j] * row[k];
        }
        if (reg != null) {
          for (double[] row : reg) {
            sum += eps * eps * row[j] * row[k];
          }
        }
        normal[j][k] = sum;
      }
      double rhs = 0;
      for (int i = 0; i < a.length; i++) {
        rhs += a[i][j] * b[i];
      }
      normal[j][n] = rhs;
    }
    return gauss(normal);
  }

  static double[][] multiply(double[][] x, double[][] y) {
    double[][] out = new double[x.length][y[0].length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < y[0].length; j++) {
        for (int k = 0; k < y.length; k++) {
          out[i][j] += x[i][k] * y[k][j];
        }
      }
    }
    return out;
  }

  static double[] apply(double[][] x, double[] v) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      for (int k = 0; k < v.length; k++) {
        out[i] += x[i][k] * v[k];
      }
    }
    return out;
  }

  private static double[] gauss(double[][] m) {
    int n = m.length;
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = m[c];
      m[c] = m[pivot];
      m[pivot] = t;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) {
          m[r][k] -= f * m[c][k];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double sum = m[r][n];
      for (int k = r + 1; k < n; k++) {
        sum -= m[r][k] * x[k];
      }
      x[r] = sum / m[r][r];
    }
    return x;
  }
}
