package org.sepyarn.formats.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a flow's {@code steps}: each with its {@code name}, {@code program}, {@code files} and,
 * when it sets its own, {@code tasks} and the task settings ({@link TaskSettings#KEYS}), which it
 * otherwise takes from the job.
 */
final class StepJsonReader {
  static final String[] KEYS = Stream.concat(Stream.of("name", "program", "files", "tasks"),
      Stream.of(TaskSettings.KEYS)).toArray(String[]::new);

  private StepJsonReader() {
  }

  /** A step read, waiting for the job's own settings to become a {@link StepSpec}. */
  record Draft(String name, ProgramSpec program, List<FileSpec> files, TaskList tasks, TaskSettings settings) {
    StepSpec build(JobTemplate template) {
      return new StepSpec(name, template.job(program, files, tasks, settings));
    }
  }

  /**
   * The steps in order, after reporting every problem; only complete when nothing was reported.
   *
   * @param jobSettings the job's task settings, which a step inherits
   * @param jobTasks the job's {@code tasks}, if it gives them: a step's default
   */
  static List<Draft> readAll(JsonNode node, Problems at, TaskSettings jobSettings, Optional<TaskList> jobTasks) {
    if (!node.isArray()) {
      at.add("expected a list of steps, e.g. [{\"name\": \"scale\", \"program\": {\"command\": [\"sfscale\"]},"
          + " \"files\": [...]}], got " + JsonValues.describe(node));
      return List.of();
    }
    if (node.isEmpty()) {
      at.add("an empty list: give at least one step, e.g. [{\"name\": \"scale\", \"program\": {\"command\":"
          + " [\"sfscale\"]}, \"files\": [...]}]");
      return List.of();
    }
    List<Draft> steps = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      read(node.get(i), at.index(i), jobSettings, jobTasks).ifPresent(steps::add);
    }
    return steps;
  }

  private static Optional<Draft> read(JsonNode node, Problems at, TaskSettings jobSettings,
      Optional<TaskList> jobTasks) {
    Optional<JsonFields> found = JsonFields.of(node, at, KEYS);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    JsonFields f = found.get();
    int before = at.count();
    Optional<String> name = f.required("name", "give the step a name, e.g. \"scale\"")
        .flatMap(v -> JsonValues.string(v, f.at("name")));
    name.ifPresent(n -> StepSpec.checkName(n, f.at("name")));
    Optional<ProgramSpec> program = f.required("program",
            "give the step's program, e.g. {\"command\": [\"/opt/rsf/bin/sfsmooth\"]}")
        .flatMap(v -> ProgramJsonReader.read(v, f.at("program")));
    List<FileSpec> files = f.get("files").map(v -> FileJsonReader.readAll(v, f.at("files"))).orElse(List.of());
    Optional<TaskList> tasks = f.get("tasks").flatMap(v -> TaskListJsonReader.read(v, f.at("tasks")));
    Optional<TaskSettings> settings = TaskSettings.read(f, jobSettings);
    FlowRules.JOBS_OWN.keySet().stream().filter(node::has).forEach(key -> f.at(key).add(FlowRules.jobsOwnMessage(key)));
    f.reportUnknownKeysExcept(FlowRules.JOBS_OWN::containsKey);
    FileSetRules.check(files, f.at("files"));
    Optional<TaskList> settled = f.has("tasks") ? tasks.flatMap(t -> TaskCounts.resolve(files, Optional.of(t),
        f.at("tasks"))) : settle(files, jobTasks, f.at("tasks"));
    if (at.count() > before) {
      return Optional.empty();
    }
    return Optional.of(new Draft(name.orElseThrow(), program.orElseThrow(), files, settled.orElseThrow(),
        settings.orElseThrow()));
  }

  /**
   * A step that gives no tasks has as many as its patched files imply, or else the job's
   * {@code tasks}.
   */
  private static Optional<TaskList> settle(List<FileSpec> files, Optional<TaskList> jobTasks, Problems tasksAt) {
    boolean patched = files.stream().anyMatch(file -> file != null && file.distribute() instanceof Patching);
    if (patched) {
      return TaskCounts.resolve(files, Optional.empty(), tasksAt);
    }
    return TaskCounts.resolve(files, jobTasks, tasksAt);
  }
}
