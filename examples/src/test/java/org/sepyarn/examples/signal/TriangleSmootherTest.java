package org.sepyarn.examples.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TriangleSmootherTest {
  /** The operator's matrix, column j = response to a unit spike at j. */
  private static double[][] matrix(int rect, int n) {
    double[][] m = new double[n][n];
    TriangleSmoother s = new TriangleSmoother(rect);
    for (int j = 0; j < n; j++) {
      double[] x = new double[n];
      x[j] = 1;
      s.smooth(x, 0, 1, n);
      for (int i = 0; i < n; i++) {
        m[i][j] = x[i];
      }
    }
    return m;
  }

  @Test
  void anImpulseFarFromTheEndsBecomesTheNormalisedTriangle() {
    double[] x = new double[21];
    x[10] = 1;
    new TriangleSmoother(3).smooth(x, 0, 1, 21);
    double[] expected = new double[21];
    double[] triangle = {1, 2, 3, 2, 1};
    for (int k = 0; k < 5; k++) {
      expected[8 + k] = triangle[k] / 9;
    }
    assertArrayEquals(expected, x, 1e-15);
  }

  @Test
  void rectOneIsTheIdentity() {
    double[] x = {3.25, -1, 7e-9, 0, 12};
    double[] y = x.clone();
    new TriangleSmoother(1).smooth(y, 0, 1, 5);
    assertArrayEquals(x, y, 0);
  }

  @Test
  void everyRowAndColumnSumsToOneSoConstantsStayAndNothingLeaksOffTheEnds() {
    for (int rect : new int[] {2, 3, 5, 12}) {
      for (int n : new int[] {1, 4, 9, 30}) {
        double[][] m = matrix(rect, n);
        for (int i = 0; i < n; i++) {
          double row = 0;
          double column = 0;
          for (int j = 0; j < n; j++) {
            row += m[i][j];
            column += m[j][i];
            assertEquals(m[i][j], m[j][i], 1e-14, "symmetric operator, rect=" + rect + " n=" + n);
          }
          assertEquals(1, row, 1e-12, "row " + i + " rect=" + rect + " n=" + n);
          assertEquals(1, column, 1e-12, "column " + i + " rect=" + rect + " n=" + n);
        }
      }
    }
  }

  @Test
  void aStridedLineIsSmoothedWithoutTouchingItsNeighbours() {
    double[] x = new double[3 * 7];
    for (int i = 0; i < 7; i++) {
      x[1 + 3 * i] = 2;
    }
    x[0] = 5;
    new TriangleSmoother(4).smooth(x, 1, 3, 7);
    for (int i = 0; i < 7; i++) {
      assertEquals(2, x[1 + 3 * i], 1e-15);
    }
    assertEquals(5, x[0]);
    assertEquals(0, x[2]);
  }

  @Test
  void aHalfLengthBelowOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new TriangleSmoother(0));
  }

  @Test
  void mirrorIndicesRepeatTheEndSamples() {
    assertEquals(0, TriangleSmoother.mirror(-1, 4));
    assertEquals(1, TriangleSmoother.mirror(-2, 4));
    assertEquals(3, TriangleSmoother.mirror(4, 4));
    assertEquals(2, TriangleSmoother.mirror(5, 4));
    assertEquals(0, TriangleSmoother.mirror(8, 4));
  }
}
