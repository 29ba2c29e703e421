package org.sepyarn.formats.inversion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sepyarn.formats.job.Copy;
import org.sepyarn.formats.job.Distribution;
import org.sepyarn.formats.job.DistributionJsonReader;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.JsonFields;
import org.sepyarn.formats.job.JsonValues;
import org.sepyarn.formats.job.ProgramJsonReader;
import org.sepyarn.formats.job.ProgramSpec;
import org.sepyarn.formats.job.Problems;
import org.sepyarn.formats.job.Split;

/**
 * Reads an operator: {@code {"program": {...}, ...}}, {@code {"chain": [...]}},
 * {@code {"stack": [...]}}, {@code {"diagonal": "weights.H"}} or
 * {@code {"scale": 0.1, "operator": {...}}}.
 */
final class OperatorJsonReader {
  private static final String FORMS = "{\"program\": {...}}, {\"chain\": [...]}, {\"stack\": [...]},"
      + " {\"diagonal\": \"weights.H\"} or {\"scale\": 0.1, \"operator\": {...}}";
  private static final String[] PROGRAM_KEYS = {"program", "conventions", "model", "data", "tasks", "modelSpace",
      "dataSpace", "files"};

  private OperatorJsonReader() {
  }

  static Optional<OperatorSpec> read(JsonNode node, Problems at) {
    if (!node.isObject()) {
      at.add("expected an operator, " + FORMS + ", got " + JsonValues.describe(node));
      return Optional.empty();
    }
    List<String> forms = new ArrayList<>();
    for (String key : List.of("program", "chain", "stack", "diagonal", "scale")) {
      if (node.hasNonNull(key)) {
        forms.add(key);
      }
    }
    if (forms.size() > 1) {
      at.add("gives " + String.join(" and ", forms) + ": an operator is one of " + FORMS
          + "; put the others inside it");
      return Optional.empty();
    }
    if (forms.isEmpty()) {
      JsonFields.of(node, at, PROGRAM_KEYS).orElseThrow().reportUnknownKeys();
      at.add("not an operator: expected " + FORMS);
      return Optional.empty();
    }
    return switch (forms.get(0)) {
      case "program" -> program(node, at);
      case "chain", "stack" -> list(node, at, forms.get(0));
      case "diagonal" -> diagonal(node, at);
      default -> scaled(node, at);
    };
  }

  private static Optional<OperatorSpec> program(JsonNode node, Problems at) {
    JsonFields f = JsonFields.of(node, at, PROGRAM_KEYS).orElseThrow();
    int before = at.count();
    Optional<ProgramSpec> program = f.get("program").flatMap(v -> ProgramJsonReader.read(v, f.at("program")));
    Conventions conventions = f.get("conventions").flatMap(v -> conventions(v, f.at("conventions")))
        .orElse(Conventions.SEP);
    Distribution model = f.get("model").flatMap(v -> distribution(v, f.at("model"))).orElse(Copy.INSTANCE);
    Distribution data = f.get("data").flatMap(v -> distribution(v, f.at("data"))).orElse(Copy.INSTANCE);
    Optional<Integer> tasks = f.integer("tasks");
    tasks.filter(t -> t < 1 || t > 1_000_000).ifPresent(t -> f.at("tasks").add(t + " tasks: give 1 to 1000000"));
    if (tasks.isEmpty() && (model instanceof Split || data instanceof Split)) {
      f.at("tasks").add("missing: the " + (model instanceof Split ? "model" : "data") + " is split, so give the"
          + " number of tasks to split it into, e.g. 8");
    }
    Optional<String> modelSpace = f.get("modelSpace").flatMap(v -> ProblemJsonReader.path(v, f.at("modelSpace")));
    Optional<String> dataSpace = f.get("dataSpace").flatMap(v -> ProblemJsonReader.path(v, f.at("dataSpace")));
    List<FileSpec> files = f.get("files").map(v -> OperatorFiles.read(v, f.at("files"), conventions))
        .orElse(List.of());
    f.reportUnknownKeys();
    if (at.count() > before) {
      return Optional.empty();
    }
    return Optional.of(new ProgramOperator(program.orElseThrow(), conventions, model, data, tasks.orElse(1),
        modelSpace, dataSpace, files));
  }

  private static Optional<Distribution> distribution(JsonNode node, Problems at) {
    Optional<Distribution> d = DistributionJsonReader.read(node, at);
    if (d.isPresent() && !(d.get() instanceof Copy) && !(d.get() instanceof Split)) {
      at.add("an operator's model and data are copied (\"copy\") or split ({\"split\": {\"axis\": K}}), not"
          + " patched: a patch's overlap would be counted twice by the adjoint");
      return Optional.empty();
    }
    return d;
  }

  private static Optional<Conventions> conventions(JsonNode node, Problems at) {
    Optional<JsonFields> found = JsonFields.of(node, at, "adj", "add", "model", "data");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    JsonFields f = found.get();
    int before = at.count();
    String adj = f.string("adj").orElse(Conventions.SEP.adj());
    String add = f.string("add").orElse(Conventions.SEP.add());
    String model = f.string("model").orElse(Conventions.SEP.modelTag());
    String data = f.string("data").orElse(Conventions.SEP.dataTag());
    f.reportUnknownKeys();
    if (at.count() == before) {
      Conventions.check(adj, add, model, data, at);
    }
    return at.count() > before ? Optional.empty() : Optional.of(new Conventions(adj, add, model, data));
  }

  private static Optional<OperatorSpec> list(JsonNode node, Problems at, String form) {
    JsonFields f = JsonFields.of(node, at, form).orElseThrow();
    int before = at.count();
    f.reportUnknownKeys();
    JsonNode items = f.get(form).orElseThrow();
    Problems listAt = f.at(form);
    if (!items.isArray() || items.size() < 2) {
      listAt.add("expected a list of at least 2 operators, got " + JsonValues.describe(items)
          + (form.equals("chain") ? "; [A, B] is the product AB (B applied first)"
          : "; [L, A] stacks the data of L and of A"));
      return Optional.empty();
    }
    List<OperatorSpec> operators = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      read(items.get(i), listAt.index(i)).ifPresent(operators::add);
    }
    if (at.count() > before) {
      return Optional.empty();
    }
    return Optional.of(form.equals("chain") ? new Chain(operators) : new Stack(operators));
  }

  private static Optional<OperatorSpec> diagonal(JsonNode node, Problems at) {
    JsonFields f = JsonFields.of(node, at, "diagonal").orElseThrow();
    int before = at.count();
    Optional<String> weights = f.get("diagonal").flatMap(v -> ProblemJsonReader.path(v, f.at("diagonal")));
    f.reportUnknownKeys();
    return at.count() > before ? Optional.empty() : weights.map(Diagonal::new);
  }

  private static Optional<OperatorSpec> scaled(JsonNode node, Problems at) {
    JsonFields f = JsonFields.of(node, at, "scale", "operator").orElseThrow();
    int before = at.count();
    Optional<Double> factor = f.number("scale");
    factor.filter(x -> !Double.isFinite(x)).ifPresent(x -> f.at("scale").add(x + " is not a finite number"));
    Optional<OperatorSpec> inner = f.required("operator", "give the operator to scale, e.g. {\"scale\": 0.1,"
        + " \"operator\": {\"program\": {...}}}").flatMap(v -> read(v, f.at("operator")));
    f.reportUnknownKeys();
    return at.count() > before ? Optional.empty() : Optional.of(new Scaled(factor.orElseThrow(), inner.orElseThrow()));
  }
}
