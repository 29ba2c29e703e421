package org.sepyarn.am;

import java.time.Duration;
import org.sepyarn.am.schedule.SchedulingPolicy;
import org.sepyarn.formats.job.JobSpec;

/** How the job's settings make the schedulers' policies: the tasks' and the merge tasks'. */
final class JobPolicies {
  /** The runner enforces taskTimeout itself; the scheduler steps in only if the runner does not. */
  static final Duration TIMEOUT_GRACE = Duration.ofSeconds(30);

  private JobPolicies() {
  }

  /** The merge tasks': the job's attempts and heartbeat timeout, a container each, no other limit. */
  static SchedulingPolicy forMergeTasks(JobSpec job) {
    return SchedulingPolicy.defaults().withMaxAttempts(job.maxAttempts()).withHeartbeatTimeout(job.heartbeatTimeout());
  }

  /** The tasks': as the merge tasks', with the job's {@code maxRunning}, {@code tasksPerContainer}, speculation and time limit. */
  static SchedulingPolicy forTasks(JobSpec job) {
    SchedulingPolicy policy = forMergeTasks(job)
        .withMaxRunning(job.maxRunning().orElse(0))
        .withTasksPerContainer(job.tasksPerContainer())
        .withSpeculation(job.speculation());
    return job.taskTimeout().map(t -> policy.withTaskTimeout(t.plus(TIMEOUT_GRACE))).orElse(policy);
  }
}
