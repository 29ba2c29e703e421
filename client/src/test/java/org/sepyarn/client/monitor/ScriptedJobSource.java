package org.sepyarn.client.monitor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.TaskStatus;

/** A job that goes through a script of moments, one per poll; the last moment repeats. */
final class ScriptedJobSource implements JobSource {
  record Moment(ApplicationSnapshot application, Optional<JobStatus> status) {
  }

  private final Deque<Moment> script = new ArrayDeque<>();
  private Moment current;
  int polls;

  ScriptedJobSource then(YarnApplicationState state, FinalApplicationStatus finalStatus, String diagnostics,
      JobStatus status) {
    script.add(new Moment(new ApplicationSnapshot(state, finalStatus, status == null ? 0 : (float) status.progress(),
        diagnostics), Optional.ofNullable(status)));
    return this;
  }

  ScriptedJobSource then(YarnApplicationState state, JobStatus status) {
    return then(state, FinalApplicationStatus.UNDEFINED, "", status);
  }

  @Override
  public ApplicationSnapshot application() {
    polls++;
    if (!script.isEmpty()) {
      current = script.poll();
    }
    return current.application();
  }

  @Override
  public Optional<JobStatus> status() {
    return current.status();
  }

  static JobStatus job(String state, double progress, TaskStatus... tasks) {
    return new JobStatus("application_1_0001", "demo", state, progress, List.of(tasks), null, 0);
  }

  static TaskStatus task(int index, String state, int attempt, String node) {
    return new TaskStatus(index, state, attempt, 0, node, null, null, 0, null);
  }

  static TaskStatus failedTask(int index, String state, int attempt, String node, String reason) {
    return new TaskStatus(index, state, attempt, attempt, node, null, null, 0, reason);
  }
}
