package org.sepyarn.client.job;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.formats.dataset.BinaryScope;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.flow.FlowTasks;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.irregular.IrregularSources;
import org.sepyarn.formats.job.Copy;
import org.sepyarn.formats.job.Irregular;
import org.sepyarn.formats.job.IrregularSource;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.JobError;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.JobValidationException;

/**
 * Checks a parsed job against the file systems before anything is staged: every path resolves
 * ({@link DatasetPaths}), every input is a valid dataset, the cuts fit the inputs' shapes
 * ({@link JobSpec#checkAgainst}), every output may be written ({@link OutputRules}), and every
 * file to localize exists. Every
 * problem is collected and reported together, each at its field path.
 */
public final class JobInputCheck {
  /**
   * The outputs (file indexes, comma-separated) that the run being resumed merged already: they
   * exist, and are kept as they are rather than refused.
   */
  public static final String KEPT_OUTPUTS = "sepyarn.resume-kept-outputs";

  private final Configuration conf;

  public JobInputCheck(Configuration conf) {
    this.conf = conf;
  }

  /**
   * @throws InvalidInputException listing every problem, each at its field path (a flow's as
   *     {@link #checkFlow} finds them)
   * @throws IOException when a file system cannot be reached
   */
  public CheckedJob check(JobSpec job) throws InvalidInputException, IOException {
    if (job.isFlow()) {
      return checkFlow(job).asJob();
    }
    List<JobError> errors = new ArrayList<>();
    List<CheckedFile> checked = checkDatasets(job, 0, errors);
    checkLocalized(job, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(new JobValidationException("job " + job.name() + " against its datasets",
          errors).getMessage());
    }
    return new CheckedJob(job, checked);
  }

  /**
   * Checks every step of a flow as {@link #check} checks a job (its intermediates, which no step
   * has written yet, left out), then how each step's cuts fit what is known of the intermediates
   * it reads.
   *
   * @throws InvalidInputException listing every problem, each at its field path under {@code steps[i]}
   * @throws IOException when a file system cannot be reached
   */
  public CheckedFlow checkFlow(JobSpec flow) throws InvalidInputException, IOException {
    List<JobError> errors = new ArrayList<>();
    List<CheckedStep> steps = new ArrayList<>();
    Map<String, Hypercube> cubes = new HashMap<>();
    for (int s = 0; s < flow.steps().size(); s++) {
      JobSpec job = flow.steps().get(s).job();
      List<JobError> stepErrors = new ArrayList<>();
      List<CheckedFile> files = checkDatasets(job, FlowTasks.of(flow).firstFile(s), stepErrors);
      checkLocalized(job, stepErrors);
      for (JobError e : stepErrors) {
        errors.add(new JobError(e.path().isEmpty() ? "steps[" + s + "]" : "steps[" + s + "]." + e.path(),
            e.message()));
      }
      for (CheckedFile f : files) {
        f.dataset().ifPresent(d -> cubes.put(f.spec().path(), d.cube()));
      }
      steps.add(new CheckedStep(s, flow.steps().get(s), files));
    }
    if (errors.isEmpty()) {
      try {
        flow.checkAgainst(cubes);
      } catch (JobValidationException e) {
        errors.addAll(e.errors());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(new JobValidationException("job " + flow.name() + " against its datasets",
          errors).getMessage());
    }
    return new CheckedFlow(flow, steps);
  }

  /**
   * Resolves, opens or checks every dataset of the job (not its intermediates) and checks the
   * cuts against the inputs' shapes; the datasets checked, in job order.
   *
   * @param firstFile the job-wide number of the job's first file (a flow's step's), by which
   *     {@link #KEPT_OUTPUTS} names outputs
   */
  private List<CheckedFile> checkDatasets(JobSpec job, int firstFile, List<JobError> errors) throws IOException {
    List<FileSpec> files = job.files();
    Path[] paths = new Path[files.size()];
    for (int i = 0; i < files.size(); i++) {
      if (!files.get(i).isIntermediate()) {
        paths[i] = resolve(files.get(i).path(), "files[" + i + "].path", errors);
      } else if (files.get(i).isKept()) {
        paths[i] = resolve(files.get(i).keep().orElseThrow(), "files[" + i + "].keep", errors);
      }
    }
    Map<Path, Integer> inputsByPath = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      if (files.get(i).isInput() && paths[i] != null) {
        inputsByPath.putIfAbsent(paths[i], i);
      }
    }
    InputOpener inputs = new InputOpener(conf, BinaryScope.forJob(job.allowForeignBinaries()));
    OutputRules outputs = new OutputRules(conf);
    List<Optional<Dataset>> datasets = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Optional<Dataset> dataset = Optional.empty();
      if (paths[i] != null && files.get(i).isInput()) {
        dataset = inputs.open("files[" + i + "]", paths[i], errors);
      } else if (paths[i] != null && files.get(i).isKept()) {
        outputs.check(job, firstFile + i, files.get(i).keptDataset(), "files[" + i + "].keep", paths[i], inputsByPath, errors);
      } else if (paths[i] != null) {
        outputs.check(job, firstFile + i, files.get(i), "files[" + i + "].path", paths[i], inputsByPath, errors);
      }
      datasets.add(dataset);
    }
    checkShapes(job, datasets, errors);
    checkIrregular(job, datasets, errors);
    List<CheckedFile> checked = new ArrayList<>();
    if (!errors.isEmpty()) {
      return checked;
    }
    for (int i = 0; i < files.size(); i++) {
      if (!files.get(i).isIntermediate()) {
        checked.add(new CheckedFile(i, files.get(i), paths[i], datasets.get(i)));
      } else if (files.get(i).isKept()) {
        checked.add(new CheckedFile(i, files.get(i).keptDataset(), paths[i], Optional.empty(), true));
      }
    }
    return checked;
  }

  private Path resolve(String text, String at, List<JobError> errors) throws IOException {
    try {
      return DatasetPaths.resolve(text, conf);
    } catch (IllegalArgumentException e) {
      errors.add(new JobError(at, "\"" + text + "\" is not a usable path: " + e.getMessage()));
    } catch (org.apache.hadoop.fs.UnsupportedFileSystemException e) {
      errors.add(new JobError(at, "\"" + text + "\" names a file system this client does not know: "
          + e.getMessage()));
    }
    return null;
  }

  /** Checks that every file to localize into the tasks' working folders is there. */
  private void checkLocalized(JobSpec job, List<JobError> errors) throws IOException {
    checkShipped(job.program().localize(), "program.localize", errors);
    checkShipped(job.program().archives(), "program.archives", errors);
  }

  private void checkShipped(List<URI> localize, String field, List<JobError> errors) throws IOException {
    for (int i = 0; i < localize.size(); i++) {
      URI uri = localize.get(i);
      String at = field + "[" + i + "]";
      String text = uri.getFragment() == null ? uri.toString() : uri.toString().substring(0,
          uri.toString().lastIndexOf('#'));
      Path path = resolve(text, at, errors);
      if (path == null) {
        continue;
      }
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        errors.add(new JobError(at, path + " does not exist: every task needs it in its working folder"));
      } else if (!fs.getFileStatus(path).isFile()) {
        errors.add(new JobError(at, path + " is not a file: only files are localized; pack a folder into a file"));
      }
    }
  }

  /** Checks every irregular input's keys or grid against its SEP3D dataset, once each could be opened. */
  private void checkIrregular(JobSpec job, List<Optional<Dataset>> datasets, List<JobError> errors)
      throws IOException {
    Map<String, IrregularSource> sources = new HashMap<>();
    for (int i = 0; i < job.files().size(); i++) {
      FileSpec f = job.files().get(i);
      if (!(f.distribute() instanceof Irregular)) {
        continue;
      }
      if (datasets.get(i).isEmpty()) {
        return;
      }
      Dataset d = datasets.get(i).get();
      try {
        sources.put(f.path(), IrregularSources.of(d, d.header().getFileSystem(conf)));
      } catch (org.sepyarn.formats.dataset.InvalidDatasetException e) {
        errors.add(new JobError("files[" + i + "].path", "SEP3D dataset " + d.header() + " is not valid: "
            + e.getMessage()));
        return;
      }
    }
    if (sources.isEmpty()) {
      return;
    }
    try {
      job.checkIrregular(sources);
    } catch (JobValidationException e) {
      errors.addAll(e.errors());
    }
  }

  /** Checks the cuts against the inputs' shapes, once every cut input could be opened. */
  private static void checkShapes(JobSpec job, List<Optional<Dataset>> datasets, List<JobError> errors) {
    Map<String, Hypercube> cubes = new HashMap<>();
    for (int i = 0; i < job.files().size(); i++) {
      FileSpec f = job.files().get(i);
      if (!f.isInput() || f.isIntermediate() || f.distribute() instanceof Copy) {
        continue;
      }
      if (datasets.get(i).isEmpty()) {
        return;
      }
      cubes.put(f.path(), datasets.get(i).get().cube());
    }
    try {
      job.checkAgainst(cubes);
    } catch (JobValidationException e) {
      errors.addAll(e.errors());
    }
  }
}
