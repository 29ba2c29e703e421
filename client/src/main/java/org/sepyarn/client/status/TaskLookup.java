package org.sepyarn.client.status;

import java.io.IOException;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.client.monitor.YarnJobSource;
import org.sepyarn.client.web.WebClient;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a job's tasks for {@code sepyarn status}: live from the ApplicationMaster's tracking page
 * while the application runs, otherwise (or when the page does not answer) from {@code status.json}
 * in the work folder; and when there are none, says why.
 */
public final class TaskLookup {
  private static final Logger LOG = LoggerFactory.getLogger(TaskLookup.class);

  private final TrackingPageStatus trackingPage;
  private final FileSystem fs;

  public TaskLookup(WebClient web, FileSystem fs) {
    this.trackingPage = new TrackingPageStatus(web);
    this.fs = fs;
  }

  public KnownTasks find(ApplicationReport report, WorkLayout work) throws IOException {
    return find(report, work, TaskFilter.ALL);
  }

  /** The tasks {@code filter} asks for: from the live page, which has every task, else from {@code status.json}. */
  public KnownTasks find(ApplicationReport report, WorkLayout work, TaskFilter filter) throws IOException {
    String liveFailure = "";
    if (report.getYarnApplicationState() == YarnApplicationState.RUNNING && hasTrackingUrl(report)) {
      try {
        return new KnownTasks(TaskSource.TRACKING_PAGE, Optional.of(trackingPage.read(report.getTrackingUrl(),
            report.getApplicationId(), filter.query())), "");
      } catch (IOException e) {
        LOG.debug("no live status of {}", report.getApplicationId(), e);
        liveFailure = "the tracking page did not give the tasks (" + e.getMessage() + ")";
      }
    }
    Optional<JobStatus> file = YarnJobSource.read(fs, work.statusJson());
    if (file.isPresent()) {
      String note = liveFailure.isEmpty() ? "" : liveFailure + "; these are from status.json";
      note = join(note, filter.missingFrom(file.get()).orElse(""));
      return new KnownTasks(TaskSource.STATUS_FILE, file.map(s -> EndedJob.settle(s, report)).map(filter::narrow),
          note);
    }
    return KnownTasks.none(join(liveFailure, whyNoFile(report, work)));
  }

  private String whyNoFile(ApplicationReport report, WorkLayout work) throws IOException {
    if (fs.exists(work.root())) {
      return hasEnded(report)
          ? "the ApplicationMaster never wrote status.json in " + work.root()
          : "the ApplicationMaster has not written status.json in " + work.root() + " yet";
    }
    if (report.getYarnApplicationState() == YarnApplicationState.FINISHED
        && report.getFinalApplicationStatus() == FinalApplicationStatus.SUCCEEDED) {
      return "the job succeeded and its work folder " + work.root() + " was removed, as it is after every success"
          + " unless the job is submitted with --keep-work";
    }
    return "the work folder " + work.root() + " is gone";
  }

  private static boolean hasTrackingUrl(ApplicationReport report) {
    String url = report.getTrackingUrl();
    return url != null && !url.isBlank() && !url.equals("N/A");
  }

  private static boolean hasEnded(ApplicationReport report) {
    YarnApplicationState state = report.getYarnApplicationState();
    return state == YarnApplicationState.FINISHED || state == YarnApplicationState.FAILED
        || state == YarnApplicationState.KILLED;
  }

  private static String join(String first, String second) {
    return first.isEmpty() ? second : second.isEmpty() ? first : first + "; " + second;
  }
}
