package org.sepyarn.am;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.sepyarn.am.schedule.SchedulingPolicy;
import org.sepyarn.am.schedule.StepScheduling;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.StepSpec;

/** How the job's settings make the schedulers' policies: the tasks' and the merge tasks'. */
final class JobPolicies {
  /**
   * The runner enforces taskTimeout itself, counted from the program's start; the scheduler counts
   * from the container's launch and steps in only if the runner does not. The grace covers a slow
   * start (localizing, a JVM starting on a loaded node, fetching the pieces) and the runner's own kill.
   */
  static final Duration TIMEOUT_GRACE = Duration.ofSeconds(60);

  private JobPolicies() {
  }

  /**
   * The scatter and merge tasks': the job's attempts and heartbeat timeout, a container each, no
   * other limit.
   */
  static SchedulingPolicy forPhaseTasks(JobSpec job) {
    return SchedulingPolicy.defaults().withMaxAttempts(job.maxAttempts()).withHeartbeatTimeout(job.heartbeatTimeout());
  }

  /** The tasks': as the scatter and merge tasks', with the job's {@code maxRunning}, {@code tasksPerContainer}, speculation and time limit. */
  static SchedulingPolicy forTasks(JobSpec job) {
    SchedulingPolicy policy = forPhaseTasks(job)
        .withMaxRunning(job.maxRunning().orElse(0))
        .withTasksPerContainer(job.tasksPerContainer())
        .withSpeculation(job.speculation());
    return backstop(job.taskTimeout()).map(policy::withTaskTimeout).orElse(policy);
  }

  /**
   * Each step's {@code maxRunning}, {@code tasksPerContainer} and {@code speculation} for the
   * scheduler; a step that sets none has the job's, which it inherited.
   */
  static StepScheduling steps(List<StepSpec> steps) {
    return StepScheduling.of(steps.stream().map(step -> new StepScheduling.Step(step.taskCount(),
        step.job().maxRunning().orElse(0), step.job().tasksPerContainer(), step.job().speculation())).toList());
  }

  /** The scheduler's limit for an attempt whose program may run {@code taskTimeout} (empty: none). */
  static Optional<Duration> backstop(Optional<Duration> taskTimeout) {
    return taskTimeout.map(t -> t.plus(TIMEOUT_GRACE));
  }
}
