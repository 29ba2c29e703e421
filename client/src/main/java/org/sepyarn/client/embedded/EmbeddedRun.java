package org.sepyarn.client.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.job.CheckedJob;
import org.sepyarn.client.job.JobInputCheck;
import org.sepyarn.client.job.JobLoader;
import org.sepyarn.client.job.JobText;
import org.sepyarn.client.submit.ApplicationJar;
import org.sepyarn.client.submit.SubmitSettings;
import org.sepyarn.formats.job.JobError;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.JobValidationException;

/**
 * {@code sepyarn submit --embedded job.json}: checks the local job (relative paths taken from the
 * job file's folder) and that its program can start on this machine ({@link LocalProgramCheck})
 * before anything starts, then runs it in an {@link EmbeddedSession}. Exits
 * like {@code submit}: 0, 1, or 2 before anything starts.
 */
public final class EmbeddedRun {
  private final Configuration conf;
  private final Console console;
  private final boolean keepWork;

  /**
   * @param conf settings ({@code sepyarn.*} keys) to carry over to the embedded cluster
   * @param keepWork keep the clusters' folder (logs, work folders) instead of deleting it
   */
  public EmbeddedRun(Configuration conf, Console console, boolean keepWork) {
    this.conf = conf;
    this.console = console;
    this.keepWork = keepWork;
  }

  public int run(String jobLocation) throws Exception {
    CheckedJob checked = checkForEmbedded(jobLocation, conf);
    int nodeMemory = nodeMemoryFor(checked.job(), SubmitSettings.from(conf));
    ApplicationJar.locate(conf);
    try (EmbeddedSession session = EmbeddedSession.start(conf, console, nodeMemory, keepWork)) {
      return session.run(checked);
    }
  }

  /**
   * Checks a job as {@code submit --embedded} runs it ({@code validate --embedded} too): its paths
   * on this machine ({@link #checkLocal}) and its program on this machine's {@code PATH}.
   */
  public static CheckedJob checkForEmbedded(String location, Configuration conf) throws InvalidInputException,
      IOException {
    CheckedJob checked = checkLocal(location, conf);
    List<JobError> problems = new java.util.ArrayList<>();
    List<org.sepyarn.formats.job.StepSpec> steps = checked.job().flowSteps();
    for (int s = 0; s < steps.size(); s++) {
      String at = checked.job().isFlow() ? "steps[" + s + "]." : "";
      LocalProgramCheck.check(steps.get(s).program(), System.getenv("PATH"))
          .ifPresent(e -> problems.add(new JobError(at + e.path(), e.message())));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(new JobValidationException("job " + checked.job().name()
          + " on this machine", problems).getMessage());
    }
    return checked;
  }

  /**
   * Reads a local job, its relative paths taken from the job file's folder, and checks it
   * against the local file system.
   */
  public static CheckedJob checkLocal(String location, Configuration conf) throws InvalidInputException, IOException {
    Configuration localConf = EmbeddedSession.localConfiguration(conf);
    JobText text = JobLoader.read(location, localConf);
    Path folder = jobFolder(location);
    JobSpec job = JobLoader.parse(folder == null ? text : text.withJson(LocalJobPaths.resolve(text.json(), folder)));
    return new JobInputCheck(localConf).check(job);
  }

  /** Memory for each NodeManager: enough for the ApplicationMaster and a task side by side. */
  public static int nodeMemoryFor(JobSpec job, SubmitSettings settings) {
    long needed = job.resources().memoryMiB() + settings.amMemoryMb();
    return (int) Math.max(EmbeddedSession.MIN_NODE_MEMORY_MB, needed);
  }

  /** The folder of a job file on this machine, or null for one on another file system. */
  static Path jobFolder(String location) {
    if (!JobLoader.hasScheme(location)) {
      return Paths.get(location).toAbsolutePath().getParent();
    }
    if (location.startsWith("file:")) {
      return Paths.get(new org.apache.hadoop.fs.Path(location).toUri().getPath()).getParent();
    }
    return null;
  }
}
