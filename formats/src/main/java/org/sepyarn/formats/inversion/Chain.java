package org.sepyarn.formats.inversion;

import java.util.List;

/**
 * The product {@code A1 A2 ... Ak}: forward applies {@code Ak} first and {@code A1} last; the
 * adjoint applies {@code A1'} first. The model space is {@code Ak}'s, the data space {@code A1}'s.
 *
 * @param operators at least two, in the order they are written
 */
public record Chain(List<OperatorSpec> operators) implements OperatorSpec {
  public Chain {
    operators = List.copyOf(operators);
    if (operators.size() < 2) {
      throw new IllegalArgumentException("a chain needs at least 2 operators, got " + operators.size());
    }
  }

  @Override
  public String describe() {
    return "chain of " + operators.size();
  }
}
