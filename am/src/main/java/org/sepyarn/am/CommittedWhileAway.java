package org.sepyarn.am;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.sepyarn.am.schedule.Attempt;
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
    Map<Integer, TaskState> states = new HashMap<>();
    Map<Integer, Map<Integer, Attempt>> attempts = new HashMap<>();
    for (TaskTransition t : history) {
      states.put(t.taskIndex(), t.to());
      attempts.computeIfAbsent(t.taskIndex(), k -> new HashMap<>()).put(t.attempt().number(), t.attempt());
    }
    Set<String> committed = new HashSet<>();
    for (Map.Entry<Integer, TaskState> e : states.entrySet()) {
      int task = e.getKey();
      if (!e.getValue().holdsContainer()) {
        continue;
      }
      // A running task has one live attempt, or two while a speculative one races the first.
      for (Attempt attempt : attempts.get(task).values()) {
        String container = attempt.containerId();
        if (attempt.hasEnded() || keptContainers.contains(container)) {
          continue;
        }
        Optional<AttemptReport> report = reports.apply(task, attempt.number());
        if (report.isPresent() && report.get().committed() && report.get().task() == task
            && report.get().attempt() == attempt.number()) {
          LOG.info("task {} attempt {} committed its outputs in container {} while no ApplicationMaster ran",
              task, attempt.number(), container);
          committed.add(container);
        }
      }
    }
    return committed;
  }
}
