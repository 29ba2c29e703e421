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

  /** Adopts or releases {@code survivors}; returns the tasks whose container did not survive. */
  static List<Task> adopt(List<Allocated> survivors, TaskBook tasks, SchedulerActions actions, long now) {
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
        .filter(task -> !adopted.contains(task.current().orElseThrow().containerId()))
        .toList();
  }
}
