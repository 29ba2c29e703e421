package org.sepyarn.client.job;

import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.job.FileSpec;

/**
 * One file of a checked job.
 *
 * @param index its place in the job's {@code files}
 * @param spec the file as the job describes it
 * @param path where it resolves, fully qualified
 * @param dataset the opened dataset, for an input; empty for an output
 * @param kept whether this is the dataset an intermediate of a flow is kept as: {@code spec} is then
 *     that dataset ({@link FileSpec#keptDataset()}), named by the file's {@code keep}
 */
public record CheckedFile(int index, FileSpec spec, Path path, Optional<Dataset> dataset, boolean kept) {
  public CheckedFile {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(dataset, "dataset");
    if (spec.isInput() != dataset.isPresent()) {
      throw new IllegalArgumentException("files[" + index + "] (" + path + "): an input comes with its opened dataset"
          + " and an output without one");
    }
  }

  /** A dataset the job names by its {@code path}. */
  public CheckedFile(int index, FileSpec spec, Path path, Optional<Dataset> dataset) {
    this(index, spec, path, dataset, false);
  }

  /** The field path of this file in the job, {@code files[2]}. */
  public String field() {
    return "files[" + index + "]";
  }

  /** The field that names the dataset: {@code files[2].path}, or {@code files[2].keep} for a kept intermediate. */
  public String pathField() {
    return field() + (kept ? ".keep" : ".path");
  }
}
