package org.sepyarn.formats.job;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code job.json}: checks the JSON syntax (reporting line and column), then every field,
 * collecting all problems before it fails. Defaults fill what the text leaves out.
 */
final class JobJsonReader {
  static final String[] KEYS = {"version", "name", "queue", "priority", "program", "files", "tasks",
      "maxRunning", "resources", "maxAttempts", "taskTimeout", "heartbeatTimeout", "restart", "overwrite", "tags", "mergeTasks",
      "tasksPerContainer", "speculation", "stallTimeout", "allowForeignBinaries", "acls", "nodeLabel",
      "steps", "convergence"};
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private JobJsonReader() {
  }

  static JobSpec read(String text, String source) {
    JsonNode root = readTree(text, source);
    Problems problems = new Problems();
    Optional<JobSpec> spec = JsonFields.of(root, problems, KEYS).flatMap(JobJsonReader::readJob);
    problems.throwIfAny(source);
    return spec.orElseThrow(() -> new IllegalStateException("no job was read from " + source
        + ", yet no problem was reported"));
  }

  private static JsonNode readTree(String text, String source) {
    try (JsonParser parser = MAPPER.createParser(text)) {
      JsonNode root = MAPPER.readTree(parser);
      if (root == null || root.isMissingNode()) {
        throw syntaxError(source, "the text is empty: a job is a JSON object, e.g. {\"program\": {\"command\":"
            + " [\"sfsmooth\"]}, \"tasks\": 4}");
      }
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        throw syntaxError(source, at(parser.currentTokenLocation())
            + "unexpected text after the end of the job's JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw syntaxError(source, at(e.getLocation()) + "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("reading JSON from a string failed", e);
    }
  }

  private static String at(JsonLocation location) {
    return location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
  }

  private static JobValidationException syntaxError(String source, String message) {
    return new JobValidationException(source, List.of(new JobError("", message)));
  }

  private static Optional<JobSpec> readJob(JsonFields f) {
    Problems at = f.at();
    int before = at.count();
    f.integer("version").filter(v -> v != JobSpec.VERSION).ifPresent(v -> f.at("version").add(
        "version " + v + " is not supported: this sepyarn reads version " + JobSpec.VERSION));
    boolean flow = f.has("steps");
    Optional<ProgramSpec> program = Optional.empty();
    List<FileSpec> files = List.of();
    if (flow) {
      f.get("program").ifPresent(v -> f.at("program").add("a job with \"steps\" gives each step its program:"
          + " move this one into a step, or leave out \"steps\""));
      f.get("files").ifPresent(v -> f.at("files").add("a job with \"steps\" gives each step its files: move these"
          + " into the steps that read or write them"));
    } else {
      program = f.required("program", "give the program to run, e.g. {\"command\": [\"/opt/rsf/bin/sfsmooth\"]},"
              + " or \"steps\" for a flow of programs")
          .flatMap(v -> ProgramJsonReader.read(v, f.at("program")));
      files = f.get("files").map(v -> FileJsonReader.readAll(v, f.at("files"))).orElse(List.of());
    }
    Optional<TaskList> tasks = f.get("tasks").flatMap(v -> TaskListJsonReader.read(v, f.at("tasks")));
    Optional<String> givenName = f.string("name");
    givenName.ifPresent(n -> JobRules.checkName(n, f.at("name")));
    String queue = f.string("queue").orElse(JobSpec.DEFAULT_QUEUE);
    JobRules.checkQueue(queue, f.at("queue"));
    int priority = f.integer("priority").orElse(JobSpec.DEFAULT_PRIORITY);
    JobRules.checkPriority(priority, f.at("priority"));
    Optional<TaskSettings> settings = TaskSettings.read(f, TaskSettings.DEFAULT);
    Duration heartbeatTimeout = f.duration("heartbeatTimeout").orElse(JobSpec.DEFAULT_HEARTBEAT_TIMEOUT);
    JobRules.checkHeartbeatTimeout(heartbeatTimeout, f.at("heartbeatTimeout"));
    boolean overwrite = f.bool("overwrite").orElse(false);
    List<String> tags = f.strings("tags").orElse(List.of());
    JobRules.checkTags(tags, f.at("tags"));
    Optional<Integer> mergeTasks = f.integer("mergeTasks");
    JobRules.checkMergeTasks(mergeTasks, f.at("mergeTasks"));
    boolean allowForeignBinaries = f.bool("allowForeignBinaries").orElse(false);
    Optional<Acls> acls = f.get("acls").isEmpty() ? Optional.of(Acls.OWNER_ONLY)
        : f.get("acls").flatMap(v -> acls(v, f.at("acls")));
    Optional<String> nodeLabel = f.string("nodeLabel");
    JobRules.checkNodeLabel(nodeLabel, f.at("nodeLabel"));
    Optional<Convergence> convergence = f.get("convergence").flatMap(v -> ConvergenceJson.read(v, f.at("convergence")));
    f.reportUnknownKeys();
    String name = givenName.orElse(program.map(ProgramSpec::commandName).orElse("job"));
    if (givenName.isEmpty()) {
      JobRules.checkName(name, f.at("name"));
    }
    JobTemplate template = new JobTemplate(name, queue, priority, heartbeatTimeout, overwrite, tags, mergeTasks,
        allowForeignBinaries, acls.orElse(Acls.OWNER_ONLY), nodeLabel);
    if (flow) {
      List<StepJsonReader.Draft> drafts = StepJsonReader.readAll(f.get("steps").orElseThrow(), f.at("steps"),
          settings.orElse(TaskSettings.DEFAULT), tasks);
      if (at.count() > before) {
        return Optional.empty();
      }
      JobTemplate named = givenName.isPresent() ? template
          : template.named(StepSpec.flowName(drafts.stream().map(StepJsonReader.Draft::name).toList()));
      List<StepSpec> steps = drafts.stream().map(d -> d.build(named)).toList();
      FlowRules.check(steps, f.at("steps"));
      ConvergenceRules.check(convergence, steps, f.at("convergence"));
      if (at.count() > before) {
        return Optional.empty();
      }
      JobSpec job = named.flow(steps, settings.orElseThrow());
      return Optional.of(convergence.map(job::withConvergence).orElse(job));
    }
    ConvergenceRules.check(convergence, List.of(), f.at("convergence"));
    FileSetRules.check(files, f.at("files"));
    FlowRules.checkNoIntermediates(files, f.at("files"));
    Optional<TaskList> settled = f.has("tasks") && tasks.isEmpty() ? Optional.empty()
        : TaskCounts.resolve(files, tasks, f.at("tasks"));
    if (at.count() > before) {
      return Optional.empty();
    }
    return Optional.of(template.job(program.orElseThrow(), files, settled.orElseThrow(), settings.orElseThrow()));
  }

  private static Optional<Acls> acls(JsonNode node, Problems at) {
    Optional<JsonFields> found = JsonFields.of(node, at, "view", "modify");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    JsonFields f = found.get();
    int before = at.count();
    List<String> view = f.strings("view").orElse(List.of());
    List<String> modify = f.strings("modify").orElse(List.of());
    f.reportUnknownKeys();
    if (at.count() > before) {
      return Optional.empty();
    }
    Acls.check(view, f.at("view"));
    Acls.check(modify, f.at("modify"));
    return at.count() > before ? Optional.empty() : Optional.of(new Acls(view, modify));
  }

  /** A stall timeout: a duration, or {@code "off"} (or 0) for none. */
  static Optional<Duration> stallTimeout(JsonNode node, Problems at) {
    if (node.isTextual() && node.textValue().strip().equalsIgnoreCase("off")) {
      return Optional.of(Duration.ZERO);
    }
    if (node.isTextual() || node.isIntegralNumber()) {
      return JsonValues.duration(node, at);
    }
    at.add("expected a duration such as \"30m\" or \"2h\", or \"off\" to never kill a stalled task, got "
        + JsonValues.describe(node));
    return Optional.empty();
  }

  static Optional<Resources> resources(JsonNode node, Problems at) {
    Optional<JsonFields> found = JsonFields.of(node, at, "memory", "vcores");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    JsonFields f = found.get();
    int before = at.count();
    DataSize memory = f.size("memory").orElse(Resources.DEFAULT.memory());
    Resources.checkMemory(memory, f.at("memory"));
    int vcores = f.integer("vcores").orElse(Resources.DEFAULT.vcores());
    Resources.checkVcores(vcores, f.at("vcores"));
    Map<String, Long> types = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> {
      if (Resources.isTypeKey(e.getKey())) {
        JsonValues.integer(e.getValue(), at.field(e.getKey())).ifPresent(v -> types.put(e.getKey(), (long) v));
      }
    });
    Resources.checkTypes(types, at);
    f.reportUnknownKeysExcept(Resources::isTypeKey);
    return at.count() > before ? Optional.empty() : Optional.of(new Resources(memory, vcores, types));
  }

  static Optional<RestartPolicy> restart(JsonNode node, Problems at) {
    Optional<JsonFields> found = JsonFields.of(node, at, "args", "checkpointArg");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    JsonFields f = found.get();
    int before = at.count();
    List<String> args = f.strings("args").orElse(RestartPolicy.DEFAULT.args());
    String checkpointArg = f.string("checkpointArg").orElse(RestartPolicy.DEFAULT.checkpointArg());
    f.reportUnknownKeys();
    if (at.count() > before) {
      return Optional.empty();
    }
    RestartPolicy.check(args, checkpointArg, at);
    return at.count() > before ? Optional.empty() : Optional.of(new RestartPolicy(args, checkpointArg));
  }
}
