package org.sepyarn.am.schedule;

import java.util.Collections;
import java.util.OptionalLong;
import java.util.PriorityQueue;

/**
 * The median of a growing set of durations, kept in two heaps (the lower half in a max-heap, the
 * upper half in a min-heap) so that adding one costs O(log n) and reading the median O(1), for
 * jobs of any number of tasks.
 */
final class RunningMedian {
  private final PriorityQueue<Long> lower = new PriorityQueue<>(Collections.reverseOrder());
  private final PriorityQueue<Long> upper = new PriorityQueue<>();

  void add(long value) {
    if (lower.isEmpty() || value <= lower.peek()) {
      lower.add(value);
    } else {
      upper.add(value);
    }
    if (lower.size() > upper.size() + 1) {
      upper.add(lower.poll());
    } else if (upper.size() > lower.size()) {
      lower.add(upper.poll());
    }
  }

  int count() {
    return lower.size() + upper.size();
  }

  /** The median (for an even count, the mean of the two middle values, rounded down); empty before any value. */
  OptionalLong median() {
    if (lower.isEmpty()) {
      return OptionalLong.empty();
    }
    return lower.size() > upper.size() ? OptionalLong.of(lower.peek())
        : OptionalLong.of(lower.peek() + (upper.peek() - lower.peek()) / 2);
  }
}
