package org.sepyarn.client.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.Path;
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
    if (files.size() != job.files().size()) {
      throw new IllegalArgumentException("the job has " + job.files().size() + " files but " + files.size()
          + " were checked");
    }
  }

  /**
   * The job to stage: every file at the fully qualified path that was checked, so that the
   * ApplicationMaster, whatever its default file system and working folder, opens the same ones.
   */
  public JobSpec qualifiedJob() {
    return job.withFilePaths(files.stream().map(f -> f.path().toString()).toList());
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
