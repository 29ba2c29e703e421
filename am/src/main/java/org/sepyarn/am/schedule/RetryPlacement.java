package org.sepyarn.am.schedule;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A retried task's preference for the nodes it has not failed on, made real: YARN asks are by host
 * and cannot say "anywhere but there", so a container offered on a node where the task failed is
 * declined (released; the task, still waiting, is asked for again) while the cluster has a usable
 * node the task has not failed on, at most {@link #MAX_DECLINES} times per task. After that the
 * task takes what YARN gives: the other nodes evidently have no room, and waiting for ever would
 * be worse than running where it failed once.
 */
final class RetryPlacement {
  /** Containers a task declines on nodes where it failed, before it takes one. */
  static final int MAX_DECLINES = 10;

  private final Map<Integer, Integer> declined = new HashMap<>();

  /**
   * Whether {@code task} declines a container on {@code node}, counting it when it does.
   *
   * @param usableNodes how many nodes of the cluster may run tasks, when known
   */
  boolean declines(Task task, String node, OptionalInt usableNodes) {
    if (!task.failedOn(node) || usableNodes.isPresent() && usableNodes.getAsInt() <= task.failedNodeCount()) {
      return false;
    }
    int before = declined.getOrDefault(task.index(), 0);
    if (before >= MAX_DECLINES) {
      return false;
    }
    declined.put(task.index(), before + 1);
    return true;
  }

  /** How many containers {@code task} declined so far. */
  int declinedBy(int task) {
    return declined.getOrDefault(task, 0);
  }
}
