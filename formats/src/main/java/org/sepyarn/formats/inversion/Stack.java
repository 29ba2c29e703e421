package org.sepyarn.formats.inversion;

import java.util.List;

/**
 * The column of operators {@code [L1; L2; ...]} sharing one model space: forward gives the data
 * of each, one after another; the adjoint sums the adjoints of the parts. How regularization
 * stacks {@code [L; eps A]}.
 *
 * @param operators at least two
 */
public record Stack(List<OperatorSpec> operators) implements OperatorSpec {
  public Stack {
    operators = List.copyOf(operators);
    if (operators.size() < 2) {
      throw new IllegalArgumentException("a stack needs at least 2 operators, got " + operators.size());
    }
  }

  @Override
  public String describe() {
    return "stack of " + operators.size();
  }
}
