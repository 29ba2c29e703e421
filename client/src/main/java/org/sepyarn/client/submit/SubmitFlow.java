package org.sepyarn.client.submit;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.exceptions.YarnException;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.job.JobInputCheck;
import org.sepyarn.client.monitor.AmExit;
import org.sepyarn.client.monitor.JobMonitor;
import org.sepyarn.client.monitor.ProgressDisplay;
import org.sepyarn.client.monitor.Ticker;
import org.sepyarn.client.monitor.YarnJobSource;
import org.sepyarn.formats.job.JobSpec;

/**
 * The three steps of {@code sepyarn submit} on one cluster, the same for a real cluster and the
 * embedded one: {@link #prepare} checks everything and changes nothing, {@link #submit} stages
 * and submits, {@link #follow} waits for the end while printing progress.
 */
public final class SubmitFlow {
  /** A plain progress line at least this often when the console is not a terminal. */
  static final long PLAIN_PROGRESS_MILLIS = 10_000;

  private final Configuration conf;
  private final Console console;

  public SubmitFlow(Configuration conf, Console console) {
    this.conf = conf;
    this.console = console;
  }

  /**
   * Checks the job against its datasets, finds the jar and reads the settings.
   *
   * @throws InvalidInputException when anything is wrong; nothing has been staged
   */
  public PreparedJob prepare(JobSpec job) throws InvalidInputException, IOException {
    var checked = new JobInputCheck(conf).check(job);
    SubmitSettings settings = SubmitSettings.from(conf);
    return new PreparedJob(checked, ApplicationJar.locate(conf), settings);
  }

  /** Stages and submits; refused, with nothing staged, when another live job writes one of the outputs. */
  public Submitted submit(YarnClient yarn, PreparedJob prepared)
      throws IOException, YarnException, InvalidInputException {
    Submitted submitted = new JobSubmission(conf, yarn).submit(prepared.checked(), prepared.jar(),
        prepared.settings());
    console.err().println("submitted " + submitted.id() + " (" + prepared.checked().job().name() + "), work folder "
        + submitted.work().root());
    if (submitted.tokenNote() != null) {
      console.err().println(submitted.tokenNote());
    }
    return submitted;
  }

  /**
   * Waits for the job to end, printing each task's state changes and the progress, and then for
   * its ApplicationMaster to exit: the job is wholly over, its work folder removed after a success
   * unless kept.
   */
  public JobMonitor.Ending follow(YarnClient yarn, Submitted submitted)
      throws IOException, YarnException, InterruptedException {
    JobMonitor.Ending ending = monitor(yarn, submitted);
    AmExit.await(yarn, yarn.getApplicationReport(submitted.id()), AmExit.DEFAULT_WAIT_MILLIS);
    return ending;
  }

  /** As {@link #follow}, returning as soon as the ResourceManager reports the application ended. */
  public JobMonitor.Ending monitor(YarnClient yarn, Submitted submitted)
      throws IOException, YarnException, InterruptedException {
    YarnJobSource source = new YarnJobSource(yarn, submitted.id(), FileSystem.get(conf), submitted.work());
    ProgressDisplay display = new ProgressDisplay(console.err(), console.isTerminal(), PLAIN_PROGRESS_MILLIS);
    return new JobMonitor(source, display, Ticker.SYSTEM, JobMonitor.DEFAULT_POLL_MILLIS).await();
  }
}
