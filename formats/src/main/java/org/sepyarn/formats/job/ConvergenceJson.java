package org.sepyarn.formats.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON form of a flow's {@link Convergence}:
 * {@code {"iterations": [{"residual": ["@r1"], "model": "@x1"}, ...]}}.
 */
final class ConvergenceJson {
  private ConvergenceJson() {
  }

  static Optional<Convergence> read(JsonNode node, Problems at) {
    Optional<JsonFields> fields = JsonFields.of(node, at, "iterations");
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    JsonFields f = fields.get();
    int before = at.count();
    Optional<JsonNode> list = f.required("iterations", "give one {\"residual\": [\"@name\"], \"model\": \"@name\"}"
        + " per iteration");
    f.reportUnknownKeys();
    List<Convergence.Iteration> iterations = new ArrayList<>();
    if (list.isPresent() && !list.get().isArray()) {
      f.at("iterations").add("expected a list of iterations, found " + JsonValues.describe(list.get()));
    } else if (list.isPresent()) {
      for (int i = 0; i < list.get().size(); i++) {
        iteration(list.get().get(i), f.at("iterations").index(i)).ifPresent(iterations::add);
      }
    }
    return at.count() > before ? Optional.empty() : Optional.of(new Convergence(iterations));
  }

  private static Optional<Convergence.Iteration> iteration(JsonNode node, Problems at) {
    Optional<JsonFields> fields = JsonFields.of(node, at, "residual", "model");
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    JsonFields f = fields.get();
    Optional<List<String>> residual = f.required("residual", "name the sums of each part of the residual, e.g."
        + " [\"@r1\"]").flatMap(v -> JsonValues.strings(v, f.at("residual")));
    Optional<String> model = f.required("model", "name the sums of the model, e.g. \"@x1\"")
        .flatMap(v -> JsonValues.string(v, f.at("model")));
    f.reportUnknownKeys();
    return residual.isPresent() && model.isPresent()
        ? Optional.of(new Convergence.Iteration(residual.get(), model.get())) : Optional.empty();
  }

  static void write(Convergence convergence, ObjectNode root) {
    ArrayNode iterations = root.putObject("convergence").putArray("iterations");
    for (Convergence.Iteration it : convergence.iterations()) {
      ObjectNode node = iterations.addObject();
      ArrayNode residual = node.putArray("residual");
      it.residual().forEach(residual::add);
      node.put("model", it.model());
    }
  }
}
