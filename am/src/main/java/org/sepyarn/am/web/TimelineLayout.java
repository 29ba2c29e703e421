package org.sepyarn.am.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each attempt's bar goes on the timeline: one row per node, sorted by name, and within a
 * node as many lanes as attempts overlapped there, each attempt in the first lane free when it
 * started.
 */
final class TimelineLayout {

  /** An attempt and its lane within its node's row, from 0. */
  record Bar(AttemptRow attempt, int lane) {
  }

  /** One node's row: its lanes and bars. */
  record NodeRow(String node, int laneCount, List<Bar> bars) {
    NodeRow {
      bars = List.copyOf(bars);
    }
  }

  private static final Comparator<AttemptRow> BY_START = Comparator.comparingLong(AttemptRow::startedAt)
      .thenComparingInt(AttemptRow::task)
      .thenComparingInt(AttemptRow::number);

  private TimelineLayout() {
  }

  /** The rows for {@code attempts}, running ones lasting until {@code now}. */
  static List<NodeRow> of(List<AttemptRow> attempts, long now) {
    Map<String, List<AttemptRow>> byNode = new TreeMap<>();
    for (AttemptRow a : attempts) {
      byNode.computeIfAbsent(a.node(), n -> new ArrayList<>()).add(a);
    }
    List<NodeRow> rows = new ArrayList<>();
    for (Map.Entry<String, List<AttemptRow>> e : byNode.entrySet()) {
      rows.add(row(e.getKey(), e.getValue(), now));
    }
    return rows;
  }

  private static NodeRow row(String node, List<AttemptRow> attempts, long now) {
    List<AttemptRow> sorted = new ArrayList<>(attempts);
    sorted.sort(BY_START);
    List<Long> laneFreeAt = new ArrayList<>();
    List<Bar> bars = new ArrayList<>();
    for (AttemptRow a : sorted) {
      int lane = 0;
      while (lane < laneFreeAt.size() && laneFreeAt.get(lane) > a.startedAt()) {
        lane++;
      }
      if (lane == laneFreeAt.size()) {
        laneFreeAt.add(a.endOr(now));
      } else {
        laneFreeAt.set(lane, a.endOr(now));
      }
      bars.add(new Bar(a, lane));
    }
    return new NodeRow(node, laneFreeAt.size(), bars);
  }
}
