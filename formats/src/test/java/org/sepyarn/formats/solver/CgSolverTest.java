package org.sepyarn.formats.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The conjugate-direction solvers against the normal equations solved directly. */
class CgSolverTest {
  private static double[][] matrix(int rows, int columns, long seed) {
    Random r = new Random(seed);
    double[][] m = new double[rows][columns];
    for (double[] row : m) {
      for (int j = 0; j < columns; j++) {
        row[j] = r.nextGaussian();
      }
    }
    return m;
  }

  /** First differences along a 1-D model: a roughener. */
  private static double[][] roughener(int n) {
    double[][] m = new double[n - 1][n];
    for (int i = 0; i < n - 1; i++) {
      m[i][i] = -1;
      m[i][i + 1] = 1;
    }
    return m;
  }

  /** Causal integration: a smoother to precondition with. */
  private static double[][] integrator(int n) {
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        m[i][j] = 1;
      }
    }
    return m;
  }

  private static double[] doubles(Vector v) {
    float[] f = ((FloatVector) v).values();
    double[] d = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      d[i] = f[i];
    }
    return d;
  }

  private static void assertClose(double[] expected, Vector actual, double relative) {
    double[] a = doubles(actual);
    double err = 0;
    double norm = 0;
    for (int i = 0; i < expected.length; i++) {
      err += (expected[i] - a[i]) * (expected[i] - a[i]);
      norm += expected[i] * expected[i];
    }
    assertTrue(Math.sqrt(err / norm) < relative, "relative error " + Math.sqrt(err / norm));
  }

  @Test
  void plainLeastSquaresMatchesTheNormalEquations() {
    for (long seed = 1; seed <= 5; seed++) {
      double[][] a = matrix(30, 8, seed);
      double[] b = doubles(FloatVector.gaussian(30, seed + 100));
      double[] m0 = doubles(FloatVector.gaussian(8, seed + 200));
      LeastSquares ls = LeastSquares.cg(new DenseOperator(a), FloatVector.ofDoubles(b), FloatVector.ofDoubles(m0),
          16, new MemoryStore());
      assertClose(DenseLeastSquares.solve(a, b, null, 0), ls.solve(), 1e-4);
    }
  }

  @Test
  void theResidualNormFallsEveryIterationAndTheStateSaysSo() {
    double[][] a = matrix(40, 12, 7);
    MemoryStore store = new MemoryStore();
    LeastSquares ls = LeastSquares.cg(new DenseOperator(a), FloatVector.gaussian(40, 8), FloatVector.gaussian(12, 9),
        12, store);
    CgSolver solver = ls.solver();
    SolverState s = ls.initialState();
    List<Double> norms = new ArrayList<>();
    while (!s.done()) {
      s = solver.advance(s);
      if (s.next() == SolverStep.GRADIENT || s.done()) {
        norms.add(s.residualNorm());
        assertEquals(store.get(s.vector("r")).norm(), s.residualNorm());
      }
    }
    for (int i = 1; i < norms.size(); i++) {
      assertTrue(norms.get(i) <= norms.get(i - 1) * (1 + 1e-6), "iteration " + i + ": " + norms);
    }
    assertEquals(12, s.iteration());
    assertEquals("x.12", s.vector("x"));
  }

  @Test
  void regularizedMatchesTheStackedNormalEquations() {
    int n = 15;
    double[][] a = matrix(10, n, 3);
    double[] b = doubles(FloatVector.gaussian(10, 4));
    double eps = 0.7;
    LeastSquares ls = LeastSquares.regularized(new DenseOperator(a), new DenseOperator(roughener(n)), eps,
        FloatVector.ofDoubles(b), FloatVector.ofDoubles(new double[n]), 60, new MemoryStore());
    assertClose(DenseLeastSquares.solve(a, b, roughener(n), eps), ls.solve(), 1e-3);
  }

  @Test
  void preconditionedMatchesItsDenseEquivalent() {
    int n = 12;
    double[][] a = matrix(20, n, 5);
    double[][] p = integrator(n);
    double[] b = doubles(FloatVector.gaussian(20, 6));
    double[] m0 = doubles(FloatVector.gaussian(n, 7));
    double eps = 0.3;
    double[][] ap = DenseLeastSquares.multiply(a, p);
    double[] am0 = DenseLeastSquares.apply(a, m0);
    double[] rhs = new double[b.length];
    for (int i = 0; i < b.length; i++) {
      rhs[i] = b[i] - am0[i];
    }
    double[][] identity = new double[n][n];
    for (int i = 0; i < n; i++) {
      identity[i][i] = 1;
    }
    double[] pHat = DenseLeastSquares.solve(ap, rhs, identity, eps);
    double[] expected = DenseLeastSquares.apply(p, pHat);
    for (int i = 0; i < n; i++) {
      expected[i] += m0[i];
    }
    LeastSquares ls = LeastSquares.preconditioned(new DenseOperator(a), new DenseOperator(p), eps,
        FloatVector.ofDoubles(b), FloatVector.ofDoubles(m0), FloatVector.ofDoubles(new double[n]), 40, new MemoryStore());
    assertClose(expected, ls.solve(), 1e-3);
  }

  @Test
  void preconditionedWithoutEpsSolvesThePlainProblem() {
    int n = 10;
    double[][] a = matrix(25, n, 11);
    double[] b = doubles(FloatVector.gaussian(25, 12));
    LeastSquares ls = LeastSquares.preconditioned(new DenseOperator(a), new DenseOperator(integrator(n)), 0,
        FloatVector.ofDoubles(b), FloatVector.ofDoubles(new double[n]), FloatVector.ofDoubles(new double[n]), 30,
        new MemoryStore());
    assertClose(DenseLeastSquares.solve(a, b, null, 0), ls.solve(), 1e-3);
  }

  @Test
  void complexSamplesSolveAsTheirRealAndImaginaryParts() {
    FloatVector x = FloatVector.complex(1, 2, 3, 4);
    assertEquals(1 * 1 + 2 * 2 + 3 * 3 + 4 * 4, x.dot(x));
    assertThrows(IllegalArgumentException.class, () -> x.dot(FloatVector.of(1, 2, 3, 4)));
  }

  @Test
  void aZeroGradientStopsMovingInsteadOfDividingByZero() {
    double[][] a = {{1, 0}, {0, 1}, {0, 0}};
    LeastSquares ls = LeastSquares.cg(new DenseOperator(a), FloatVector.of(0, 0, 5), FloatVector.of(0, 0), 3,
        new MemoryStore());
    float[] m = ((FloatVector) ls.solve()).values();
    assertEquals(0f, m[0]);
    assertEquals(0f, m[1]);
  }
}
