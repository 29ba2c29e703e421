package org.sepyarn.formats.inversion;

import java.util.Objects;

/**
 * An operator multiplied by a constant.
 *
 * @param factor the constant, finite
 * @param operator the operator scaled
 */
public record Scaled(double factor, OperatorSpec operator) implements OperatorSpec {
  public Scaled {
    Objects.requireNonNull(operator, "operator");
    if (!Double.isFinite(factor)) {
      throw new IllegalArgumentException("a scale factor must be finite, got " + factor);
    }
  }

  @Override
  public String describe() {
    return "scaled " + operator.describe();
  }
}
