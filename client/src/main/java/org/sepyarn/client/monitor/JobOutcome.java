package org.sepyarn.client.monitor;

import java.io.PrintStream;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.fs.Path;
import org.sepyarn.am.schedule.Locality;
import org.sepyarn.am.status.ByteText;
import org.sepyarn.am.status.JobBytes;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.OutputBytes;
import org.sepyarn.am.status.TaskStatus;
import org.sepyarn.client.cli.ExitCode;

/**
 * The last word on a followed job: success with what each output's merge copied and the bytes the
 * job moved, or the state, final status and diagnostics of a
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
      app.diagnostics().lines().filter(l -> l.startsWith("warning: ")).forEach(out::println);
      ending.status().ifPresent(status -> printBytes(status, out));
      ending.status().ifPresent(status -> printLocality(status, out));
      return ExitCode.SUCCESS;
    }
    out.println("job " + id + " ended " + app.state() + " (final status " + app.finalStatus() + ")");
    if (!app.diagnostics().isEmpty()) {
      out.println("diagnostics: " + app.diagnostics());
    }
    ending.status().ifPresent(status -> printFailures(status, app.diagnostics(), out));
    return ExitCode.JOB_FAILED;
  }

  /**
   * What each output's merge copied and the job's totals, as the last status read counted them;
   * a status read before the end (the work folder was removed first) is said to be so.
   */
  private static void printBytes(JobStatus status, PrintStream out) {
    JobBytes bytes = status.bytes();
    if (bytes == null) {
      return;
    }
    for (OutputBytes o : bytes.outputs()) {
      out.println(new Path(o.path()).getName() + ": merge copied " + ByteText.of(o.copied()));
    }
    String when = "SUCCEEDED".equals(status.state()) ? "" : " (counted while " + status.state() + ")";
    out.println(ByteText.totals(bytes) + when);
  }

  /** How many tasks ran next to their data: {@code locality: 4 node-local, 0 rack-local, 0 off-rack}. */
  private static void printLocality(JobStatus status, PrintStream out) {
    if (status.locality() != null) {
      out.println(Locality.summary(status.locality()));
    }
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
