package org.sepyarn.am.status;

import java.time.Instant;
import java.util.Locale;

/**
 * The human-readable status file: one line per listed task, as SEP's status file had it; when the
 * job has more tasks than are listed, a line counting all of them by state comes first. The scatter
 * tasks ({@code s0}, ...) and the merge tasks ({@code m0}, ...) follow, each phase under a line
 * saying which job-wide task its first one is.
 */
public final class StatusText {
  private StatusText() {
  }

  public static String render(JobStatus s) {
    StringBuilder sb = new StringBuilder();
    sb.append("# sepyarn job ").append(s.name()).append(" (").append(s.application()).append(")\n");
    sb.append("# state ").append(s.state()).append(String.format(Locale.ROOT, ", %.1f%% done", 100 * s.progress()))
        .append(", updated ").append(Instant.ofEpochMilli(s.updatedAt())).append('\n');
    if (s.diagnostics() != null) {
      sb.append("# ").append(s.diagnostics().replace("\n", "\n# ")).append('\n');
    }
    if (s.resumed() != null) {
      sb.append("# ").append(s.resumed().text()).append('\n');
    }
    if (s.locality() != null) {
      sb.append("# ").append(org.sepyarn.am.schedule.Locality.summary(s.locality())).append('\n');
    }
    if (s.tasks().size() < s.taskCount()) {
      sb.append("# ").append(s.taskCount()).append(" tasks");
      s.counts().forEach((state, n) -> sb.append(", ").append(n).append(' ').append(state));
      sb.append("; listing ").append(s.tasks().size()).append(": failed, running, then the lowest others\n");
    }
    for (StepSummary step : s.steps()) {
      sb.append("# step ").append(step.name()).append(" (").append(step.taskRange()).append("): ")
          .append(step.text()).append('\n');
    }
    for (IterationNorms n : s.iterations()) {
      sb.append(String.format(Locale.ROOT, "# iteration %d: |residual| %.6g, |model| %.6g%n", n.iteration(),
          n.residualNorm(), n.modelNorm()));
    }
    boolean flow = !s.steps().isEmpty();
    sb.append(String.format(Locale.ROOT, "%-6s %s%-10s %-8s %-9s %-24s %-9s %s%n", "task",
        flow ? String.format(Locale.ROOT, "%-" + stepWidth(s) + "s ", "step") : "", "state", "attempt",
        "failures", "node", "progress", "last exit"));
    for (TaskStatus t : s.tasks()) {
      line(sb, flow ? String.format(Locale.ROOT, "%-6s %-" + stepWidth(s) + "s", t.index(), stepLabel(t))
          : Integer.toString(t.index()), t);
    }
    if (!s.scatterTasks().isEmpty()) {
      sb.append("# scatter phase: ").append(s.scatterTasks().size()).append(" scatter tasks (scatter task k is task ")
          .append(s.taskCount()).append("+k in the logs)\n");
      for (TaskStatus t : s.scatterTasks()) {
        line(sb, "s" + t.index(), t);
      }
    }
    if (!s.mergeTasks().isEmpty()) {
      sb.append("# merge phase: ").append(s.mergeTasks().size()).append(" merge tasks (merge task k is task ")
          .append(s.firstMergeTask()).append("+k in the logs)\n");
      for (TaskStatus t : s.mergeTasks()) {
        line(sb, "m" + t.index(), t);
      }
    }
    return sb.toString();
  }

  /** A flow's task's step and number in it, e.g. {@code smooth-time #3}. */
  private static String stepLabel(TaskStatus t) {
    return t.step() == null ? "-" : t.step() + " #" + t.stepTask();
  }

  private static int stepWidth(JobStatus s) {
    int width = 4;
    for (StepSummary step : s.steps()) {
      width = Math.max(width, step.name().length() + 2 + Integer.toString(step.taskCount() - 1).length());
    }
    return width;
  }

  private static void line(StringBuilder sb, String label, TaskStatus t) {
    sb.append(String.format(Locale.ROOT, "%-6s %-10s %-8d %-9d %-24s %-9s %s%n", label, t.state(), t.attempt(),
        t.failures(), t.node() == null ? "-" : t.node(), String.format(Locale.ROOT, "%.0f%%", 100 * t.progress()),
        t.lastExitReason() == null ? "-" : t.lastExitReason()));
  }
}
