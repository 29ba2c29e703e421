package org.sepyarn.am.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sepyarn.am.schedule.TaskState;

/**
 * How long the succeeded tasks took (their last attempt's duration): the median, the 90th and 99th
 * percentiles (nearest rank) and the longest; and which tasks are stragglers, those that ran, or
 * have run so far, at least {@link #STRAGGLER_FACTOR} times the median and at least
 * {@link #STRAGGLER_MIN_MILLIS}, once {@link #MIN_SUCCEEDED} tasks have succeeded.
 *
 * @param succeeded how many durations these are of
 */
record DurationSpread(int succeeded, long medianMillis, long p90Millis, long p99Millis, long maxMillis) {
  static final double STRAGGLER_FACTOR = 3;
  static final long STRAGGLER_MIN_MILLIS = 10_000;
  static final int MIN_SUCCEEDED = 5;

  /** The spread of the succeeded tasks among {@code tasks}, or empty before any succeeded. */
  static Optional<DurationSpread> of(List<TaskRow> tasks) {
    long[] durations = tasks.stream()
        .filter(t -> t.state() == TaskState.SUCCEEDED && t.durationMillis() != null)
        .mapToLong(TaskRow::durationMillis).toArray();
    if (durations.length == 0) {
      return Optional.empty();
    }
    Arrays.sort(durations);
    return Optional.of(new DurationSpread(durations.length, rank(durations, 0.5), rank(durations, 0.9),
        rank(durations, 0.99), durations[durations.length - 1]));
  }

  /** Whether a task that ran, or has run, {@code durationMillis} is a straggler. */
  boolean isStraggler(long durationMillis) {
    return succeeded >= MIN_SUCCEEDED && durationMillis >= STRAGGLER_MIN_MILLIS
        && durationMillis >= STRAGGLER_FACTOR * medianMillis;
  }

  private static long rank(long[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
