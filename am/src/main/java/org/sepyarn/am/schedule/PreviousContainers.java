package org.sepyarn.am.schedule;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes over the containers YARN kept from earlier ApplicationMaster attempts: one whose task the
 * journal shows assigned or running to it is adopted and the task runs on; any other is released.
 */
final class PreviousContainers {
  private static final Logger log = LoggerFactory.getLogger(PreviousContainers.class);

  private PreviousContainers() {
  }

  /** A live attempt of {@code task} whose container did not survive. */
  record Lost(Task task, Attempt attempt) {
  }

  /** Adopts or releases {@code survivors}; returns the live attempts whose container did not survive. */
  static List<Lost> adopt(List<Allocated> survivors, TaskBook tasks, SchedulerActions actions, long now) {
    Set<String> adopted = new HashSet<>();
    for (Allocated container : survivors) {
      Optional<Task> task = tasks.holding(container.containerId());
      if (task.isPresent()) {
        adopted.add(container.containerId());
        log.info("task {} continues in container {} on {} from an earlier attempt", task.get().index(),
            container.containerId(), container.node());
        if (task.get().state() == TaskState.ASSIGNED) {
          actions.taskStateChanged(task.get().markRunning(now));
        }
      } else {
        log.info("releasing container {} from an earlier attempt: it runs no unfinished task",
            container.containerId());
        actions.release(container.containerId());
      }
    }
    return tasks.holdingContainers().stream()
        .flatMap(task -> task.liveAttempts().stream().map(attempt -> new Lost(task, attempt)))
        .filter(lost -> !adopted.contains(lost.attempt().containerId()))
        .toList();
  }
}
