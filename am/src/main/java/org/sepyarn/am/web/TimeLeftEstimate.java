package org.sepyarn.am.web;

import java.util.List;
import java.util.OptionalLong;

/**
 * How long the tasks still need, from the mean duration of the attempts that succeeded so far. A
 * running attempt still needs the mean less what it has run (nothing once it has run longer), a
 * waiting task the whole mean; that work is shared by as many containers as the job has held at
 * once so far (not only those running now: between two waves, or while the containers of a job's
 * start are still being granted, fewer run than will), and the wait is never shorter than the
 * longest single remainder. Unknown before any attempt succeeded, and while tasks wait before any
 * container ran, since then nothing tells how many will run at once.
 */
public final class TimeLeftEstimate {
  private TimeLeftEstimate() {
  }

  /**
   * @param succeededDurations how long each attempt that succeeded ran, in milliseconds
   * @param runningElapsed how long each running attempt has run so far, in milliseconds
   * @param waiting tasks waiting for a container
   * @return the milliseconds left, or empty when unknown
   */
  public static OptionalLong millisLeft(List<Long> succeededDurations, List<Long> runningElapsed, int waiting) {
    return millisLeft(succeededDurations, runningElapsed, waiting, runningElapsed.size());
  }

  /**
   * As above, the work shared by {@code peakRunning} containers, the most that ran at once so far,
   * when more than run now.
   */
  public static OptionalLong millisLeft(List<Long> succeededDurations, List<Long> runningElapsed, int waiting,
      int peakRunning) {
    if (waiting < 0) {
      throw new IllegalArgumentException("waiting tasks " + waiting + " is not allowed: 0 or more");
    }
    requireNotNegative("succeededDurations", succeededDurations);
    requireNotNegative("runningElapsed", runningElapsed);
    if (runningElapsed.isEmpty() && waiting == 0) {
      return OptionalLong.of(0);
    }
    int parallel = Math.max(runningElapsed.size(), peakRunning);
    if (succeededDurations.isEmpty() || parallel == 0) {
      return OptionalLong.empty();
    }
    double mean = succeededDurations.stream().mapToLong(Long::longValue).average().orElseThrow();
    double work = waiting * mean;
    double longestRemainder = waiting > 0 ? mean : 0;
    for (long elapsed : runningElapsed) {
      double remainder = Math.max(mean - elapsed, 0);
      work += remainder;
      longestRemainder = Math.max(longestRemainder, remainder);
    }
    return OptionalLong.of(Math.round(Math.max(work / parallel, longestRemainder)));
  }

  /** The most of {@code attempts} that ran at once, running ones lasting until {@code now}. */
  static int peakRunning(List<AttemptRow> attempts, long now) {
    long[] starts = attempts.stream().mapToLong(AttemptRow::startedAt).sorted().toArray();
    long[] ends = attempts.stream().mapToLong(a -> a.endOr(now)).sorted().toArray();
    int running = 0;
    int peak = 0;
    int e = 0;
    for (long start : starts) {
      while (e < ends.length && ends[e] <= start) {
        e++;
        running--;
      }
      running++;
      peak = Math.max(peak, running);
    }
    return peak;
  }

  private static void requireNotNegative(String what, List<Long> millis) {
    for (int i = 0; i < millis.size(); i++) {
      if (millis.get(i) < 0) {
        throw new IllegalArgumentException(what + "[" + i + "] is " + millis.get(i) + " ms: durations are 0 or more");
      }
    }
  }
}
