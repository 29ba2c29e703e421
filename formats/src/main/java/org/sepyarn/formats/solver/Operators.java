package org.sepyarn.formats.solver;

import java.util.ArrayList;
import java.util.List;

/**
 * Compositions of operators, as {@code problem.json} composes them: chains {@code A1 A2 ... Ak},
 * stacks {@code [L1; L2; ...]}, scaling by a constant, and the identity.
 */
public final class Operators {
  private Operators() {
  }

  /** {@code A1 A2 ... Ak}: forward applies the last first. */
  public static LinearOperator chain(LinearOperator... operators) {
    List<LinearOperator> ops = List.of(operators);
    if (ops.size() < 2) {
      throw new IllegalArgumentException("a chain needs at least 2 operators");
    }
    return new LinearOperator() {
      @Override
      public Vector forward(Vector model) {
        Vector v = model;
        for (int i = ops.size() - 1; i >= 0; i--) {
          v = ops.get(i).forward(v);
        }
        return v;
      }

      @Override
      public Vector adjoint(Vector data) {
        Vector v = data;
        for (LinearOperator op : ops) {
          v = op.adjoint(v);
        }
        return v;
      }
    };
  }

  /** {@code [L1; L2; ...]}: forward gives a {@link StackedVector}; the adjoint sums the parts' adjoints in order. */
  public static LinearOperator stack(LinearOperator... operators) {
    List<LinearOperator> ops = List.of(operators);
    if (ops.size() < 2) {
      throw new IllegalArgumentException("a stack needs at least 2 operators");
    }
    return new LinearOperator() {
      @Override
      public Vector forward(Vector model) {
        List<Vector> parts = new ArrayList<>();
        for (LinearOperator op : ops) {
          parts.add(op.forward(model));
        }
        return new StackedVector(parts);
      }

      @Override
      public Vector adjoint(Vector data) {
        if (!(data instanceof StackedVector s) || s.parts().size() != ops.size()) {
          throw new IllegalArgumentException("the adjoint of a stack of " + ops.size() + " takes a stack of as many"
              + " vectors, got " + data);
        }
        Vector sum = ops.get(0).adjoint(s.part(0));
        for (int i = 1; i < ops.size(); i++) {
          sum = sum.add(ops.get(i).adjoint(s.part(i)));
        }
        return sum;
      }
    };
  }

  /** {@code factor * L}. */
  public static LinearOperator scaled(double factor, LinearOperator op) {
    return new LinearOperator() {
      @Override
      public Vector forward(Vector model) {
        return op.forward(model).scale(factor);
      }

      @Override
      public Vector adjoint(Vector data) {
        return op.adjoint(data).scale(factor);
      }
    };
  }

  /** {@code I}: returns its argument. */
  public static LinearOperator identity() {
    return new LinearOperator() {
      @Override
      public Vector forward(Vector model) {
        return model;
      }

      @Override
      public Vector adjoint(Vector data) {
        return data;
      }
    };
  }
}
