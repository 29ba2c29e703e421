package org.sepyarn.client.monitor;

import java.io.PrintStream;
import java.time.Instant;
import org.sepyarn.am.schedule.Locality;
import org.sepyarn.am.status.IterationNorms;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.StepSummary;
import org.sepyarn.am.status.TaskStatus;

/**
 * A job's {@code status.json} as a table, one row per task listed, for {@code sepyarn status}; when
 * it lists only some of the tasks, a line says how many and counts them all by state. The scatter
 * phase's tasks and the merge phase's follow, each phase's in rows of its own.
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
    if (status.resumed() != null) {
      out.println("  " + status.resumed().text());
    }
    if (status.timeLeftMillis() != null) {
      out.println("  about " + Elapsed.format(status.timeLeftMillis()) + " left for the tasks");
    }
    if (status.locality() != null) {
      out.println("  " + Locality.summary(status.locality()));
    }
    for (StepSummary step : status.steps()) {
      out.println("  step " + step.name() + " (" + step.taskRange() + "): " + step.text());
    }
    for (IterationNorms n : status.iterations()) {
      out.printf(java.util.Locale.ROOT, "  iteration %d: |residual| %.6g, |model| %.6g%n", n.iteration(),
          n.residualNorm(), n.modelNorm());
    }
    int stepWidth = stepWidth(status);
    out.printf("  %5s  %s%-9s  %7s  %8s  %8s  %-24s  %-13s  %s%n", "task", stepColumn("step", stepWidth), "state",
        "attempt", "failures", "progress", "node", "locality", "last exit");
    for (TaskStatus t : status.tasks()) {
      row(stepWidth == 0 ? Integer.toString(t.index()) : String.format("%5d  %-" + stepWidth + "s", t.index(),
          t.step() == null ? "-" : t.step() + " #" + t.stepTask()), t, out);
    }
    if (status.tasks().size() < status.taskCount()) {
      out.println("  " + status.tasks().size() + " of the job's " + status.taskCount() + " tasks listed; by state: "
          + status.counts());
    }
    if (!status.scatterTasks().isEmpty()) {
      out.println("  scatter phase: " + status.scatterTasks().size() + " scatter tasks; scatter task sK is task "
          + status.taskCount() + "+K for logs");
      for (TaskStatus t : status.scatterTasks()) {
        row("s" + t.index(), t, out);
      }
    }
    if (!status.mergeTasks().isEmpty()) {
      out.println("  merge phase: " + status.mergeTasks().size() + " merge tasks; merge task mK is task "
          + status.firstMergeTask() + "+K for logs");
      for (TaskStatus t : status.mergeTasks()) {
        row("m" + t.index(), t, out);
      }
    }
  }

  /** The step column's width: 0 for a job of one program, which has none. */
  private static int stepWidth(JobStatus status) {
    int width = 0;
    for (StepSummary step : status.steps()) {
      width = Math.max(width, Math.max(4, step.name().length() + 2 + Integer.toString(step.taskCount() - 1).length()));
    }
    return width;
  }

  private static String stepColumn(String text, int width) {
    return width == 0 ? "" : String.format("%-" + width + "s  ", text);
  }

  private static void row(String label, TaskStatus t, PrintStream out) {
    out.printf("  %5s  %-9s  %7d  %8d  %7d%%  %-24s  %-13s  %s%n", label, t.state(), t.attempt(), t.failures(),
        Math.round(t.progress() * 100), t.node() == null ? "-" : t.node(),
        Locality.parse(t.locality()).map(Locality::text).orElse("-"),
        t.lastExitReason() == null ? "-" : t.lastExitReason());
  }
}
