package org.sepyarn.am.health;

import java.time.Duration;
import java.util.Objects;

/**
 * When to exclude a node: after {@code failuresToExclude} charged failures within
 * {@code failureWindow}, for {@code exclusionDuration}, while no more than
 * {@code maxExcludedFraction} of the cluster's nodes are excluded at once.
 */
public record NodeHealthPolicy(int failuresToExclude, Duration failureWindow, Duration exclusionDuration,
    double maxExcludedFraction) {

  /** Tez and MapReduce stop excluding once a third of the cluster would be excluded. */
  public static final double ONE_THIRD = 1.0 / 3.0;

  public NodeHealthPolicy {
    if (failuresToExclude < 1) {
      throw new IllegalArgumentException("node health failuresToExclude=" + failuresToExclude
          + " is not allowed: it must be at least 1");
    }
    requirePositive("failureWindow", failureWindow);
    requirePositive("exclusionDuration", exclusionDuration);
    if (!(maxExcludedFraction >= 0 && maxExcludedFraction <= 1)) {
      throw new IllegalArgumentException("node health maxExcludedFraction=" + maxExcludedFraction
          + " is not allowed: it must be between 0 and 1");
    }
  }

  /** Three failures within 30 minutes exclude a node for an hour; at most a third of the cluster. */
  public static NodeHealthPolicy defaults() {
    return new NodeHealthPolicy(3, Duration.ofMinutes(30), Duration.ofHours(1), ONE_THIRD);
  }

  /** How many nodes of a cluster of {@code clusterSize} may be excluded at once. */
  public int maxExcluded(int clusterSize) {
    return (int) Math.floor(clusterSize * maxExcludedFraction + 1e-9);
  }

  private static void requirePositive(String field, Duration value) {
    Objects.requireNonNull(value, field);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("node health " + field + "="
          + (value.isNegative() ? "-" + org.sepyarn.formats.job.Durations.text(value.abs())
              : org.sepyarn.formats.job.Durations.text(value)) + " is not allowed: it must be positive");
    }
  }
}
