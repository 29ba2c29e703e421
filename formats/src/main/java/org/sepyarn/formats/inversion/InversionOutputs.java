package org.sepyarn.formats.inversion;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the solve writes: the final model, the table of norms, and optionally, in the given
 * folders, the model ({@code model-0003.H}) and the residual ({@code residual-0003.H}) after each
 * iteration.
 *
 * @param model the final model's dataset
 * @param modelIterations folder for each iteration's model, if wanted
 * @param residualIterations folder for each iteration's residual, if wanted
 * @param norms where the table of the residual's and model's norms at each iteration goes, if not
 *     beside the model
 */
public record InversionOutputs(String model, Optional<String> modelIterations, Optional<String> residualIterations,
    Optional<String> norms) {
  public InversionOutputs {
    Objects.requireNonNull(norms, "norms");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(modelIterations, "modelIterations");
    Objects.requireNonNull(residualIterations, "residualIterations");
  }

  /** The name of iteration {@code i}'s dataset of kind {@code model} or {@code residual}, e.g. {@code model-0003.H}. */
  public static String iterationName(String kind, int i) {
    return String.format("%s-%04d.H", kind, i);
  }
}
