package org.sepyarn.client.bench;

import java.util.List;
import java.util.Optional;

/**
 * Where a job's time went, in seconds, as far as its work folder tells: from submission to the
 * first container ({@code startup}: ApplicationMaster start, allocation; for a job that scatters
 * an input, to its first scatter runner's start), the scatter phase from then to the first task's
 * container ({@code scatter}, empty for a job without one), each container's start
 * before its runner began ({@code containerStart}, mean over tasks: JVM launch, localization),
 * each runner's fetch, program and commit ({@code runner}, mean over tasks), the span from the first
 * container to the last runner's end ({@code tasks}), and from then to the job's end
 * ({@code merge}: merge tasks, joins and finishing). A value is empty when the folder does not tell it.
 */
public record PhaseTimes(Optional<Double> startup, Optional<Double> scatter, Optional<Double> containerStart,
    Optional<Double> runner, Optional<Double> tasks, Optional<Double> merge) {
  /** Nothing known. */
  public static PhaseTimes unknown() {
    return new PhaseTimes(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** Derives the phases of a job without a scatter phase. */
  public static PhaseTimes of(long submittedMillis, long endedMillis, List<AttemptSpan> spans) {
    return of(submittedMillis, endedMillis, spans, List.of());
  }

  /**
   * Derives the phases.
   *
   * @param submittedMillis when the client submitted the job
   * @param endedMillis when the job ended (the ApplicationMaster's last status, or the client's view)
   * @param spans every task's successful attempt
   * @param scatterSpans every scatter task's successful attempt, none without a scatter phase
   */
  public static PhaseTimes of(long submittedMillis, long endedMillis, List<AttemptSpan> spans,
      List<AttemptSpan> scatterSpans) {
    if (spans.isEmpty()) {
      return unknown();
    }
    long firstStart = spans.stream().mapToLong(s -> s.launchedMillis() != null ? s.launchedMillis()
        : s.runnerStartMillis()).min().orElseThrow();
    long lastEnd = spans.stream().mapToLong(AttemptSpan::runnerEndMillis).max().orElseThrow();
    double[] containerStarts = spans.stream().filter(s -> s.launchedMillis() != null)
        .mapToDouble(s -> s.runnerStartMillis() - s.launchedMillis()).toArray();
    double runner = spans.stream().mapToDouble(s -> s.runnerEndMillis() - s.runnerStartMillis()).average()
        .orElseThrow();
    Optional<Long> scatterStart = scatterSpans.stream().map(AttemptSpan::runnerStartMillis).min(Long::compare);
    long startupEnd = scatterStart.orElse(firstStart);
    return new PhaseTimes(seconds(startupEnd - submittedMillis),
        scatterStart.map(from -> Math.max(0, firstStart - from) / 1000.0),
        containerStarts.length == 0 ? Optional.empty()
            : seconds(java.util.Arrays.stream(containerStarts).average().orElseThrow()),
        seconds(runner), seconds(lastEnd - firstStart), seconds(endedMillis - lastEnd));
  }

  private static Optional<Double> seconds(double millis) {
    return Optional.of(Math.max(0, millis) / 1000.0);
  }
}
