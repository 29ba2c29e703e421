package org.sepyarn.am.schedule;

import java.time.Duration;
import java.util.Optional;

/**
 * Decides when to give up on a live attempt: past the task's wall-clock limit counted from its
 * launch, or when its runner has been silent for the heartbeat timeout, counted from its last
 * heartbeat or, before the first one, from its launch (a runner that never starts is silent too).
 */
final class Timeouts {
  private final Optional<Duration> taskTimeout;
  private final Duration heartbeatTimeout;

  /** Why an attempt is given up, with the scheduler's note for its diagnostics. */
  record Expiry(ExitReason reason, String diagnostics) {
  }

  Timeouts(SchedulingPolicy policy) {
    this.taskTimeout = policy.taskTimeLimit();
    this.heartbeatTimeout = policy.heartbeatTimeout();
  }

  Optional<Expiry> check(Task task, long now) {
    Optional<Attempt> attempt = task.current();
    if (attempt.isEmpty()) {
      return Optional.empty();
    }
    Duration ran = Duration.ofMillis(now - attempt.get().startedAt());
    if (taskTimeout.isPresent() && ran.compareTo(taskTimeout.get()) >= 0) {
      return Optional.of(new Expiry(ExitReason.TIMED_OUT,
          "the attempt ran " + ran + ", reaching taskTimeout " + taskTimeout.get()));
    }
    Duration silent = Duration.ofMillis(now - task.lastSignOfLifeAt());
    if (silent.compareTo(heartbeatTimeout) >= 0) {
      return Optional.of(new Expiry(ExitReason.RUNNER_SILENT,
          "the runner was silent for " + silent + ", reaching heartbeatTimeout " + heartbeatTimeout));
    }
    return Optional.empty();
  }
}
