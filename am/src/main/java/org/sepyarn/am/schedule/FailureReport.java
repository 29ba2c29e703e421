package org.sepyarn.am.schedule;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Writes the diagnostics of a failed job: short, one line per attempt, and one line per distinct
 * reason telling the user what it means and, where possible, what to change.
 */
final class FailureReport {
  private static final int MAX_DIAGNOSTICS_CHARS = 200;

  private FailureReport() {
  }

  /** Task {@code task} used up its attempts. */
  static JobFailure taskExhausted(Task task, int maxAttempts) {
    List<Attempt> attempts = task.attempts();
    StringBuilder text = new StringBuilder()
        .append("task ").append(task.index()).append(" failed: ").append(task.chargedFailures())
        .append(" of its ").append(attempts.size()).append(" attempts failed, and maxAttempts is ")
        .append(maxAttempts);
    Set<ExitReason> reasons = new LinkedHashSet<>();
    for (Attempt attempt : attempts) {
      ExitReason reason = attempt.reason().orElseThrow();
      reasons.add(reason);
      text.append("\n  attempt ").append(attempt.number()).append(" on ").append(attempt.node())
          .append(" in ").append(attempt.containerId()).append(": ").append(reason)
          .append(reason.isChargedToTask() ? "" : " (not counted)");
      String diagnostics = firstLine(attempt.diagnostics());
      if (!diagnostics.isEmpty()) {
        text.append(": ").append(diagnostics);
      }
    }
    for (ExitReason reason : reasons) {
      text.append("\n").append(reason).append(": ").append(reason.explanation());
    }
    return new JobFailure(text.toString(), OptionalInt.of(task.index()), attempts);
  }

  /** Tasks waited {@code waited} with no node left to run them on. */
  static JobFailure noUsableNode(int waitingTasks, int clusterSize, Set<String> excluded, Duration waited) {
    String text = "no usable node left: " + waitingTasks + " task(s) waited " + org.sepyarn.formats.job.Durations.text(waited)
        + " for a container, but the cluster has " + clusterSize + " usable NodeManager(s)"
        + (excluded.isEmpty() ? "" : " and the job excluded " + excluded + " after repeated failures")
        + "; check the cluster's NodeManagers and the failures of the tasks on those nodes";
    return JobFailure.ofJob(text);
  }

  private static String firstLine(String diagnostics) {
    String stripped = diagnostics.strip();
    int newline = stripped.indexOf('\n');
    String line = newline < 0 ? stripped : stripped.substring(0, newline).strip();
    return line.length() <= MAX_DIAGNOSTICS_CHARS ? line : line.substring(0, MAX_DIAGNOSTICS_CHARS) + "...";
  }
}
