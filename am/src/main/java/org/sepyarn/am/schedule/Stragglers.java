package org.sepyarn.am.schedule;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.sepyarn.formats.job.Speculation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the stragglers of a job that allows speculation and chooses which of them a new container
 * serves. The rule ({@link Speculation}): once enough tasks have succeeded, a running task with one
 * live attempt that has run at least the minimum time and whose expected duration (time run over
 * the progress it reports, or the time run when it reports none) is over the multiplier times the
 * median duration of the succeeded attempts wants a speculative attempt. At most a tenth of the
 * tasks (at least one) want or run one at a time. One instance watches the tasks of one step of a
 * flow (a job of one program is one step): the quantile, the median and the cap are the step's. A container goes only to a straggler whose
 * attempt runs on another node (and that never failed on the container's node); a straggler
 * offered {@value #MISSES_BEFORE_GIVING_UP} containers on its own node and none elsewhere is given
 * up, so a job on one node never asks without end. Nothing happens on a cluster known to have
 * fewer than two usable nodes.
 */
final class Stragglers {
  private static final Logger log = LoggerFactory.getLogger(Stragglers.class);
  static final int MISSES_BEFORE_GIVING_UP = 10;

  private final Speculation rule;
  private final RunningMedian durations = new RunningMedian();
  private final NavigableSet<Integer> wanted = new TreeSet<>();
  private final Map<Integer, Integer> misses = new HashMap<>();
  private final java.util.Set<Integer> givenUp = new java.util.HashSet<>();

  Stragglers(Speculation rule) {
    this.rule = rule;
  }

  boolean enabled() {
    return rule.enabled();
  }

  /** An attempt succeeded: its duration joins the median. */
  void succeeded(Attempt attempt) {
    attempt.endedAt().ifPresent(end -> durations.add(end - attempt.startedAt()));
  }

  /** The median duration of the succeeded attempts, once there is one. */
  OptionalLong medianDuration() {
    return durations.median();
  }

  /**
   * Looks for stragglers among {@code running}, the step's tasks holding a container at {@code now},
   * when {@code succeeded} of the step's {@code total} tasks are done and the cluster has
   * {@code usableNodes} usable nodes (empty when not known yet).
   */
  void review(TaskBook tasks, List<Task> running, int succeeded, int total, java.util.OptionalInt usableNodes,
      long now) {
    if (!rule.enabled() || usableNodes.isPresent() && usableNodes.getAsInt() < 2
        || succeeded < Math.ceil(rule.quantile() * total) || durations.median().isEmpty()) {
      return;
    }
    int cap = Math.max(1, total / 10);
    int busy = wantedCount(tasks) + (int) running.stream().filter(Task::isSpeculating).count();
    double threshold = Math.max(rule.minRuntime().toMillis(), rule.multiplier() * durations.median().getAsLong());
    for (Task task : running) {
      if (busy >= cap) {
        return;
      }
      if (!candidate(task) || wanted.contains(task.index()) || givenUp.contains(task.index())) {
        continue;
      }
      Attempt attempt = task.current().orElseThrow();
      long ran = now - attempt.startedAt();
      double progress = task.progressOf(attempt.containerId());
      double expected = progress > 0 ? ran / progress : ran;
      if (ran >= rule.minRuntime().toMillis() && expected > threshold) {
        log.info("task {} is a straggler: {} has run {} on {}, expected {} against a median of {}; it wants a"
            + " speculative attempt on another node", task.index(), attempt, Duration.ofMillis(ran), attempt.node(),
            Duration.ofMillis((long) expected), Duration.ofMillis(durations.median().getAsLong()));
        wanted.add(task.index());
        busy++;
      }
    }
  }

  /** How many stragglers still want a speculative attempt. */
  int wantedCount(TaskBook tasks) {
    return wantedIndexes(tasks).size();
  }

  /**
   * The stragglers that still want a speculative attempt, in index order; those that no longer do
   * (they finished, or got one) are forgotten. Looks at the few wanted tasks only, so it may run
   * after every event.
   */
  NavigableSet<Integer> wantedIndexes(TaskBook tasks) {
    wanted.removeIf(index -> !candidate(tasks.get(index)));
    return new TreeSet<>(wanted);
  }

  /**
   * The straggler {@code container} should serve: the lowest-numbered one that wants a speculative
   * attempt, runs on another node and never failed on the container's node.
   */
  Optional<Task> pickFor(Allocated container, TaskBook tasks) {
    for (Integer index : List.copyOf(wanted)) {
      Task task = tasks.get(index);
      if (!candidate(task)) {
        wanted.remove(index);
        continue;
      }
      if (!task.current().orElseThrow().node().equals(container.node()) && !task.failedOn(container.node())) {
        wanted.remove(index);
        misses.remove(index);
        return Optional.of(task);
      }
    }
    if (!wanted.isEmpty()) {
      Integer first = wanted.first();
      int missed = misses.merge(first, 1, Integer::sum);
      if (missed >= MISSES_BEFORE_GIVING_UP) {
        log.info("task {} gets no speculative attempt: {} containers came, all on the node its attempt runs on",
            first, missed);
        wanted.remove(first);
        misses.remove(first);
        givenUp.add(first);
      }
    }
    return Optional.empty();
  }

  private static boolean candidate(Task task) {
    return task.state() == TaskState.RUNNING && !task.isSpeculating();
  }
}
