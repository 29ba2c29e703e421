package org.sepyarn.formats.solver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link SolverState} as one line of JSON, for a journal: keys in a fixed order, doubles written
 * so that they read back to the same bits (a norm not yet known is {@code null}).
 */
public final class SolverStateJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SolverStateJson() {
  }

  public static String write(SolverState s) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("iteration", s.iteration());
    root.put("niter", s.niter());
    root.put("next", s.next().name());
    ObjectNode vectors = root.putObject("vectors");
    new java.util.TreeMap<>(s.vectors()).forEach(vectors::put);
    number(root, "alpha", s.alpha());
    number(root, "beta", s.beta());
    number(root, "residualNorm", s.residualNorm());
    number(root, "modelNorm", s.modelNorm());
    ObjectNode dots = root.putObject("dots");
    new java.util.TreeMap<>(s.dots()).forEach((k, v) -> number(dots, k, v));
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a solver state could not be written as JSON", e);
    }
  }

  /** @throws IllegalArgumentException when the text is not a state this class wrote */
  public static SolverState read(String json) {
    try {
      JsonNode root = MAPPER.readTree(json);
      Map<String, String> vectors = new LinkedHashMap<>();
      root.required("vectors").fields().forEachRemaining(e -> vectors.put(e.getKey(), e.getValue().textValue()));
      Map<String, Double> dots = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = root.required("dots").fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        dots.put(e.getKey(), number(e.getValue()));
      }
      return new SolverState(root.required("iteration").intValue(), root.required("niter").intValue(),
          SolverStep.valueOf(root.required("next").textValue()), vectors, number(root.required("alpha")),
          number(root.required("beta")), number(root.required("residualNorm")), number(root.required("modelNorm")),
          dots);
    } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("not a solver state: " + e.getMessage(), e);
    }
  }

  private static void number(ObjectNode node, String key, double v) {
    if (Double.isNaN(v)) {
      node.putNull(key);
    } else {
      node.put(key, v);
    }
  }

  private static double number(JsonNode n) {
    return n.isNull() ? Double.NaN : n.doubleValue();
  }
}
