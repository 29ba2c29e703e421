package org.sepyarn.formats.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Writes a job in canonical JSON: every setting written out, defaults included, keys in a fixed
 * order, so the staged file says exactly what the ApplicationMaster will run.
 */
final class JobJsonWriter {
  private static final JsonMapper MAPPER = new JsonMapper();
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));

  private JobJsonWriter() {
  }

  static String write(JobSpec spec) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("version", JobSpec.VERSION);
    root.put("name", spec.name());
    root.put("queue", spec.queue());
    root.put("priority", spec.priority());
    if (spec.isFlow()) {
      ArrayNode steps = root.putArray("steps");
      for (StepSpec step : spec.steps()) {
        ObjectNode node = steps.addObject();
        node.put("name", step.name());
        programAndFiles(step.job(), node);
        taskSettings(step.job(), node);
      }
    } else {
      programAndFiles(spec, root);
    }
    sizing(spec, root);
    root.put("heartbeatTimeout", Durations.format(spec.heartbeatTimeout()));
    restart(spec, root);
    root.put("overwrite", spec.overwrite());
    strings(root.putArray("tags"), spec.tags());
    spec.mergeTasks().ifPresent(m -> root.put("mergeTasks", m));
    running(spec, root);
    if (spec.allowForeignBinaries()) {
      root.put("allowForeignBinaries", true);
    }
    if (!spec.acls().isOwnerOnly()) {
      ObjectNode acls = root.putObject("acls");
      strings(acls.putArray("view"), spec.acls().view());
      strings(acls.putArray("modify"), spec.acls().modify());
    }
    spec.nodeLabel().ifPresent(label -> root.put("nodeLabel", label));
    spec.convergence().ifPresent(c -> ConvergenceJson.write(c, root));
    try {
      return MAPPER.writer(PRETTY).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("writing a JSON tree to a string failed", e);
    }
  }

  private static void programAndFiles(JobSpec spec, ObjectNode node) {
    node.set("program", program(spec.program()));
    ArrayNode files = node.putArray("files");
    for (FileSpec file : spec.files()) {
      files.add(file(file));
    }
    node.set("tasks", tasks(spec.tasks(), node));
  }

  /** Every task setting of {@code spec}, as a step writes them. */
  private static void taskSettings(JobSpec spec, ObjectNode node) {
    sizing(spec, node);
    restart(spec, node);
    running(spec, node);
  }

  /** How many tasks run at once, with what, how often and how long. */
  private static void sizing(JobSpec spec, ObjectNode node) {
    spec.maxRunning().ifPresent(m -> node.put("maxRunning", m));
    ObjectNode resources = node.putObject("resources");
    resources.put("memory", spec.resources().memory().toString());
    resources.put("vcores", spec.resources().vcores());
    spec.resources().types().forEach(resources::put);
    node.put("maxAttempts", spec.maxAttempts());
    spec.taskTimeout().ifPresent(t -> node.put("taskTimeout", Durations.format(t)));
  }

  private static void restart(JobSpec spec, ObjectNode node) {
    ObjectNode restart = node.putObject("restart");
    strings(restart.putArray("args"), spec.restart().args());
    restart.put("checkpointArg", spec.restart().checkpointArg());
  }

  /** How containers run the tasks: several in turn, twice for stragglers, killed when stalled. */
  private static void running(JobSpec spec, ObjectNode node) {
    node.put("tasksPerContainer", spec.tasksPerContainer());
    node.set("speculation", speculation(spec.speculation()));
    node.put("stallTimeout", spec.stallTimeout().isZero() ? "off" : Durations.format(spec.stallTimeout()));
  }

  private static JsonNode speculation(Speculation s) {
    if (!s.enabled()) {
      return MAPPER.getNodeFactory().booleanNode(false);
    }
    ObjectNode node = MAPPER.createObjectNode();
    node.put("quantile", s.quantile());
    node.put("multiplier", s.multiplier());
    node.put("minRuntime", Durations.format(s.minRuntime()));
    return node;
  }

  /** A program as a job file writes it. */
  static ObjectNode program(ProgramSpec program) {
    ObjectNode node = MAPPER.createObjectNode();
    strings(node.putArray("command"), program.command());
    strings(node.putArray("args"), program.args());
    ObjectNode env = node.putObject("env");
    for (Map.Entry<String, String> e : program.env().entrySet()) {
      env.put(e.getKey(), e.getValue());
    }
    ArrayNode localize = node.putArray("localize");
    for (URI uri : program.localize()) {
      localize.add(uri.toString());
    }
    if (!program.secretArgs().isEmpty()) {
      strings(node.putArray("secretArgs"), program.secretArgs());
    }
    if (!program.archives().isEmpty()) {
      ArrayNode archives = node.putArray("archives");
      program.archives().forEach(uri -> archives.add(uri.toString()));
    }
    if (!program.secretEnv().isEmpty()) {
      strings(node.putArray("secretEnv"), program.secretEnv());
    }
    program.container().ifPresent(c -> {
      ObjectNode container = node.putObject("container");
      container.put("image", c.image());
      strings(container.putArray("mounts"), c.mounts());
    });
    return node;
  }

  /** A file as a job file writes it. */
  static ObjectNode file(FileSpec file) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("tag", file.tag().toString());
    node.put("path", file.path());
    node.put("usage", file.usage().jsonName());
    Distribution d = file.distribute();
    if (d instanceof Copy) {
      node.put("distribute", "copy");
    } else if (d instanceof Split) {
      node.putObject("distribute").putObject("split").put("axis", ((Split) d).axis());
    } else if (d instanceof Irregular irregular) {
      ObjectNode node2 = node.putObject("distribute").putObject("irregular");
      if (!irregular.overGrid()) {
        strings(node2.putArray("keys"), irregular.keys());
      }
      integers(node2.putArray("blocks"), irregular.blocks());
      ArrayNode overlap = node2.putArray("overlap");
      irregular.overlap().forEach(overlap::add);
      node2.put("emptyBlocks", irregular.empty().jsonName());
    } else if (d instanceof BlockPatch) {
      BlockPatch p = (BlockPatch) d;
      ObjectNode patch = node.putObject("distribute").putObject("patch");
      integers(patch.putArray("axes"), p.axes());
      integers(patch.putArray("blocks"), p.blocks());
      integers(patch.putArray("overlap"), p.overlap());
      if (p.hasHalo()) {
        integers(patch.putArray("halo"), p.halo());
      }
    } else {
      WindowPatch p = (WindowPatch) d;
      ObjectNode patch = node.putObject("distribute").putObject("patch");
      integers(patch.putArray("axes"), p.axes());
      integers(patch.putArray("size"), p.size());
      integers(patch.putArray("count"), p.count());
    }
    file.keep().ifPresent(k -> node.put("keep", k));
    return node;
  }

  private static JsonNode tasks(TaskList tasks, ObjectNode root) {
    if (tasks instanceof TaskList.Count) {
      return root.numberNode(tasks.count());
    }
    ArrayNode list = MAPPER.createArrayNode();
    for (List<String> args : ((TaskList.PerTaskArgs) tasks).args()) {
      strings(list.addArray(), args);
    }
    return list;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void integers(ArrayNode array, List<Integer> values) {
    values.forEach(array::add);
  }
}
