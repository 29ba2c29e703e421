package org.sepyarn.client.job;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.flow.FlowTasks;
import org.sepyarn.formats.job.JobSpec;

/**
 * A job whose inputs exist and fit its cuts and whose outputs may be written: ready to stage.
 *
 * @param job the job
 * @param files its files in job order, resolved, inputs opened
 */
public record CheckedJob(JobSpec job, List<CheckedFile> files) {
  public CheckedJob {
    Objects.requireNonNull(job, "job");
    files = List.copyOf(files);
    int datasets = job.datasets().size();
    if (files.size() != datasets) {
      throw new IllegalArgumentException("the job has " + datasets + " dataset files but " + files.size()
          + " were checked");
    }
  }

  /**
   * The job to stage: every file at the fully qualified path that was checked, so that the
   * ApplicationMaster, whatever its default file system and working folder, opens the same ones
   * (a flow's intermediates stay as they are).
   */
  public JobSpec qualifiedJob() {
    return withDatasetsAt(f -> f.path().toString());
  }

  /**
   * The job with each checked dataset at the path {@code where} gives it: a file's {@code path},
   * or a kept intermediate's {@code keep} (the intermediate keeps its {@code @name}).
   */
  public JobSpec withDatasetsAt(Function<CheckedFile, String> where) {
    List<String> paths = new ArrayList<>();
    FlowTasks.of(job).files().forEach(f -> paths.add(f.path()));
    List<Optional<String>> keeps = new ArrayList<>(Collections.nCopies(paths.size(), Optional.<String>empty()));
    for (CheckedFile f : files) {
      if (f.kept()) {
        keeps.set(f.index(), Optional.of(where.apply(f)));
      } else {
        paths.set(f.index(), where.apply(f));
      }
    }
    return job.withFilePaths(paths, keeps);
  }

  /** Every dataset the job reads or writes, qualified: what the job needs access tokens for. */
  public List<Path> dataPaths() {
    List<Path> paths = new ArrayList<>();
    for (CheckedFile f : files) {
      paths.add(f.path());
    }
    return paths;
  }
}
