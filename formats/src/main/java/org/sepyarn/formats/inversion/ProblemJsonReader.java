package org.sepyarn.formats.inversion;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.sepyarn.formats.job.JobError;
import org.sepyarn.formats.job.JobValidationException;
import org.sepyarn.formats.job.JsonFields;
import org.sepyarn.formats.job.JsonValues;
import org.sepyarn.formats.job.KeySuggestion;
import org.sepyarn.formats.job.Problems;

/** Reads {@code problem.json}, collecting every problem before it fails. */
final class ProblemJsonReader {
  static final String[] KEYS = {"version", "name", "data", "initialModel", "operator", "solver", "niter", "output",
      "overwrite", "job"};
  /** Job keys a problem may not set: the solve writes them itself. */
  private static final List<String> SOLVE_WRITES = List.of("name", "overwrite", "steps", "program", "files", "tasks",
      "version");
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final List<String> METHODS = List.of("cg", "reg", "prec");

  private ProblemJsonReader() {
  }

  static InversionProblem read(String text, String source) {
    JsonNode root = tree(text, source);
    Problems problems = new Problems();
    Optional<InversionProblem> problem = JsonFields.of(root, problems, KEYS).flatMap(ProblemJsonReader::problem);
    problems.throwIfAny(source);
    return problem.orElseThrow(() -> new IllegalStateException("no problem was read from " + source
        + ", yet no error was reported"));
  }

  static JsonNode tree(String text, String source) {
    try (JsonParser parser = MAPPER.createParser(text)) {
      JsonNode root = MAPPER.readTree(parser);
      if (root == null || root.isMissingNode()) {
        throw syntax(source, "the text is empty: a problem is a JSON object with data, initialModel, operator,"
            + " solver, niter and output");
      }
      if (parser.nextToken() != null) {
        throw syntax(source, "line " + parser.currentTokenLocation().getLineNr() + ", column "
            + parser.currentTokenLocation().getColumnNr() + ": unexpected text after the end of the problem's JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      String at = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": ";
      throw syntax(source, at + "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("reading JSON from a string failed", e);
    }
  }

  private static JobValidationException syntax(String source, String message) {
    return new JobValidationException(source, List.of(new JobError("", message)));
  }

  private static Optional<InversionProblem> problem(JsonFields f) {
    int before = f.at().count();
    f.integer("version").filter(v -> v != InversionProblem.VERSION).ifPresent(v -> f.at("version").add(
        "version " + v + " is not supported: this sepyarn reads version " + InversionProblem.VERSION));
    Optional<String> data = f.required("data", "give the data vector's dataset, e.g. \"hdfs:///inv/data.H\"")
        .flatMap(v -> path(v, f.at("data")));
    Optional<String> initial = f.required("initialModel",
        "give the initial model's dataset, e.g. \"hdfs:///inv/m0.H\" (its axes are the model space)")
        .flatMap(v -> path(v, f.at("initialModel")));
    Optional<OperatorSpec> operator = f.required("operator", "give the operator L, e.g. {\"program\": {\"command\":"
        + " [\"interp\"]}}").flatMap(v -> OperatorJsonReader.read(v, f.at("operator")));
    Optional<SolverSpec> solver = f.required("solver", "give \"cg\", {\"method\": \"reg\", \"regularization\": {...},"
        + " \"eps\": 0.1} or {\"method\": \"prec\", \"preconditioner\": {...}, \"eps\": 0.1}")
        .flatMap(v -> solver(v, f.at("solver")));
    Optional<Integer> niter = f.required("niter", "give the number of iterations, e.g. 20")
        .flatMap(v -> JsonValues.integer(v, f.at("niter")));
    niter.filter(n -> n < 1 || n > InversionProblem.MAX_ITERATIONS).ifPresent(n -> f.at("niter").add(
        n + " iterations: give 1 to " + InversionProblem.MAX_ITERATIONS));
    Optional<InversionOutputs> output = f.required("output", "give where to write the model, e.g. {\"model\":"
        + " \"hdfs:///inv/model.H\"}").flatMap(v -> output(v, f.at("output")));
    Optional<String> name = f.string("name");
    name.filter(n -> n.isBlank() || n.length() > 256 || n.contains("\n")).ifPresent(n -> f.at("name").add(
        "a name is one line of 1 to 256 characters"));
    boolean overwrite = f.bool("overwrite").orElse(false);
    ObjectNode job = f.get("job").flatMap(v -> jobSettings(v, f.at("job"))).orElse(MAPPER.createObjectNode());
    f.reportUnknownKeys();
    if (f.at().count() > before) {
      return Optional.empty();
    }
    output.ifPresent(o -> {
      if (o.modelIterations().isPresent() && solver.orElseThrow() instanceof SolverSpec.Preconditioned) {
        f.at("output").field("modelIterations").add("a preconditioned solve iterates on p, not on the model"
            + " m0 + Pp, so it cannot write the model of each iteration: leave modelIterations out");
      }
      if (o.model().equals(data.orElseThrow()) || o.model().equals(initial.orElseThrow())) {
        f.at("output").field("model").add("\"" + o.model() + "\" is also an input of the problem: write the model"
            + " to another dataset");
      }
    });
    if (f.at().count() > before) {
      return Optional.empty();
    }
    return Optional.of(new InversionProblem(name.orElse("solve-" + solver.orElseThrow().method()), data.orElseThrow(),
        initial.orElseThrow(), operator.orElseThrow(), solver.orElseThrow(), niter.orElseThrow(), output.orElseThrow(),
        overwrite, job));
  }

  /**
   * The settings of the job that runs the solve: an object of job keys, checked with the job
   * when the solve's flow is; the keys the solve writes itself are refused here.
   */
  private static Optional<ObjectNode> jobSettings(JsonNode node, Problems at) {
    if (!node.isObject()) {
      at.add("expected the settings of the solve's job, e.g. {\"resources\": {\"memory\": \"2g\"}, \"queue\":"
          + " \"research\"}, got " + JsonValues.describe(node));
      return Optional.empty();
    }
    int before = at.count();
    node.fieldNames().forEachRemaining(key -> {
      if (SOLVE_WRITES.contains(key)) {
        at.field(key).add("the solve writes " + key + " itself" + (key.equals("name") || key.equals("overwrite")
            ? ": give it at the top of the problem" : key.equals("tasks") ? ": give each operator its tasks"
            : ": a problem runs its operators and solver as the steps of one flow"));
      }
    });
    return at.count() > before ? Optional.empty() : Optional.of((ObjectNode) node);
  }

  /** A dataset path: not blank, not relative (the client and the ApplicationMaster run in different folders). */
  static Optional<String> path(JsonNode node, Problems at) {
    Optional<String> text = JsonValues.string(node, at);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String p = text.get();
    if (p.isBlank()) {
      at.add("is empty: give a dataset, e.g. \"hdfs:///inv/data.H\"");
      return Optional.empty();
    }
    if (!p.startsWith("/") && !p.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) {
      at.add("\"" + p + "\" is a relative path: give an absolute path or a URI, e.g. \"/inv/" + p + "\"");
      return Optional.empty();
    }
    return Optional.of(p);
  }

  private static Optional<SolverSpec> solver(JsonNode node, Problems at) {
    if (node.isTextual()) {
      String word = node.textValue();
      if (word.equals("cg")) {
        return Optional.of(new SolverSpec.Cg());
      }
      if (word.equals("reg") || word.equals("prec")) {
        at.add("\"" + word + "\" needs its operator and eps: write {\"method\": \"" + word + "\", \""
            + (word.equals("reg") ? "regularization" : "preconditioner") + "\": {...}, \"eps\": 0.1}");
      } else {
        at.add("\"" + word + "\" is not a solver: expected \"cg\", \"reg\" or \"prec\""
            + KeySuggestion.nearest(word, METHODS).map(k -> "; did you mean \"" + k + "\"?").orElse(""));
      }
      return Optional.empty();
    }
    Optional<JsonFields> found = JsonFields.of(node, at, "method", "regularization", "preconditioner", "eps");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    JsonFields f = found.get();
    int before = at.count();
    Optional<String> method = f.required("method", "give \"cg\", \"reg\" or \"prec\"")
        .flatMap(v -> JsonValues.string(v, f.at("method")));
    f.reportUnknownKeys();
    if (method.isEmpty() || at.count() > before) {
      return Optional.empty();
    }
    switch (method.get()) {
      case "cg" -> {
        for (String key : List.of("regularization", "preconditioner", "eps")) {
          if (f.has(key)) {
            f.at(key).add("not used by \"cg\": use \"reg\" or \"prec\" to give it");
          }
        }
        return at.count() > before ? Optional.empty() : Optional.of(new SolverSpec.Cg());
      }
      case "reg" -> {
        if (f.has("preconditioner")) {
          f.at("preconditioner").add("not used by \"reg\": a preconditioned solve is \"method\": \"prec\"");
        }
        Optional<OperatorSpec> a = f.required("regularization", "give the regularization operator A, e.g. a"
            + " roughener {\"program\": {\"command\": [\"roughen\"]}}")
            .flatMap(v -> OperatorJsonReader.read(v, f.at("regularization")));
        Optional<Double> eps = f.required("eps", "give the regularization's weight, e.g. 0.1")
            .flatMap(v -> JsonValues.number(v, f.at("eps")));
        eps.filter(e -> !(e > 0) || !Double.isFinite(e)).ifPresent(e -> f.at("eps").add(e
            + " is not a weight: give a number above 0, e.g. 0.1"));
        return at.count() > before ? Optional.empty()
            : Optional.of(new SolverSpec.Regularized(a.orElseThrow(), eps.orElseThrow()));
      }
      case "prec" -> {
        if (f.has("regularization")) {
          f.at("regularization").add("not used by \"prec\": a regularized solve is \"method\": \"reg\"");
        }
        Optional<OperatorSpec> p = f.required("preconditioner", "give the preconditioner P, e.g. a smoother")
            .flatMap(v -> OperatorJsonReader.read(v, f.at("preconditioner")));
        Optional<Double> eps = f.get("eps").flatMap(v -> JsonValues.number(v, f.at("eps")));
        eps.filter(e -> !(e >= 0) || !Double.isFinite(e)).ifPresent(e -> f.at("eps").add(e
            + " is not a weight: give a number 0 or above, e.g. 0.1"));
        return at.count() > before ? Optional.empty()
            : Optional.of(new SolverSpec.Preconditioned(p.orElseThrow(), eps.orElse(0.0)));
      }
      default -> {
        f.at("method").add("\"" + method.get() + "\" is not a solver: expected \"cg\", \"reg\" or \"prec\""
            + KeySuggestion.nearest(method.get(), METHODS).map(k -> "; did you mean \"" + k + "\"?").orElse(""));
        return Optional.empty();
      }
    }
  }

  private static Optional<InversionOutputs> output(JsonNode node, Problems at) {
    Optional<JsonFields> found = JsonFields.of(node, at, "model", "modelIterations", "residualIterations", "norms");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    JsonFields f = found.get();
    int before = at.count();
    Optional<String> model = f.required("model", "give the dataset the model is written to, e.g."
        + " \"hdfs:///inv/model.H\"").flatMap(v -> path(v, f.at("model")));
    Optional<String> models = f.get("modelIterations").flatMap(v -> path(v, f.at("modelIterations")));
    Optional<String> residuals = f.get("residualIterations").flatMap(v -> path(v, f.at("residualIterations")));
    Optional<String> norms = f.get("norms").flatMap(v -> path(v, f.at("norms")));
    f.reportUnknownKeys();
    return at.count() > before ? Optional.empty() : Optional.of(new InversionOutputs(model.orElseThrow(), models,
        residuals, norms));
  }
}
