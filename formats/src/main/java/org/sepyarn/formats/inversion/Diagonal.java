package org.sepyarn.formats.inversion;

import java.util.Objects;

/**
 * Multiplication of each sample by the matching sample of a weights dataset; its own adjoint
 * (for real weights). Model and data space are the weights' axes.
 *
 * @param weights the weights dataset
 */
public record Diagonal(String weights) implements OperatorSpec {
  public Diagonal {
    Objects.requireNonNull(weights, "weights");
  }

  @Override
  public String describe() {
    return "diagonal " + weights;
  }
}
