package org.sepyarn.am;

import java.util.ArrayList;
import java.util.List;
import org.sepyarn.am.schedule.Attempt;
import org.sepyarn.am.schedule.JobFailure;
import org.sepyarn.formats.job.ProgramSpec;
import org.sepyarn.runner.spec.MergePlan;
import org.sepyarn.runner.spec.MergeTaskSpec;
import org.sepyarn.runner.spec.ScatterPlan;
import org.sepyarn.runner.spec.ScatterTaskSpec;
import org.sepyarn.runner.spec.Plan;
import org.sepyarn.runner.spec.TaskSpec;

/**
 * The diagnostics a failed job leaves in the YARN UI: the failing task and its command line (secret
 * arguments hidden),
 * every attempt with its classified reason, the last attempt's stderr tail, and where the full
 * logs are ({@code yarn logs} for the container, {@code sepyarn logs} for the program's stderr).
 */
final class FailureDiagnostics {
  private FailureDiagnostics() {
  }

  /** With every argument of the job's program shown as {@code program} allows (its secret ones hidden). */
  static String of(JobFailure failure, Plan plan, String applicationId, ProgramSpec program) {
    StringBuilder sb = new StringBuilder(failure.diagnostics());
    if (failure.taskIndex().isPresent()) {
      TaskSpec task = plan.task(failure.taskIndex().getAsInt());
      List<String> argv = new ArrayList<>(task.command());
      argv.addAll(program.shown(task.args()));
      argv.addAll(program.shown(task.taskArgs()));
      sb.append("\ncommand of task ").append(task.index()).append(": ").append(argv);
      lastAttempt(failure, applicationId, sb).ifPresent(last -> sb.append("\nprogram stderr: sepyarn logs ")
          .append(applicationId).append(" --task ").append(task.index()).append(" --attempt ").append(last.number()));
    }
    return sb.toString();
  }

  /** The diagnostics of a job whose merge tasks failed: which output and slabs, and the last attempt. */
  static String ofMerge(JobFailure failure, MergePlan merges, String applicationId) {
    String what = failure.diagnostics().startsWith("task ") ? "merge " + failure.diagnostics() : failure.diagnostics();
    StringBuilder sb = new StringBuilder("the merge of the outputs failed: ").append(what);
    if (failure.taskIndex().isPresent()) {
      MergeTaskSpec task = merges.task(failure.taskIndex().getAsInt());
      sb.append("\nmerge task ").append(task.number()).append(" writes ").append(task.describe()).append(" of ")
          .append(task.header());
      lastAttempt(failure, applicationId, sb);
    }
    return sb.toString();
  }

  /**
   * Why the scatter phase failed, before any task ran: the scatter task that ran out of attempts,
   * the slab it reads, and its last attempt.
   */
  static String ofScatter(JobFailure failure, ScatterPlan scatters, String applicationId) {
    String what = failure.diagnostics().startsWith("task ") ? "scatter " + failure.diagnostics()
        : failure.diagnostics();
    StringBuilder sb = new StringBuilder("the scatter of the inputs failed, before any task ran: ").append(what);
    if (failure.taskIndex().isPresent()) {
      ScatterTaskSpec task = scatters.task(failure.taskIndex().getAsInt());
      sb.append("\nscatter task ").append(task.number()).append(" (task ")
          .append(scatters.taskIndex(task.number())).append(") reads ").append(task.describe());
      lastAttempt(failure, applicationId, sb);
    }
    return sb.toString();
  }

  /** Adds the failed task's last attempt and where its container's logs are; returns that attempt. */
  private static java.util.Optional<Attempt> lastAttempt(JobFailure failure, String applicationId, StringBuilder sb) {
    List<Attempt> attempts = failure.attempts();
    if (attempts.isEmpty()) {
      return java.util.Optional.empty();
    }
    Attempt last = attempts.get(attempts.size() - 1);
    sb.append("\nlast attempt (").append(last.number()).append("): ").append(last.diagnostics().strip());
    sb.append("\nfull logs: yarn logs -applicationId ").append(applicationId).append(" -containerId ")
        .append(last.containerId());
    return java.util.Optional.of(last);
  }
}
