package org.sepyarn.formats.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DotTestTest {
  private static final double[][] A = {{1, 2, 0}, {0, -1, 3}};

  @Test
  void aTrueAdjointPasses() {
    DotTest.Result r = DotTest.run(new DenseOperator(A), FloatVector.gaussian(3, 1), FloatVector.gaussian(2, 2));
    assertTrue(r.passes(1e-6), r::toString);
  }

  @Test
  void aWrongAdjointFails() {
    LinearOperator wrong = new LinearOperator() {
      @Override
      public Vector forward(Vector model) {
        return new DenseOperator(A).forward(model);
      }

      @Override
      public Vector adjoint(Vector data) {
        return new DenseOperator(A).adjoint(data).scale(1.01);
      }
    };
    DotTest.Result r = DotTest.run(wrong, FloatVector.gaussian(3, 1), FloatVector.gaussian(2, 2));
    assertFalse(r.passes(1e-5), r::toString);
    assertEquals(0.01 / 1.01, r.relativeDifference(), 1e-6);
  }

  @Test
  void compositionsPassToo() {
    LinearOperator a = new DenseOperator(A);
    LinearOperator b = new DenseOperator(new double[][] {{1, 1}, {2, 0}, {0, 5}});
    DotTest.Result chain = DotTest.run(Operators.chain(a, b), FloatVector.gaussian(2, 3), FloatVector.gaussian(2, 4));
    assertTrue(chain.passes(1e-6), chain::toString);
    DotTest.Result stack = DotTest.run(Operators.stack(a, Operators.scaled(0.5, Operators.identity())),
        FloatVector.gaussian(3, 5), StackedVector.of(FloatVector.gaussian(2, 6), FloatVector.gaussian(3, 7)));
    assertTrue(stack.passes(1e-6), stack::toString);
  }
}
