package org.sepyarn.am.schedule;

import java.time.Clock;
import org.sepyarn.am.health.ExclusionChange;
import org.sepyarn.am.health.NodeHealthTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends one of a task's live attempts and follows through: frees its container in the book, publishes the
 * transition, charges the node when the reason says so (passing on any exclusion) and fails the job
 * when the task has used up its attempts.
 */
final class AttemptEnding {
  private static final Logger log = LoggerFactory.getLogger(AttemptEnding.class);

  private final SchedulingPolicy policy;
  private final Clock clock;
  private final SchedulerActions actions;
  private final TaskBook tasks;
  private final NodeHealthTracker health;
  private final JobProgress job;
  private final Speculations stragglers;

  AttemptEnding(SchedulingPolicy policy, Clock clock, SchedulerActions actions, TaskBook tasks,
      NodeHealthTracker health, JobProgress job, Speculations stragglers) {
    this.stragglers = stragglers;
    this.policy = policy;
    this.clock = clock;
    this.actions = actions;
    this.tasks = tasks;
    this.health = health;
    this.job = job;
  }

  /** Ends the task's first live attempt. */
  void end(Task task, ExitReason reason, String diagnostics) {
    end(task, task.current().orElseThrow().containerId(), reason, diagnostics);
  }

  /** Ends the task's live attempt in {@code containerId}. */
  void end(Task task, String containerId, ExitReason reason, String diagnostics) {
    Attempt attempt = task.attemptIn(containerId).orElseThrow();
    tasks.unbind(containerId);
    TaskTransition transition = task.endAttempt(containerId, reason, diagnostics, clock.millis(),
        task.maxAttempts(policy.maxAttempts()));
    actions.taskStateChanged(transition);
    if (reason.isSuccess()) {
      stragglers.succeeded(task, transition.attempt());
    }
    if (reason.isChargedToTask()) {
      log.warn("task {} {} failed ({}): {}", task.index(), attempt, reason, diagnostics);
    } else if (!reason.isSuccess()) {
      log.info("task {} {} ended through no fault of its own ({}): {}", task.index(), attempt, reason, diagnostics);
    }
    if (reason.isChargedToNode()) {
      apply(health.recordFailure(attempt.node()));
    }
    if (task.state() == TaskState.FAILED) {
      job.fail(FailureReport.taskExhausted(task, task.maxAttempts(policy.maxAttempts())));
    }
  }

  /** Passes a change of the node exclusions on to the driver. */
  void apply(ExclusionChange change) {
    if (!change.isEmpty()) {
      actions.excludeNodes(change.added(), change.removed());
    }
  }
}
