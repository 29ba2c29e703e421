package org.sepyarn.client.segy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.formats.dataset.InvalidDatasetException;
import org.sepyarn.formats.segy.SampleFormat;
import org.sepyarn.formats.segy.SegyHistory;
import org.sepyarn.formats.segy.SegyTraceRanges;
import org.sepyarn.formats.segy.SegyTraceWriter;

/**
 * Checks what {@code sepyarn export segy DATASET SEGY} is asked and makes its job: the dataset is
 * there and its samples can be written as SEG-Y, the format is IBM or IEEE floats, the SEG-Y file's
 * folder exists, and the file does not exist unless it may be replaced. Reads only the dataset's
 * headers; writes nothing.
 */
public final class ExportRequest {
  /** Bytes of SEG-Y traces per task when the number of tasks is not given. */
  static final long DEFAULT_BYTES_PER_TASK = 256L << 20;
  /** The most tasks chosen when the number is not given. */
  static final int MAX_DEFAULT_TASKS = 1000;
  static final String TASK_MEMORY = "1g";

  private final Configuration conf;

  public ExportRequest(Configuration conf) {
    this.conf = conf;
  }

  /**
   * The job exporting {@code datasetName} to {@code segyName}.
   *
   * @param format {@code ibm}, {@code ieee} (or codes 1 and 5), or null for the one an import
   *     recorded, otherwise IBM floats
   * @param tasks how many tasks, or 0 to choose one per 256 MiB of traces
   * @throws InvalidInputException naming the argument that is wrong and how to fix it; nothing was written
   */
  public SegyExportJob job(String datasetName, String segyName, String format, boolean overwrite, int tasks)
      throws InvalidInputException, IOException {
    Path dataset = qualified(datasetName, "dataset");
    Path segy = qualified(segyName, "SEG-Y file");
    if (tasks < 0) {
      throw new InvalidInputException("--tasks " + tasks + ": give a number of tasks of at least 1");
    }
    SegyTraceWriter traces = open(dataset);
    SampleFormat sampleFormat = format(format, traces);
    checkTarget(segy, overwrite);
    SegyTraceRanges ranges = traces.ranges();
    int count = tasks > 0 ? tasks : defaultTasks(ranges);
    String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return new SegyExportJob(dataset, segy, id, ranges, sampleFormat, count, TASK_MEMORY);
  }

  /** One task per 256 MiB of traces, at least one, at most 1000. */
  static int defaultTasks(SegyTraceRanges ranges) {
    long bytes = ranges.fileBytes() - ranges.dataStart();
    return (int) Math.max(1, Math.min(MAX_DEFAULT_TASKS, (bytes + DEFAULT_BYTES_PER_TASK - 1) / DEFAULT_BYTES_PER_TASK));
  }

  /** The format asked for, or the one an import recorded, or IBM floats. */
  static SampleFormat format(String asked, SegyTraceWriter traces) throws InvalidInputException {
    if (asked != null) {
      return switch (asked.strip().toLowerCase(Locale.ROOT)) {
        case "ibm", "1" -> SampleFormat.IBM_FLOAT;
        case "ieee", "5" -> SampleFormat.IEEE_FLOAT;
        default -> throw new InvalidInputException("--format " + asked + ": give ibm (IBM floats, code 1) or ieee"
            + " (IEEE floats, code 5)");
      };
    }
    String recorded = traces.dataset().history().getString(SegyHistory.FORMAT, null);
    return "5".equals(recorded) ? SampleFormat.IEEE_FLOAT : SampleFormat.IBM_FLOAT;
  }

  private Path qualified(String name, String what) throws InvalidInputException, IOException {
    if (name.isBlank()) {
      throw new InvalidInputException("the " + what + " name is empty");
    }
    try {
      Path path = new Path(name);
      return path.getFileSystem(conf).makeQualified(path);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(what + " " + name + " is not a usable path: " + e.getMessage());
    }
  }

  private SegyTraceWriter open(Path dataset) throws InvalidInputException, IOException {
    SegyTraceWriter traces;
    try {
      traces = new SegyTraceWriter(dataset, conf);
    } catch (FileNotFoundException e) {
      throw new InvalidInputException("dataset " + dataset + " cannot be read: " + e.getMessage()
          + " (give the header of an existing dataset)", e);
    } catch (InvalidDatasetException | IllegalArgumentException e) {
      throw new InvalidInputException("dataset " + dataset + ": " + e.getMessage(), e);
    }
    if (traces.traceCount() < 1) {
      throw new InvalidInputException("dataset " + dataset + " holds no traces; a SEG-Y file of it would hold none");
    }
    return traces;
  }

  private void checkTarget(Path segy, boolean overwrite) throws InvalidInputException, IOException {
    FileSystem fs = segy.getFileSystem(conf);
    Path folder = segy.getParent();
    if (folder == null || !fs.exists(folder) || !fs.getFileStatus(folder).isDirectory()) {
      throw new InvalidInputException("the SEG-Y file's folder " + folder + " does not exist; create it first (hadoop"
          + " fs -mkdir -p " + (folder == null ? "/" : folder.toUri().getPath()) + ")");
    }
    FileStatus status;
    try {
      status = fs.getFileStatus(segy);
    } catch (FileNotFoundException e) {
      return;
    }
    if (status.isDirectory()) {
      throw new InvalidInputException("SEG-Y file " + segy + " is a folder; give the name of a file to write");
    }
    if (!overwrite) {
      throw new InvalidInputException("SEG-Y file " + segy + " exists already; give --overwrite to replace it, or"
          + " choose another name");
    }
  }
}
