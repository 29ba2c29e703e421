package org.sepyarn.am.health;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks which nodes fail tasks. Failures charged to a node are counted in a sliding window; a node
 * that reaches the policy's threshold is excluded until its exclusion expires, unless that would
 * exclude more than the policy's share of the cluster. Lost nodes are remembered so they neither
 * count as excluded nor as usable. The cluster's size comes from the driver and is unknown until it
 * is first reported; while unknown no node is excluded. Not thread-safe.
 */
public final class NodeHealthTracker {
  private static final Logger log = LoggerFactory.getLogger(NodeHealthTracker.class);

  private final NodeHealthPolicy policy;
  private final Clock clock;
  private final Map<String, Deque<Long>> recentFailures = new HashMap<>();
  private final Map<String, Long> excludedUntil = new HashMap<>();
  private final Set<String> lost = new HashSet<>();
  private OptionalInt clusterSize = OptionalInt.empty();

  public NodeHealthTracker(NodeHealthPolicy policy, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Counts a failure charged to {@code node}; excludes the node if that crosses the threshold. */
  public ExclusionChange recordFailure(String node) {
    long now = clock.millis();
    Deque<Long> times = recentFailures.computeIfAbsent(node, n -> new ArrayDeque<>());
    times.addLast(now);
    long windowStart = now - policy.failureWindow().toMillis();
    while (!times.isEmpty() && times.peekFirst() <= windowStart) {
      times.removeFirst();
    }
    if (excludedUntil.containsKey(node) || times.size() < policy.failuresToExclude()) {
      return ExclusionChange.none();
    }
    if (clusterSize.isEmpty()) {
      log.warn("node {} had {} failures within {} but stays in use: the cluster's size is not known yet",
          node, times.size(), policy.failureWindow());
      return ExclusionChange.none();
    }
    int allowed = policy.maxExcluded(clusterSize.getAsInt());
    if (excludedCount() >= allowed) {
      log.warn("node {} had {} failures within {} but stays in use: {} of {} nodes are excluded already (at most {})",
          node, times.size(), policy.failureWindow(), excludedCount(), clusterSize.getAsInt(), allowed);
      return ExclusionChange.none();
    }
    excludedUntil.put(node, now + policy.exclusionDuration().toMillis());
    recentFailures.remove(node);
    log.warn("excluding node {} for {}: {} failures charged to it within {}", node,
        org.sepyarn.formats.job.Durations.text(policy.exclusionDuration()),
        policy.failuresToExclude(), org.sepyarn.formats.job.Durations.text(policy.failureWindow()));
    return new ExclusionChange(Set.of(node), Set.of());
  }

  /** Lifts the exclusions whose time is up. */
  public ExclusionChange expireExclusions() {
    long now = clock.millis();
    Set<String> expired = new TreeSet<>();
    excludedUntil.forEach((node, until) -> {
      if (until <= now) {
        expired.add(node);
      }
    });
    return lift(expired, "its exclusion expired");
  }

  /**
   * Records the cluster's current number of usable NodeManagers (lost nodes not counted). When the
   * cluster shrinks below what the exclusions allow, the exclusions that would expire soonest are
   * lifted.
   */
  public ExclusionChange clusterSizeChanged(int nodes) {
    if (nodes < 0) {
      throw new IllegalArgumentException("cluster size " + nodes + " is not allowed: it must not be negative");
    }
    clusterSize = OptionalInt.of(nodes);
    int surplus = excludedCount() - policy.maxExcluded(nodes);
    if (surplus <= 0) {
      return ExclusionChange.none();
    }
    List<String> soonest = excludedUntil.entrySet().stream()
        .filter(e -> !lost.contains(e.getKey()))
        .sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .limit(surplus)
        .map(Map.Entry::getKey)
        .toList();
    return lift(new TreeSet<>(soonest), "the cluster shrank to " + nodes + " nodes");
  }

  /** The node was lost, decommissioned or became unhealthy. */
  public void nodeLost(String node) {
    lost.add(node);
  }

  /** The node gave the job a container, so it is not lost (any more). */
  public void nodeAvailable(String node) {
    lost.remove(node);
  }

  public boolean isExcluded(String node) {
    return excludedUntil.containsKey(node);
  }

  public boolean isLost(String node) {
    return lost.contains(node);
  }

  /** Excluded nodes, sorted by name. */
  public Set<String> excludedNodes() {
    return new TreeSet<>(excludedUntil.keySet());
  }

  public OptionalInt clusterSize() {
    return clusterSize;
  }

  /** Nodes a task can still run on: the cluster less its excluded nodes; empty while the size is unknown. */
  public OptionalInt usableNodeCount() {
    return clusterSize.isPresent()
        ? OptionalInt.of(Math.max(0, clusterSize.getAsInt() - excludedCount()))
        : OptionalInt.empty();
  }

  private int excludedCount() {
    return (int) excludedUntil.keySet().stream().filter(node -> !lost.contains(node)).count();
  }

  private ExclusionChange lift(Set<String> nodes, String why) {
    if (nodes.isEmpty()) {
      return ExclusionChange.none();
    }
    nodes.forEach(excludedUntil::remove);
    log.info("no longer excluding {}: {}", nodes, why);
    return new ExclusionChange(Set.of(), nodes);
  }
}
