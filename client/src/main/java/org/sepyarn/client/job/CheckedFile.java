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
 */
public record CheckedFile(int index, FileSpec spec, Path path, Optional<Dataset> dataset) {
  public CheckedFile {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(dataset, "dataset");
    if (spec.isInput() != dataset.isPresent()) {
      throw new IllegalArgumentException("files[" + index + "] (" + path + "): an input comes with its opened dataset"
          + " and an output without one");
    }
  }

  /** The field path of this file in the job, {@code files[2]}. */
  public String field() {
    return "files[" + index + "]";
  }
}
