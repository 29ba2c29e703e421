package org.sepyarn.formats.inversion.flow;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sepyarn.formats.inversion.ProgramOperator;
import org.sepyarn.formats.job.Copy;
import org.sepyarn.formats.job.Distribution;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.FileTag;
import org.sepyarn.formats.job.JobJsonNodes;
import org.sepyarn.formats.job.Split;
import org.sepyarn.formats.job.Usage;

/** The steps of a solve's flow as they are written, in the order they run, with fresh names. */
final class SolveSteps {
  static final JsonMapper MAPPER = new JsonMapper();
  private static final int MAX_NAME = 64;

  private final ArrayNode steps = MAPPER.createArrayNode();
  private final List<String> toolCommand;
  private final Set<String> names = new HashSet<>();

  /** @param toolCommand the command that runs the {@code cgstep} tool in a container */
  SolveSteps(List<String> toolCommand) {
    this.toolCommand = List.copyOf(toolCommand);
  }

  ArrayNode steps() {
    return steps;
  }

  int count() {
    return steps.size();
  }

  /** A fresh intermediate, {@code @base} or {@code @base-2}, ... */
  String intermediate(String base) {
    return FileSpec.INTERMEDIATE_MARK + fresh("v-" + base);
  }

  private String fresh(String base) {
    String name = base.length() > MAX_NAME - 6 ? base.substring(0, MAX_NAME - 6) : base;
    String candidate = name;
    for (int k = 2; !names.add(candidate); k++) {
      candidate = name + "-" + k;
    }
    return candidate;
  }

  /**
   * A step running {@code operator} forward (model to data) or in adjoint on {@code in}, writing
   * {@code out}.
   */
  void operator(String name, ProgramOperator operator, boolean adjoint, FlowVector.Part in, String out) {
    ObjectNode step = steps.addObject();
    step.put("name", fresh(name));
    ObjectNode program = JobJsonNodes.program(operator.program());
    ArrayNode args = (ArrayNode) program.get("args");
    operator.conventions().flags(adjoint, false).forEach(args::add);
    step.set("program", program);
    step.put("tasks", operator.tasks());
    ArrayNode files = step.putArray("files");
    String inTag = adjoint ? operator.conventions().dataTag() : operator.conventions().modelTag();
    String outTag = adjoint ? operator.conventions().modelTag() : operator.conventions().dataTag();
    files.add(JobJsonNodes.file(new FileSpec(FileTag.parse(inTag), in.ref(), Usage.INPUT,
        adjoint ? operator.data() : operator.model())));
    files.add(JobJsonNodes.file(new FileSpec(FileTag.parse(outTag), out, Usage.OUTPUT,
        adjoint ? operator.model() : operator.data())));
    operator.files().forEach(f -> files.add(JobJsonNodes.file(f)));
  }

  /** A step of the {@code cgstep} tool, {@code op=operation}, cut as {@code layout}. */
  VectorStep vector(String name, String operation, Layout layout) {
    ObjectNode step = steps.addObject();
    step.put("name", fresh(name));
    ObjectNode program = step.putObject("program");
    ArrayNode command = program.putArray("command");
    toolCommand.forEach(command::add);
    ArrayNode args = program.putArray("args");
    args.add("op=" + operation);
    step.put("tasks", layout.tasks());
    return new VectorStep(args, step.putArray("files"), layout.distribution());
  }

  /** The arguments and files of one {@code cgstep} step. */
  static final class VectorStep {
    private final ArrayNode args;
    private final ArrayNode files;
    private final Distribution cut;

    private VectorStep(ArrayNode args, ArrayNode files, Distribution cut) {
      this.args = args;
      this.files = files;
      this.cut = cut;
    }

    VectorStep arg(String key, Object value) {
      args.add(key + "=" + value);
      return this;
    }

    /** Vector {@code v} as {@code key=}, cut as the step is, with its factor; nothing for a zero vector. */
    VectorStep input(String key, FlowVector.Part v) {
      if (v.isZero()) {
        return this;
      }
      file(key, v.ref(), Usage.INPUT, cut);
      if (v.factor() != 1) {
        arg(key + "_scale", v.factor());
      }
      return this;
    }

    /** A small dataset every task reads whole (added up over the pieces of its writer). */
    VectorStep whole(String key, String ref) {
      return file(key, ref, Usage.INPUT, Copy.INSTANCE);
    }

    /** A vector output, cut as the step is. */
    VectorStep output(String key, String path) {
      return file(key, path, Usage.OUTPUT, cut);
    }

    /** A small output every task writes whole: the sum of the tasks' partial sums. */
    VectorStep sums(String key, String path) {
      return file(key, path, Usage.OUTPUT, Copy.INSTANCE);
    }

    private VectorStep file(String key, String path, Usage usage, Distribution distribution) {
      files.add(JobJsonNodes.file(new FileSpec(FileTag.parameter(key), path, usage, distribution)));
      return this;
    }

    boolean split() {
      return cut instanceof Split;
    }
  }
}
