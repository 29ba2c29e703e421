package org.sepyarn.client.job;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.JobError;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.Patching;

/**
 * What must hold for an output before a job may start: it is not one of the inputs once paths
 * are resolved, it does not exist unless the job may overwrite it (or a resumed run merged it
 * already, {@link JobInputCheck#KEPT_OUTPUTS}), and a patched output has an
 * input cut into the same patches, whose shape the blended output takes.
 */
final class OutputRules {
  private final Configuration conf;

  OutputRules(Configuration conf) {
    this.conf = conf;
  }

  /**
   * @param index the output's job-wide file number (a flow's steps' files numbered in step order)
   * @param file the output: a dataset the job writes, or the dataset a kept intermediate is kept as
   * @param pathField the field that names it, {@code files[1].path} or {@code files[1].keep}
   * @param inputsByPath the job's resolved input paths and their index in {@code files}
   */
  void check(JobSpec job, int index, FileSpec file, String pathField, Path path, Map<Path, Integer> inputsByPath,
      List<JobError> errors) throws IOException {
    String field = pathField.substring(0, pathField.lastIndexOf('.'));
    Integer sameInput = inputsByPath.get(path);
    if (sameInput != null) {
      errors.add(new JobError(pathField, "output " + path + " is the input files[" + sameInput + "] ("
          + job.files().get(sameInput).path() + "): a job cannot write over what it reads; write the output"
          + " elsewhere"));
      return;
    }
    if (!checkFolder(path, pathField, errors)) {
      return;
    }
    if (!kept().contains(index)) {
      checkTarget(path, job.overwrite(), pathField, errors);
    }
    if (file.distribute() instanceof Patching patching && !hasInputCutLike(job, patching)) {
      errors.add(new JobError(field + ".distribute", "output " + path + " is cut into " + patching.describeCount()
          + ", but no input is cut into the same patches; the blended output takes the shape of an input patched"
          + " the same way, so give one input exactly this \"patch\" distribution"));
    }
  }

  /** The outputs an earlier run of a resumed job merged: they exist and are kept. */
  private java.util.Set<Integer> kept() {
    java.util.Set<Integer> kept = new java.util.HashSet<>();
    for (String index : conf.getTrimmedStringCollection(JobInputCheck.KEPT_OUTPUTS)) {
      kept.add(Integer.parseInt(index));
    }
    return kept;
  }

  /**
   * An output's folder must already be a folder: sepyarn does not create it, so that a mistyped
   * path fails here rather than leaving a stray folder (or failing after the tasks ran).
   *
   * @return whether the folder is there
   */
  private boolean checkFolder(Path header, String at, List<JobError> errors) throws IOException {
    Path folder = header.getParent();
    if (folder == null) {
      errors.add(new JobError(at, "output " + header + " names no file: give the header file the job should write"));
      return false;
    }
    FileSystem fs = header.getFileSystem(conf);
    Path existing = folder;
    while (existing != null && !fs.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return true;
    }
    if (!fs.getFileStatus(existing).isDirectory()) {
      errors.add(new JobError(at, "the folder of output " + header + " cannot be made: " + existing
          + " is a file, not a folder; write the output under a folder"));
      return false;
    }
    if (!existing.equals(folder)) {
      errors.add(new JobError(at, "the folder " + folder + " of output " + header + " does not exist; sepyarn does"
          + " not create output folders: create it first (hadoop fs -mkdir -p " + folder.toUri().getPath()
          + ", or mkdir -p for a local output) or fix the path"));
      return false;
    }
    return true;
  }

  private void checkTarget(Path header, boolean overwrite, String at, List<JobError> errors) throws IOException {
    FileSystem fs = header.getFileSystem(conf);
    FileStatus status = fs.exists(header) ? fs.getFileStatus(header) : null;
    if (status != null && status.isDirectory()) {
      errors.add(new JobError(at, "output " + header + " is a folder: give the header file the job should write"));
      return;
    }
    if (overwrite) {
      return;
    }
    Path binary = new Path(header.getParent(), header.getName() + "@");
    if (status != null) {
      errors.add(new JobError(at, "output " + header + " already exists; set \"overwrite\": true in the job to"
          + " replace it, or remove it"));
    } else if (fs.exists(binary)) {
      errors.add(new JobError(at, "the binary " + binary + " of output " + header + " already exists; set"
          + " \"overwrite\": true in the job to replace it, or remove it"));
    }
  }

  private static boolean hasInputCutLike(JobSpec job, Patching patching) {
    for (FileSpec f : job.files()) {
      if (f.isInput() && f.distribute() instanceof Patching p && p.sameCutAs(patching)) {
        return true;
      }
    }
    return false;
  }
}
