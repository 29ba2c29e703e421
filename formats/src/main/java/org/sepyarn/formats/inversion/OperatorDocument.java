package org.sepyarn.formats.inversion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import org.sepyarn.formats.job.JsonFields;
import org.sepyarn.formats.job.Problems;

/**
 * {@code operator.json}, what {@code sepyarn dottest} reads: an operator and a dataset of its
 * model space, from which the test's random model takes its shape (the random data takes the
 * shape of the operator's output).
 *
 * @param operator the operator
 * @param modelSpace a dataset of the operator's model space
 * @param seed the random vectors' seed
 * @param tolerance the largest relative difference that passes, above 0
 */
public record OperatorDocument(OperatorSpec operator, String modelSpace, long seed, double tolerance) {
  public static final double DEFAULT_TOLERANCE = 1e-5;

  public OperatorDocument {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(modelSpace, "modelSpace");
    if (!(tolerance > 0) || !(tolerance < 1)) {
      throw new IllegalArgumentException("tolerance must be above 0 and below 1, got " + tolerance);
    }
  }

  /** @throws org.sepyarn.formats.job.JobValidationException listing each problem at its field path */
  public static OperatorDocument parse(String json, String source) {
    JsonNode root = ProblemJsonReader.tree(json, source);
    Problems problems = new Problems();
    Optional<OperatorDocument> doc = JsonFields.of(root, problems, "operator", "modelSpace", "seed", "tolerance")
        .flatMap(OperatorDocument::read);
    problems.throwIfAny(source);
    return doc.orElseThrow(() -> new IllegalStateException("no operator was read from " + source));
  }

  private static Optional<OperatorDocument> read(JsonFields f) {
    int before = f.at().count();
    Optional<OperatorSpec> op = f.required("operator", "give the operator, e.g. {\"program\": {\"command\":"
        + " [\"roughen\"]}}").flatMap(v -> OperatorJsonReader.read(v, f.at("operator")));
    Optional<String> model = f.required("modelSpace", "give a dataset of the operator's model space, e.g."
        + " \"/inv/m0.H\"").flatMap(v -> ProblemJsonReader.path(v, f.at("modelSpace")));
    Optional<Integer> seed = f.integer("seed");
    Optional<Double> tolerance = f.number("tolerance");
    tolerance.filter(t -> !(t > 0) || !(t < 1)).ifPresent(t -> f.at("tolerance").add(t
        + " is not a relative difference: give a number above 0 and below 1, e.g. 1e-5"));
    f.reportUnknownKeys();
    if (f.at().count() > before) {
      return Optional.empty();
    }
    return Optional.of(new OperatorDocument(op.orElseThrow(), model.orElseThrow(), seed.orElse(1),
        tolerance.orElse(DEFAULT_TOLERANCE)));
  }
}
