package org.sepyarn.client.segy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.segy.SampleFormat;
import org.sepyarn.formats.segy.SegyTraceRanges;

/**
 * The sepyarn job of a parallel SEG-Y export: task {@code i} of {@code n} runs
 * {@link ExportPieceMain} on its whole traces ({@link SegyTraceRanges#taskTraces}), reading them
 * straight from the dataset, and writes their SEG-Y trace bytes as one piece. The output is split
 * along axis 2 (the traces), so the engine lays the pieces end to end in task order and, on HDFS,
 * joins them in place without copying into the binary of a hidden staging dataset next to the
 * SEG-Y file ({@code .<name>.export-<id>.H}); {@link SegyExportFinish} then puts the file headers
 * in front of it, again without copying, and renames the whole to the SEG-Y file's name. Built as a
 * JSON tree and read by the job parser, as a job file is.
 *
 * @param dataset the dataset's header, fully qualified
 * @param segy the SEG-Y file to write, fully qualified
 * @param id what makes this export's temporary names unique
 * @param ranges where the traces go in the file
 * @param format the sample format to write
 * @param tasks how many tasks were asked for (at most one per trace is used)
 * @param memory each task's container memory (a job size, e.g. {@code 1g})
 */
public record SegyExportJob(Path dataset, Path segy, String id, SegyTraceRanges ranges, SampleFormat format,
    int tasks, String memory) {
  /** The tag of the trace bytes' output. */
  static final String TRACES_TAG = ExportPieceMain.TRACES + "=";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  public SegyExportJob {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(segy, "segy");
    Objects.requireNonNull(ranges, "ranges");
    Objects.requireNonNull(format, "format");
    if (!id.matches("[0-9a-z]{1,32}")) {
      throw new IllegalArgumentException("export id " + id + " is not 1 to 32 lowercase letters and digits");
    }
    if (tasks < 1) {
      throw new IllegalArgumentException("tasks must be at least 1, not " + tasks);
    }
    if (ranges.traceCount() < 1) {
      throw new IllegalArgumentException("no traces to export");
    }
  }

  /** The tasks the job runs: as many as asked, but no more than there are traces. */
  public int taskCount() {
    return (int) Math.min(tasks, ranges.traceCount());
  }

  /** The hidden dataset whose binary the engine joins the trace bytes into, beside the SEG-Y file. */
  public Path staging() {
    return new Path(segy.getParent(), "." + segy.getName() + ".export-" + id + ".H");
  }

  /** The hidden file the file headers are written to and the trace bytes joined onto, then renamed. */
  public Path temporary() {
    return new Path(segy.getParent(), "." + segy.getName() + ".export-" + id + ".sgy");
  }

  /** The program every task runs, without its own arguments: a JVM on the container's class path. */
  public List<String> command() {
    List<String> command = new ArrayList<>();
    command.add("java");
    command.addAll(SegyImportJob.JVM);
    command.add(ExportPieceMain.class.getName());
    return command;
  }

  /** What every task shares: the dataset, the sample format and the trace count the client saw. */
  public List<String> sharedArgs() {
    return List.of(ExportPieceMain.DATASET + "=" + dataset, ExportPieceMain.FORMAT + "=" + format.code(),
        ExportPieceMain.TRACE_COUNT + "=" + ranges.traceCount());
  }

  /** Each task's own arguments: its first trace (0-based) and how many traces it writes. */
  public List<List<String>> taskArgs() {
    int n = taskCount();
    List<List<String>> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long[] range = ranges.taskTraces(i, n);
      all.add(List.of(ExportPieceMain.FIRST + "=" + range[0], ExportPieceMain.COUNT + "=" + range[1]));
    }
    return all;
  }

  /** The job as JSON, as a job file would say it. */
  public ObjectNode json() {
    ObjectNode job = NODES.objectNode();
    job.put("name", "sepyarn-export-segy " + segy.getName());
    ObjectNode program = job.putObject("program");
    ArrayNode command = program.putArray("command");
    command().forEach(command::add);
    ArrayNode args = program.putArray("args");
    sharedArgs().forEach(args::add);
    ObjectNode file = job.putArray("files").addObject();
    file.put("tag", TRACES_TAG);
    file.put("path", staging().toString());
    file.put("usage", "output");
    file.putObject("distribute").putObject("split").put("axis", 2);
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
    return JobSpec.parse(json().toString(), "sepyarn export segy " + dataset);
  }
}
