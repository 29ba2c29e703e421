package org.sepyarn.client.monitor;

import java.util.Objects;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;

/**
 * What the ResourceManager says about an application at one moment.
 *
 * @param state YARN's state of the application
 * @param finalStatus what the ApplicationMaster reported when it ended ({@code UNDEFINED} before)
 * @param progress the fraction done, 0 to 1, as the ApplicationMaster reports it
 * @param diagnostics YARN's diagnostics, empty when none
 * @param trackingUrl the application's tracking URL (the ResourceManager's proxy), empty while YARN has none
 */
public record ApplicationSnapshot(YarnApplicationState state, FinalApplicationStatus finalStatus, float progress,
    String diagnostics, String trackingUrl) {
  public ApplicationSnapshot {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(finalStatus, "finalStatus");
    diagnostics = diagnostics == null ? "" : diagnostics.strip();
    trackingUrl = trackingUrl == null || trackingUrl.isBlank() || trackingUrl.equals("N/A") ? "" : trackingUrl.strip();
  }

  public ApplicationSnapshot(YarnApplicationState state, FinalApplicationStatus finalStatus, float progress,
      String diagnostics) {
    this(state, finalStatus, progress, diagnostics, "");
  }

  public static ApplicationSnapshot of(ApplicationReport report) {
    return new ApplicationSnapshot(report.getYarnApplicationState(), report.getFinalApplicationStatus(),
        report.getProgress(), report.getDiagnostics(), report.getTrackingUrl());
  }

  /** Whether the application has ended, well or badly. */
  public boolean hasEnded() {
    return state == YarnApplicationState.FINISHED || state == YarnApplicationState.FAILED
        || state == YarnApplicationState.KILLED;
  }

  /** Whether it ended and its ApplicationMaster reported success. */
  public boolean succeeded() {
    return state == YarnApplicationState.FINISHED && finalStatus == FinalApplicationStatus.SUCCEEDED;
  }
}
