package org.sepyarn.client.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.StepSummary;
import org.sepyarn.am.status.TaskStatus;

/**
 * A job's last status as it stands once its application has ended: nothing runs any more. Tasks,
 * scatter tasks and merge tasks the last status shows assigned or running (a killed ApplicationMaster wrote nothing after
 * them; a failed job ended with them running) were stopped with the application and are shown
 * {@code KILLED}; a job state that was not final becomes the application's. YARN reports every
 * ended application 100% done; a job that did not succeed is as far along as its own status says.
 */
public final class EndedJob {
  /** The state of a task stopped because its application ended. */
  public static final String KILLED = "KILLED";

  private EndedJob() {
  }

  /** {@code status} settled for {@code report}'s application, unchanged while it runs. */
  public static JobStatus settle(JobStatus status, ApplicationReport report) {
    if (!hasEnded(report)) {
      return status;
    }
    Map<String, Integer> counts = settled(status.counts());
    String state = isFinal(status.state()) ? status.state() : report.getYarnApplicationState() == YarnApplicationState
        .KILLED ? "KILLED" : "FAILED";
    return new JobStatus(status.application(), status.name(), state, status.progress(), settled(status.tasks()),
        status.diagnostics(), status.updatedAt(), status.taskCount(), counts, status.bytes(), status.locality(),
        status.listing(), settled(status.mergeTasks())).withScatterTasks(settled(status.scatterTasks())).withSteps(status.steps().stream()
        .map(step -> new StepSummary(step.name(), step.firstTask(), step.taskCount(), settled(step.counts()), List.of()))
        .toList()).withTimeLeftAndResumed(null, status.resumed()).withIterations(status.iterations());
  }

  /** How far along the job is: YARN's figure, but the job's own for an ended job that did not succeed. */
  public static double progress(ApplicationReport report, Optional<JobStatus> status) {
    if (hasEnded(report) && report.getFinalApplicationStatus() != FinalApplicationStatus.SUCCEEDED) {
      return status.map(JobStatus::progress).orElse(0.0);
    }
    return report.getProgress();
  }

  /** Counts by state with the running and assigned tasks counted as killed. */
  private static Map<String, Integer> settled(Map<String, Integer> byState) {
    Map<String, Integer> counts = new LinkedHashMap<>(byState);
    int stopped = counts.getOrDefault("RUNNING", 0) + counts.getOrDefault("ASSIGNED", 0);
    if (stopped > 0) {
      counts.remove("RUNNING");
      counts.remove("ASSIGNED");
      counts.merge(KILLED, stopped, Integer::sum);
    }
    return counts;
  }

  private static List<TaskStatus> settled(List<TaskStatus> tasks) {
    List<TaskStatus> out = new ArrayList<>(tasks.size());
    for (TaskStatus t : tasks) {
      out.add("RUNNING".equals(t.state()) || "ASSIGNED".equals(t.state()) ? t.inState(KILLED) : t);
    }
    return out;
  }

  private static boolean isFinal(String jobState) {
    return "SUCCEEDED".equals(jobState) || "FAILED".equals(jobState) || "KILLED".equals(jobState);
  }

  private static boolean hasEnded(ApplicationReport report) {
    YarnApplicationState state = report.getYarnApplicationState();
    return state == YarnApplicationState.FINISHED || state == YarnApplicationState.FAILED
        || state == YarnApplicationState.KILLED;
  }
}
