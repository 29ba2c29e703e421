package org.sepyarn.client.monitor;

import java.io.PrintStream;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.TaskStatus;
import org.sepyarn.client.cli.ExitCode;

/**
 * The last word on a followed job: success, or the state, final status and diagnostics of a
 * failed or killed one (YARN's, and the ApplicationMaster's own when they differ), with the tasks
 * that failed; and the exit code that goes with it.
 */
public final class JobOutcome {
  private JobOutcome() {
  }

  /** Prints how the job ended on {@code out}; returns 0 for success, 1 otherwise. */
  public static int report(ApplicationId id, JobMonitor.Ending ending, PrintStream out) {
    ApplicationSnapshot app = ending.application();
    if (app.succeeded()) {
      out.println("job " + id + " succeeded");
      return ExitCode.SUCCESS;
    }
    out.println("job " + id + " ended " + app.state() + " (final status " + app.finalStatus() + ")");
    if (!app.diagnostics().isEmpty()) {
      out.println("diagnostics: " + app.diagnostics());
    }
    ending.status().ifPresent(status -> printFailures(status, app.diagnostics(), out));
    return ExitCode.JOB_FAILED;
  }

  private static void printFailures(JobStatus status, String yarnDiagnostics, PrintStream out) {
    String own = status.diagnostics();
    if (own != null && !own.isBlank() && !yarnDiagnostics.contains(own.strip())) {
      out.println("the ApplicationMaster says: " + own.strip());
    }
    for (TaskStatus t : status.tasks()) {
      if ("FAILED".equals(t.state())) {
        out.println("  " + TaskChanges.describe(t));
      }
    }
  }
}
