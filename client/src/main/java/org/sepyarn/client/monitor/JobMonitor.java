package org.sepyarn.client.monitor;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.exceptions.YarnException;
import org.sepyarn.am.status.JobStatus;

/**
 * Follows a job until its application ends: polls the {@link JobSource} every poll interval,
 * reports the application's and the job's state changes and each task's, and keeps the progress
 * line up to date. Returns what the ResourceManager says at the end, with the last status the
 * ApplicationMaster wrote.
 */
public final class JobMonitor {
  /** How often the source is asked, unless another interval is given. */
  public static final long DEFAULT_POLL_MILLIS = 1000;

  private final JobSource source;
  private final ProgressDisplay display;
  private final Ticker ticker;
  private final long pollMillis;
  private final TaskChanges taskChanges = new TaskChanges();

  public JobMonitor(JobSource source, ProgressDisplay display, Ticker ticker, long pollMillis) {
    this.source = Objects.requireNonNull(source, "source");
    this.display = Objects.requireNonNull(display, "display");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    if (pollMillis < 1) {
      throw new IllegalArgumentException("poll interval " + pollMillis + " ms must be at least 1 ms");
    }
    this.pollMillis = pollMillis;
  }

  /** How a followed job ended. */
  public record Ending(ApplicationSnapshot application, Optional<JobStatus> status) {
  }

  private static final int FINAL_STATUS_RETRIES = 3;
  private static final long FINAL_STATUS_RETRY_MILLIS = 500;

  public Ending await() throws IOException, YarnException, InterruptedException {
    long start = ticker.nowMillis();
    YarnApplicationState appState = null;
    String jobState = null;
    Optional<JobStatus> last = Optional.empty();
    boolean trackingShown = false;
    while (true) {
      ApplicationSnapshot app = source.application();
      if (app.state() != appState) {
        appState = app.state();
        applicationMessage(appState);
      }
      if (!trackingShown && !app.trackingUrl().isEmpty() && !app.hasEnded()) {
        display.message("tracking page: " + app.trackingUrl());
        trackingShown = true;
      }
      Optional<JobStatus> status = source.status();
      if (status.isPresent()) {
        last = status;
        for (String line : taskChanges.update(status.get())) {
          display.message(line);
        }
        if (!status.get().state().equals(jobState)) {
          jobState = status.get().state();
          jobMessage(jobState);
        }
      }
      long now = ticker.nowMillis();
      if (app.hasEnded()) {
        // The ApplicationMaster wrote its last status before it told YARN the job ended; a read that
        // failed just then (a status being replaced) is tried again, so that the final counts show.
        for (int retry = 0; retry < FINAL_STATUS_RETRIES && !isFinal(status); retry++) {
          ticker.sleep(FINAL_STATUS_RETRY_MILLIS);
          status = source.status();
          if (status.isPresent()) {
            last = status;
          }
        }
        // The ApplicationMaster may have removed its work folder by now: an older status would
        // show tasks still running, so the last line shows what the ResourceManager says.
        display.showFinal(ProgressLine.of(app, status, now - start));
        display.finish();
        return new Ending(app, last);
      }
      display.show(ProgressLine.of(app, last, now - start), now);
      ticker.sleep(pollMillis);
    }
  }

  private static boolean isFinal(Optional<JobStatus> status) {
    return status.map(s -> s.state().equals("SUCCEEDED") || s.state().equals("FAILED")).orElse(false);
  }

  private void applicationMessage(YarnApplicationState state) {
    switch (state) {
      case ACCEPTED -> display.message("YARN accepted the job; waiting for the ApplicationMaster to start");
      case RUNNING -> display.message("the ApplicationMaster is running");
      default -> {
      }
    }
  }

  private void jobMessage(String state) {
    if (state.equals("SCATTERING")) {
      display.message("scattering the inputs the tasks read in short runs; the tasks start after");
    } else if (state.equals("MERGING")) {
      display.message("every task succeeded; merging the outputs");
    }
  }
}
