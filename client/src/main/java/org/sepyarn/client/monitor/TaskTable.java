package org.sepyarn.client.monitor;

import java.io.PrintStream;
import java.time.Instant;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.TaskStatus;

/**
 * A job's {@code status.json} as a table, one row per task listed, for {@code sepyarn status}; when
 * it lists only some of the tasks, a last line says how many and counts them all by state.
 */
public final class TaskTable {
  private TaskTable() {
  }

  public static void print(JobStatus status, PrintStream out) {
    out.println("job " + status.state() + ", " + Math.round(status.progress() * 100) + "% done (status written "
        + Instant.ofEpochMilli(status.updatedAt()) + ")");
    if (status.diagnostics() != null && !status.diagnostics().isBlank()) {
      out.println("  " + status.diagnostics().strip());
    }
    out.printf("  %5s  %-9s  %7s  %8s  %8s  %-24s  %s%n", "task", "state", "attempt", "failures", "progress", "node",
        "last exit");
    for (TaskStatus t : status.tasks()) {
      out.printf("  %5d  %-9s  %7d  %8d  %7d%%  %-24s  %s%n", t.index(), t.state(), t.attempt(), t.failures(),
          Math.round(t.progress() * 100), t.node() == null ? "-" : t.node(),
          t.lastExitReason() == null ? "-" : t.lastExitReason());
    }
    if (status.tasks().size() < status.taskCount()) {
      out.println("  " + status.tasks().size() + " of the job's " + status.taskCount() + " tasks listed; by state: "
          + status.counts());
    }
  }
}
