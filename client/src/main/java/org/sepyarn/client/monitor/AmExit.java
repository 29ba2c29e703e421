package org.sepyarn.client.monitor;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.yarn.api.records.ApplicationAttemptId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.YarnApplicationAttemptState;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.exceptions.YarnException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for an ended job's ApplicationMaster to exit. YARN reports an application FINISHED as soon
 * as its ApplicationMaster unregisters, while that process still does its last step (removing the
 * work folder after a success); what the work folder holds is settled only once the process is
 * gone. The wait is bounded: an ApplicationMaster that hangs on exit is not waited for longer.
 */
public final class AmExit {
  private static final Logger LOG = LoggerFactory.getLogger(AmExit.class);
  /** Long enough for a clean exit; the ResourceManager ends a silent attempt on its own later. */
  public static final long DEFAULT_WAIT_MILLIS = 30_000;
  private static final long POLL_MILLIS = 200;
  private static final Set<YarnApplicationState> ENDED =
      EnumSet.of(YarnApplicationState.FINISHED, YarnApplicationState.FAILED, YarnApplicationState.KILLED);
  private static final Set<YarnApplicationAttemptState> EXITED = EnumSet.of(YarnApplicationAttemptState.FINISHED,
      YarnApplicationAttemptState.FAILED, YarnApplicationAttemptState.KILLED);

  private AmExit() {
  }

  /**
   * Returns once the ended application's last ApplicationMaster has exited, or after
   * {@code waitMillis}; returns at once for an application that has not ended or has no attempt.
   */
  public static void await(YarnClient yarn, ApplicationReport report, long waitMillis)
      throws IOException, YarnException, InterruptedException {
    ApplicationAttemptId attempt = report.getCurrentApplicationAttemptId();
    if (!ENDED.contains(report.getYarnApplicationState()) || attempt == null) {
      return;
    }
    long deadline = System.currentTimeMillis() + waitMillis;
    while (true) {
      YarnApplicationAttemptState state;
      try {
        state = yarn.getApplicationAttemptReport(attempt).getYarnApplicationAttemptState();
      } catch (YarnException e) {
        // An attempt the ResourceManager no longer holds (after its restart) has long exited.
        LOG.debug("no report of {}: {}", attempt, e.toString());
        return;
      }
      if (EXITED.contains(state)) {
        return;
      }
      if (System.currentTimeMillis() >= deadline) {
        LOG.debug("{} is still {} after {} ms; not waiting longer", attempt, state, waitMillis);
        return;
      }
      Thread.sleep(POLL_MILLIS);
    }
  }
}
