package org.sepyarn.am.schedule;

import java.time.Duration;
import java.util.Optional;
import org.sepyarn.formats.job.Durations;

/**
 * Decides when to give up on a live attempt: past the task's wall-clock limit (its own, a flow
 * step's, else the job's) counted from its
 * launch, or when its runner has been silent for the heartbeat timeout, counted from its last
 * heartbeat or, before the first one, from its launch (a runner that never starts is silent too).
 * Before its first heartbeat a runner gets at least {@link #START_GRACE}: a JVM starting on a
 * loaded node can take tens of seconds, and a short heartbeat timeout must not fail healthy tasks
 * that have not started yet.
 */
final class Timeouts {
  static final Duration START_GRACE = Duration.ofSeconds(60);

  private final Optional<Duration> taskTimeout;
  private final Duration heartbeatTimeout;

  /** Why an attempt is given up, with the scheduler's note for its diagnostics. */
  record Expiry(ExitReason reason, String diagnostics) {
  }

  Timeouts(SchedulingPolicy policy) {
    this.taskTimeout = policy.taskTimeLimit();
    this.heartbeatTimeout = policy.heartbeatTimeout();
  }

  /** Whether to give up on the task's live attempt in {@code attempt}'s container, at {@code now}. */
  Optional<Expiry> check(Task task, Attempt attempt, long now) {
    String container = attempt.containerId();
    Duration ran = Duration.ofMillis(now - attempt.startedAt());
    Optional<Duration> limit = task.timeLimit(taskTimeout);
    if (limit.isPresent() && ran.compareTo(limit.get()) >= 0) {
      return Optional.of(new Expiry(ExitReason.TIMED_OUT,
          "the attempt ran " + Durations.text(ran) + ", reaching taskTimeout " + Durations.text(limit.get())));
    }
    Duration silent = Duration.ofMillis(now - task.lastSignOfLifeAt(container));
    if (task.heardFromRunner(container) && silent.compareTo(heartbeatTimeout) >= 0) {
      return Optional.of(new Expiry(ExitReason.RUNNER_SILENT,
          "the runner was silent for " + Durations.text(silent) + ", reaching heartbeatTimeout "
              + Durations.text(heartbeatTimeout)));
    }
    Duration startLimit = heartbeatTimeout.compareTo(START_GRACE) >= 0 ? heartbeatTimeout : START_GRACE;
    if (!task.heardFromRunner(container) && silent.compareTo(startLimit) >= 0) {
      return Optional.of(new Expiry(ExitReason.RUNNER_SILENT, "the runner had not spoken " + Durations.text(silent)
          + " after its container was launched (heartbeatTimeout " + Durations.text(heartbeatTimeout)
          + ", and at least " + Durations.text(START_GRACE) + " before a runner's first heartbeat)"));
    }
    return Optional.empty();
  }
}
