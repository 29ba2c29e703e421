package org.sepyarn.am;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskTransition;
import org.sepyarn.runner.spec.AttemptReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The containers that finished their task while no ApplicationMaster ran: the journal leaves the
 * task assigned or running in a container YARN did not keep for the new attempt, and that
 * attempt's runner report says the program succeeded and its outputs are committed. A runner
 * writes that report only after the rename that commits the outputs, so the task is done and its
 * program must not run again.
 */
final class CommittedWhileAway {
  private static final Logger LOG = LoggerFactory.getLogger(CommittedWhileAway.class);

  private CommittedWhileAway() {
  }

  /**
   * @param history every task transition the journal holds, in order
   * @param keptContainers the containers YARN kept running for this attempt
   * @param reports the report of (task, attempt), if the runner wrote one
   */
  static Set<String> find(Iterable<TaskTransition> history, Set<String> keptContainers,
      BiFunction<Integer, Integer, Optional<AttemptReport>> reports) {
    Map<Integer, TaskTransition> last = new HashMap<>();
    for (TaskTransition t : history) {
      last.put(t.taskIndex(), t);
    }
    Set<String> committed = new HashSet<>();
    for (TaskTransition t : last.values()) {
      boolean holding = t.to() == TaskState.ASSIGNED || t.to() == TaskState.RUNNING;
      String container = t.attempt().containerId();
      if (!holding || keptContainers.contains(container)) {
        continue;
      }
      Optional<AttemptReport> report = reports.apply(t.taskIndex(), t.attempt().number());
      if (report.isPresent() && report.get().committed() && report.get().task() == t.taskIndex()
          && report.get().attempt() == t.attempt().number()) {
        LOG.info("task {} attempt {} committed its outputs in container {} while no ApplicationMaster ran",
            t.taskIndex(), t.attempt().number(), container);
        committed.add(container);
      }
    }
    return committed;
  }
}
