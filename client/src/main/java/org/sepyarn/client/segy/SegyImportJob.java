package org.sepyarn.client.segy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.segy.SegyLayout;
import org.sepyarn.formats.segy.TraceHeaderField;

/**
 * The sepyarn job of a parallel SEG-Y import: task {@code i} of {@code n} runs {@link SegyPieceMain}
 * on its whole traces ({@link SegyLayout#taskTraces}), reading them straight from the SEG-Y file,
 * and writes two pieces: its header records ({@code n1} keys by its traces) and its traces
 * ({@code n1} samples by its traces). Both outputs are split along axis 2, so the engine lays the
 * pieces end to end in task order and, on HDFS, joins them in place without copying: the header
 * records into {@code <dataset>@@} (file 0, joined first), the traces into the dataset itself
 * (file 1), whose header, written last, names {@code hff=<dataset>@@} as every piece does. Built as
 * a JSON tree and read by the job parser, as a job file is.
 *
 * @param segy the SEG-Y file, fully qualified
 * @param dataset the SEP3D dataset's header, fully qualified
 * @param layout the SEG-Y file's layout, as the client read it
 * @param fields the trace header fields to keep as keys
 * @param tasks how many tasks were asked for (at most one per trace is used)
 * @param memory each task's container memory (a job size, e.g. {@code 1g})
 */
public record SegyImportJob(Path segy, Path dataset, SegyLayout layout, List<TraceHeaderField> fields, int tasks,
    String memory) {
  /** The tag of the header records' output. */
  static final String HEADERS_TAG = SegyPieceMain.HEADERS + "=";
  /** The tag of the traces' output. */
  static final String TRACES_TAG = SegyPieceMain.TRACES + "=";
  /** The JVM options of the task program: its buffer is 4 MiB, so a small heap does. */
  static final List<String> JVM = List.of("-Xmx256m", "-XX:+UseSerialGC");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  public SegyImportJob {
    Objects.requireNonNull(segy, "segy");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(layout, "layout");
    fields = List.copyOf(fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("no trace header field chosen as a key");
    }
    if (tasks < 1) {
      throw new IllegalArgumentException("tasks must be at least 1, not " + tasks);
    }
  }

  /** The tasks the job runs: as many as asked, but no more than there are traces. */
  public int taskCount() {
    return (int) Math.min(tasks, layout.traceCount());
  }

  /** Where the header records are joined: {@code <dataset>@@}, as {@code hff=} names them. */
  public Path headerDataset() {
    return new Path(dataset.getParent(), dataset.getName() + "@@");
  }

  /** The program every task runs, without its own arguments: a JVM on the container's class path. */
  public List<String> command() {
    List<String> command = new ArrayList<>();
    command.add("java");
    command.addAll(JVM);
    command.add(SegyPieceMain.class.getName());
    return command;
  }

  /** What every task shares: the file, its layout as the client saw it, the keys, the header dataset's name. */
  public List<String> sharedArgs() {
    List<String> args = new ArrayList<>();
    args.add(SegyPieceMain.SEGY + "=" + segy);
    args.add(SegyPieceMain.TRACE_COUNT + "=" + layout.traceCount());
    args.add(SegyPieceMain.KEYS + "=" + String.join(",", fields.stream().map(TraceHeaderField::key).toList()));
    args.add(SegyPieceMain.HFF + "=" + headerDataset().toUri().getPath());
    return args;
  }

  /** Each task's own arguments: its first trace (0-based) and how many traces it converts. */
  public List<List<String>> taskArgs() {
    int n = taskCount();
    List<List<String>> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long[] range = layout.taskTraces(i, n);
      all.add(List.of(SegyPieceMain.FIRST + "=" + range[0], SegyPieceMain.COUNT + "=" + range[1]));
    }
    return all;
  }

  /** The job as JSON, as a job file would say it. */
  public ObjectNode json() {
    ObjectNode job = NODES.objectNode();
    job.put("name", "sepyarn-import-segy " + segy.getName());
    ObjectNode program = job.putObject("program");
    ArrayNode command = program.putArray("command");
    command().forEach(command::add);
    ArrayNode args = program.putArray("args");
    sharedArgs().forEach(args::add);
    ArrayNode files = job.putArray("files");
    files.add(output(HEADERS_TAG, headerDataset()));
    files.add(output(TRACES_TAG, dataset));
    ArrayNode perTask = job.putArray("tasks");
    for (List<String> own : taskArgs()) {
      ArrayNode list = perTask.addArray();
      own.forEach(list::add);
    }
    job.putObject("resources").put("memory", memory);
    job.put("overwrite", false);
    return job;
  }

  /** The job, read by the job parser. */
  public JobSpec job() {
    return JobSpec.parse(json().toString(), "sepyarn import segy " + segy);
  }

  private static ObjectNode output(String tag, Path path) {
    ObjectNode file = NODES.objectNode();
    file.put("tag", tag);
    file.put("path", path.toString());
    file.put("usage", "output");
    file.putObject("distribute").putObject("split").put("axis", 2);
    return file;
  }
}
