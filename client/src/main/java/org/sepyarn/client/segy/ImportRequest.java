package org.sepyarn.client.segy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.formats.segy.SegyLayout;
import org.sepyarn.formats.segy.TraceHeaderField;

/**
 * Checks what {@code sepyarn import segy SEGY DATASET} is asked and makes its job: the SEG-Y file is
 * there and readable as SEG-Y (its file headers and length say whole traces), the keys are trace
 * header fields, and no part of the dataset exists. Reads only the file's headers; writes nothing.
 */
public final class ImportRequest {
  /** Bytes of SEG-Y traces per task when the number of tasks is not given. */
  static final long DEFAULT_BYTES_PER_TASK = 256L << 20;
  /** The most tasks chosen when the number is not given. */
  static final int MAX_DEFAULT_TASKS = 1000;
  static final String TASK_MEMORY = "1g";

  private final Configuration conf;

  public ImportRequest(Configuration conf) {
    this.conf = conf;
  }

  /**
   * The job importing {@code segyName} into {@code datasetName}.
   *
   * @param keys the trace header fields to keep, comma-separated, or null for all of them
   * @param tasks how many tasks, or 0 to choose one per 256 MiB of traces
   * @throws InvalidInputException naming the file, key or value that is wrong; nothing was written
   */
  public SegyImportJob job(String segyName, String datasetName, String keys, int tasks)
      throws InvalidInputException, IOException {
    Path segy = qualified(segyName, "SEG-Y file");
    Path dataset = qualified(datasetName, "dataset");
    List<TraceHeaderField> fields = fields(keys);
    if (tasks < 0) {
      throw new InvalidInputException("--tasks " + tasks + ": give a number of tasks of at least 1");
    }
    SegyLayout layout = layout(segy);
    refuseExisting(dataset);
    int count = tasks > 0 ? tasks : defaultTasks(layout);
    return new SegyImportJob(segy, dataset, layout, fields, count, TASK_MEMORY);
  }

  /** One task per 256 MiB of traces, at least one, at most 1000. */
  static int defaultTasks(SegyLayout layout) {
    long bytes = layout.traceCount() * layout.traceBytes();
    return (int) Math.max(1, Math.min(MAX_DEFAULT_TASKS, (bytes + DEFAULT_BYTES_PER_TASK - 1) / DEFAULT_BYTES_PER_TASK));
  }

  /** The fields {@code keys} names (every field for null), in the order given. */
  static List<TraceHeaderField> fields(String keys) throws InvalidInputException {
    if (keys == null) {
      return List.of(TraceHeaderField.values());
    }
    Set<TraceHeaderField> chosen = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String key : keys.split(",", -1)) {
      String k = key.strip();
      TraceHeaderField f = TraceHeaderField.byKey(k).orElse(null);
      if (f == null) {
        unknown.add("\"" + k + "\"");
      } else if (!chosen.add(f)) {
        throw new InvalidInputException("--keys names " + k + " twice");
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidInputException("--keys: " + String.join(", ", unknown) + (unknown.size() == 1 ? " is" : " are")
          + " not SEG-Y trace header fields; the fields are named as Seismic Unix names them: "
          + String.join(",", java.util.Arrays.stream(TraceHeaderField.values()).map(TraceHeaderField::key).toList()));
    }
    return List.copyOf(chosen);
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

  private SegyLayout layout(Path segy) throws InvalidInputException, IOException {
    FileSystem fs = segy.getFileSystem(conf);
    FileStatus status;
    try {
      status = fs.getFileStatus(segy);
    } catch (FileNotFoundException e) {
      throw new InvalidInputException("SEG-Y file " + segy + " does not exist");
    }
    if (!status.isFile()) {
      throw new InvalidInputException("SEG-Y file " + segy + " is a folder, not a file");
    }
    SegyLayout layout;
    try {
      layout = SegyLayout.read(fs, segy);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage() + " (is it a big-endian SEG-Y rev1 file?)", e);
    }
    if (layout.traceCount() == 0) {
      throw new InvalidInputException("SEG-Y file " + segy + " holds no traces after its file headers; a SEP3D dataset"
          + " holds at least one");
    }
    return layout;
  }

  /** The dataset's header, its binary, its header dataset and that one's binary must all be new. */
  private void refuseExisting(Path dataset) throws InvalidInputException, IOException {
    FileSystem fs = dataset.getFileSystem(conf);
    for (String suffix : List.of("", "@", "@@", "@@@")) {
      Path part = new Path(dataset.getParent(), dataset.getName() + suffix);
      if (fs.exists(part)) {
        throw new InvalidInputException("dataset " + dataset + " exists already (" + part + "); remove it or choose "
            + "another name: import never replaces a dataset");
      }
    }
    Path folder = dataset.getParent();
    if (!fs.exists(folder) || !fs.getFileStatus(folder).isDirectory()) {
      throw new InvalidInputException("the dataset's folder " + folder + " does not exist; create it first (hadoop fs"
          + " -mkdir -p " + folder.toUri().getPath() + ")");
    }
  }
}
