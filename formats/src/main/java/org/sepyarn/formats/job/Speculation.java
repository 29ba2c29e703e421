package org.sepyarn.formats.job;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether and when a job starts a second, speculative attempt of a task that runs far longer than
 * the others (a straggler, usually held back by a slow or overloaded node). Once {@code quantile}
 * of the tasks have succeeded, a task whose only attempt has run at least {@code minRuntime} and
 * whose expected duration (time run so far divided by the progress it reports, or the time run
 * when it reports none) is over {@code multiplier} times the median duration of the succeeded
 * attempts gets a second attempt on another node. The first to commit wins; the other is stopped,
 * uncharged. Off by default: a program that writes anything outside its outputs must not run
 * twice at once.
 *
 * @param enabled whether stragglers get speculative attempts ({@code "speculation": true})
 * @param quantile the share of tasks that must have succeeded first, above 0 and at most 1 (default 0.75)
 * @param multiplier how many times the median duration a straggler's expected duration exceeds, at least 1
 *     (default 1.5)
 * @param minRuntime how long an attempt runs at least before it can count as a straggler (default 60s)
 */
public record Speculation(boolean enabled, double quantile, double multiplier, Duration minRuntime) {
  public static final double DEFAULT_QUANTILE = 0.75;
  public static final double DEFAULT_MULTIPLIER = 1.5;
  public static final Duration DEFAULT_MIN_RUNTIME = Duration.ofSeconds(60);
  /** No speculation: the default. */
  public static final Speculation OFF = new Speculation(false, DEFAULT_QUANTILE, DEFAULT_MULTIPLIER,
      DEFAULT_MIN_RUNTIME);
  /** Speculation with the default rule ({@code "speculation": true}). */
  public static final Speculation ON = new Speculation(true, DEFAULT_QUANTILE, DEFAULT_MULTIPLIER,
      DEFAULT_MIN_RUNTIME);

  public Speculation {
    Objects.requireNonNull(minRuntime, "minRuntime");
    Problems problems = new Problems();
    check(quantile, multiplier, minRuntime, problems);
    problems.throwIfAny("speculation");
  }

  static void check(double quantile, double multiplier, Duration minRuntime, Problems at) {
    if (!(quantile > 0 && quantile <= 1)) {
      at.field("quantile").add(quantile + " is out of range: give the share of tasks that must have succeeded"
          + " before stragglers are looked for, above 0 and at most 1 (e.g. 0.75)");
    }
    if (!(multiplier >= 1)) {
      at.field("multiplier").add(multiplier + " is out of range: a straggler's expected duration is this many"
          + " times the median duration, at least 1 (e.g. 1.5)");
    }
    if (minRuntime.isNegative()) {
      at.field("minRuntime").add(Durations.format(minRuntime) + " must not be negative");
    }
  }

  /**
   * Reads {@code "speculation"}: {@code true}, {@code false}, or an object with {@code quantile},
   * {@code multiplier} and {@code minRuntime} (each optional; the object turns speculation on).
   */
  static Optional<Speculation> read(com.fasterxml.jackson.databind.JsonNode node, Problems at) {
    if (node.isBoolean()) {
      return Optional.of(node.booleanValue() ? ON : OFF);
    }
    if (!node.isObject()) {
      at.add("expected true, false or an object such as {\"multiplier\": 2, \"minRuntime\": \"5m\"}, got "
          + JsonValues.describe(node));
      return Optional.empty();
    }
    Optional<JsonFields> found = JsonFields.of(node, at, "quantile", "multiplier", "minRuntime");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    JsonFields f = found.get();
    int before = at.count();
    double quantile = f.number("quantile").orElse(DEFAULT_QUANTILE);
    double multiplier = f.number("multiplier").orElse(DEFAULT_MULTIPLIER);
    Duration minRuntime = f.duration("minRuntime").orElse(DEFAULT_MIN_RUNTIME);
    f.reportUnknownKeys();
    if (at.count() > before) {
      return Optional.empty();
    }
    check(quantile, multiplier, minRuntime, at);
    return at.count() > before ? Optional.empty() : Optional.of(new Speculation(true, quantile, multiplier,
        minRuntime));
  }
}
