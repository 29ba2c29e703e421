package org.sepyarn.am.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The ticks of the timeline's time axis: elapsed times from its start, at a round step (1, 2, 5,
 * 10, 15 or 30 seconds or minutes, 1 to 12 hours, whole days) chosen so that at most a given number
 * of intervals cover the span.
 */
final class TimeAxis {
  private static final long SECOND = 1000;
  private static final long MINUTE = 60 * SECOND;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;
  private static final long[] STEPS = {
      SECOND, 2 * SECOND, 5 * SECOND, 10 * SECOND, 15 * SECOND, 30 * SECOND,
      MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE,
      HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY};

  private TimeAxis() {
  }

  /** The smallest round step that cuts {@code spanMillis} into at most {@code maxIntervals} intervals. */
  static long step(long spanMillis, int maxIntervals) {
    if (spanMillis <= 0 || maxIntervals < 1) {
      throw new IllegalArgumentException("an axis over " + spanMillis + " ms with at most " + maxIntervals
          + " intervals is not allowed: the span and the intervals must be positive");
    }
    for (long step : STEPS) {
      if (spanMillis <= step * maxIntervals) {
        return step;
      }
    }
    long days = (spanMillis + DAY * maxIntervals - 1) / (DAY * maxIntervals);
    return days * DAY;
  }

  /** The ticks from 0 to {@code spanMillis} inclusive, {@link #step} apart. */
  static List<Long> ticks(long spanMillis, int maxIntervals) {
    long step = step(spanMillis, maxIntervals);
    List<Long> ticks = new ArrayList<>();
    for (long t = 0; t <= spanMillis; t += step) {
      ticks.add(t);
    }
    return ticks;
  }
}
