package org.sepyarn.client.status;

import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;

/** Application reports as a ResourceManager would give them, for tests. */
final class Reports {
  static final ApplicationId ID = ApplicationId.newInstance(1700000000000L, 3);
  static final String TRACKING = "http://rm:8088/proxy/" + ID + "/";

  private Reports() {
  }

  static ApplicationReport of(YarnApplicationState state, FinalApplicationStatus finalStatus, String diagnostics,
      long finishTime) {
    return ApplicationReport.newInstance(ID, null, "alice", "default", "smooth", "node1", 0, null, state, diagnostics,
        TRACKING, 1700000001000L, 1700000001500L, finishTime, finalStatus, null, "http://node1:40000/", 0.45f, "SEPYARN", null);
  }

  static ApplicationReport running() {
    return of(YarnApplicationState.RUNNING, FinalApplicationStatus.UNDEFINED, "", 0);
  }
}
