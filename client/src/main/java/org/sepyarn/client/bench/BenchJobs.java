package org.sepyarn.client.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.job.JobSpec;

/**
 * The benchmark's jobs: the example {@code copy} tool (input to output unchanged) from
 * {@code sepyarn.jar}, as the example jobs run it, over the synthetic input, with the input and
 * output distributed alike. Built as JSON trees and read by the job parser, as a job file is.
 */
final class BenchJobs {
  /** The four kinds of job, in the order they run. */
  enum Kind {
    SPLIT_SLOW("split axis 3"),
    SPLIT_FAST("split axis 1"),
    PATCH("patch 2-D"),
    COPY_SUM("copy-sum");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  static final List<String> COMMAND = List.of("java", "-jar", "sepyarn.jar", "tool", "copy");
  static final String MEMORY = "512m";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final BenchShape shape;
  private final int tasks;

  BenchJobs(BenchShape shape, int tasks) {
    this.shape = shape;
    this.tasks = tasks;
  }

  /** The job of {@code kind} reading {@code input} and writing {@code output}. */
  JobSpec job(Kind kind, Path input, Path output) {
    return JobSpec.parse(json(kind, input, output).toString(), "sepyarn bench " + kind.label());
  }

  ObjectNode json(Kind kind, Path input, Path output) {
    ObjectNode job = NODES.objectNode();
    job.put("name", "sepyarn-bench-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    ObjectNode program = job.putObject("program");
    ArrayNode command = program.putArray("command");
    COMMAND.forEach(command::add);
    ArrayNode files = job.putArray("files");
    files.add(file("<", input, "input", distribute(kind)));
    files.add(file(">", output, "output", distribute(kind)));
    if (kind != Kind.PATCH) {
      job.put("tasks", tasks);
    }
    job.putObject("resources").put("memory", MEMORY);
    job.put("overwrite", true);
    return job;
  }

  private static ObjectNode file(String tag, Path path, String usage, JsonNode how) {
    ObjectNode file = NODES.objectNode();
    file.put("tag", tag);
    file.put("path", path.toString());
    file.put("usage", usage);
    file.set("distribute", how);
    return file;
  }

  private JsonNode distribute(Kind kind) {
    ObjectNode how = NODES.objectNode();
    switch (kind) {
      case SPLIT_SLOW -> how.putObject("split").put("axis", 3);
      case SPLIT_FAST -> how.putObject("split").put("axis", 1);
      case PATCH -> {
        int[] blocks = shape.patchBlocks(tasks);
        int[] overlap = shape.patchOverlap(blocks);
        ObjectNode patch = how.putObject("patch");
        patch.putArray("axes").add(2).add(3);
        patch.putArray("blocks").add(blocks[0]).add(blocks[1]);
        patch.putArray("overlap").add(overlap[0]).add(overlap[1]);
      }
      case COPY_SUM -> {
        return NODES.textNode("copy");
      }
      default -> throw new IllegalArgumentException(kind.toString());
    }
    return how;
  }
}
