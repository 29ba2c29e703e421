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
    root.set("program", program(spec.program()));
    ArrayNode files = root.putArray("files");
    for (FileSpec file : spec.files()) {
      files.add(file(file));
    }
    root.set("tasks", tasks(spec.tasks(), root));
    spec.maxRunning().ifPresent(m -> root.put("maxRunning", m));
    ObjectNode resources = root.putObject("resources");
    resources.put("memory", spec.resources().memory().toString());
    resources.put("vcores", spec.resources().vcores());
    spec.resources().types().forEach(resources::put);
    root.put("maxAttempts", spec.maxAttempts());
    spec.taskTimeout().ifPresent(t -> root.put("taskTimeout", Durations.format(t)));
    root.put("heartbeatTimeout", Durations.format(spec.heartbeatTimeout()));
    ObjectNode restart = root.putObject("restart");
    strings(restart.putArray("args"), spec.restart().args());
    restart.put("checkpointArg", spec.restart().checkpointArg());
    root.put("overwrite", spec.overwrite());
    strings(root.putArray("tags"), spec.tags());
    spec.mergeTasks().ifPresent(m -> root.put("mergeTasks", m));
    root.put("tasksPerContainer", spec.tasksPerContainer());
    root.set("speculation", speculation(spec.speculation()));
    root.put("stallTimeout", spec.stallTimeout().isZero() ? "off" : Durations.format(spec.stallTimeout()));
    if (spec.allowForeignBinaries()) {
      root.put("allowForeignBinaries", true);
    }
    if (!spec.acls().isOwnerOnly()) {
      ObjectNode acls = root.putObject("acls");
      strings(acls.putArray("view"), spec.acls().view());
      strings(acls.putArray("modify"), spec.acls().modify());
    }
    spec.nodeLabel().ifPresent(label -> root.put("nodeLabel", label));
    try {
      return MAPPER.writer(PRETTY).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("writing a JSON tree to a string failed", e);
    }
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

  private static ObjectNode program(ProgramSpec program) {
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

  private static ObjectNode file(FileSpec file) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("tag", file.tag().toString());
    node.put("path", file.path());
    node.put("usage", file.usage().jsonName());
    Distribution d = file.distribute();
    if (d instanceof Copy) {
      node.put("distribute", "copy");
    } else if (d instanceof Split) {
      node.putObject("distribute").putObject("split").put("axis", ((Split) d).axis());
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
