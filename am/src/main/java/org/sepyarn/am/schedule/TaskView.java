package org.sepyarn.am.schedule;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A read-only view of one task for the UI and the status file. Node, container and start time are
 * those of the attempt holding a container, or of the last attempt when none does.
 *
 * @param attempt number of the current or last attempt, 0 before the first launch
 * @param chargedFailures attempts that failed through the task's fault
 * @param progress 1 when succeeded, the runner's last report while running, 0 otherwise
 * @param lastExitReason how the last ended attempt ended
 * @param locality where the current or last attempt ran relative to the task's data, when recorded
 */
public record TaskView(int index, TaskState state, int attempt, int chargedFailures, Optional<String> node,
    Optional<String> containerId, OptionalLong startedAt, double progress, Optional<ExitReason> lastExitReason,
    Optional<Locality> locality) {

  /** A view without locality (not recorded). */
  public TaskView(int index, TaskState state, int attempt, int chargedFailures, Optional<String> node,
      Optional<String> containerId, OptionalLong startedAt, double progress, Optional<ExitReason> lastExitReason) {
    this(index, state, attempt, chargedFailures, node, containerId, startedAt, progress, lastExitReason,
        Optional.empty());
  }

  static TaskView of(Task task) {
    Optional<Attempt> last = task.lastAttempt();
    Optional<ExitReason> lastEnded = task.lastEnded().flatMap(Attempt::reason);
    return new TaskView(task.index(), task.state(), last.map(Attempt::number).orElse(0), task.chargedFailures(),
        last.map(Attempt::node), last.map(Attempt::containerId),
        last.map(a -> OptionalLong.of(a.startedAt())).orElse(OptionalLong.empty()), task.progress(), lastEnded,
        last.flatMap(Attempt::locality));
  }
}
