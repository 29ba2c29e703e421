package org.sepyarn.formats.job;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Finds a cycle among a flow's steps: step {@code w} feeds step {@code r} when {@code r} reads an
 * intermediate {@code w} writes. A step that reads what it writes is a cycle of one.
 */
final class CycleSearch {
  private static final int NEW = 0;
  private static final int OPEN = 1;
  private static final int DONE = 2;

  private final List<List<FlowRules.Intermediates.Use>> feeds;
  private final int[] state;
  /** The reads that led from the first open step to the one being searched. */
  private final Deque<FlowRules.Intermediates.Use> path = new ArrayDeque<>();

  /** @param feeds for each step, the reads of what it writes */
  CycleSearch(List<List<FlowRules.Intermediates.Use>> feeds) {
    this.feeds = feeds;
    this.state = new int[feeds.size()];
  }

  /** The reads around one cycle, each by the step the previous read's step wrote for; empty when none. */
  Optional<List<FlowRules.Intermediates.Use>> find() {
    for (int s = 0; s < feeds.size(); s++) {
      if (state[s] == NEW) {
        Optional<List<FlowRules.Intermediates.Use>> cycle = visit(s);
        if (cycle.isPresent()) {
          return cycle;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<List<FlowRules.Intermediates.Use>> visit(int step) {
    state[step] = OPEN;
    for (FlowRules.Intermediates.Use read : feeds.get(step)) {
      int next = read.step();
      if (state[next] == OPEN) {
        return Optional.of(closing(read));
      }
      if (state[next] == NEW) {
        path.addLast(read);
        Optional<List<FlowRules.Intermediates.Use>> cycle = visit(next);
        if (cycle.isPresent()) {
          return cycle;
        }
        path.removeLast();
      }
    }
    state[step] = DONE;
    return Optional.empty();
  }

  /** The reads on the path from {@code last}'s reading step round to {@code last}. */
  private List<FlowRules.Intermediates.Use> closing(FlowRules.Intermediates.Use last) {
    List<FlowRules.Intermediates.Use> onPath = new ArrayList<>(path);
    int start = 0;
    for (int i = 0; i < onPath.size(); i++) {
      if (onPath.get(i).step() == last.step()) {
        start = i + 1;
      }
    }
    List<FlowRules.Intermediates.Use> cycle = new ArrayList<>(onPath.subList(start, onPath.size()));
    cycle.add(last);
    return cycle;
  }
}
