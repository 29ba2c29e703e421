package org.sepyarn.am.schedule;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One try at a task: the container and node it ran in, when it was launched and, once over, when
 * and why it ended with YARN's or the scheduler's diagnostics. Immutable; times are milliseconds of
 * the scheduler's clock.
 */
public final class Attempt {
  private final int number;
  private final String containerId;
  private final String node;
  private final long startedAt;
  private final long endedAt;
  private final ExitReason reason;
  private final String diagnostics;
  private final Locality locality;

  private Attempt(int number, String containerId, String node, long startedAt, long endedAt,
      ExitReason reason, String diagnostics, Locality locality) {
    if (number < 1) {
      throw new IllegalArgumentException("attempt number " + number + " is not allowed: attempts count from 1");
    }
    requireName("containerId", containerId);
    requireName("node", node);
    if (reason != null && endedAt < startedAt) {
      throw new IllegalArgumentException("attempt " + number + " in " + containerId + " ends at " + endedAt
          + ", before it started at " + startedAt);
    }
    this.number = number;
    this.containerId = containerId;
    this.node = node;
    this.startedAt = startedAt;
    this.endedAt = endedAt;
    this.reason = reason;
    this.diagnostics = diagnostics == null ? "" : diagnostics;
    this.locality = locality;
  }

  /** An attempt launched at {@code startedAt} and still going. */
  public static Attempt started(int number, String containerId, String node, long startedAt) {
    return new Attempt(number, containerId, node, startedAt, 0, null, "", null);
  }

  /** An attempt launched at {@code startedAt}, still going, at {@code locality} to its task's data. */
  public static Attempt started(int number, String containerId, String node, long startedAt, Locality locality) {
    return new Attempt(number, containerId, node, startedAt, 0, null, "", locality);
  }

  /** An attempt that is over, as a journal records it. */
  public static Attempt ended(int number, String containerId, String node, long startedAt, long endedAt,
      ExitReason reason, String diagnostics) {
    return ended(number, containerId, node, startedAt, endedAt, reason, diagnostics, null);
  }

  /** An attempt that is over, as a journal records it, with its locality (null when not recorded). */
  public static Attempt ended(int number, String containerId, String node, long startedAt, long endedAt,
      ExitReason reason, String diagnostics, Locality locality) {
    return new Attempt(number, containerId, node, startedAt, endedAt, Objects.requireNonNull(reason, "reason"),
        diagnostics, locality);
  }

  /** This attempt, ended at {@code at} for {@code why}. */
  public Attempt end(long at, ExitReason why, String diagnostics) {
    if (hasEnded()) {
      throw new IllegalStateException("attempt " + number + " in " + containerId + " already ended (" + reason
          + "), cannot end again as " + why);
    }
    return ended(number, containerId, node, startedAt, Math.max(at, startedAt), why, diagnostics, locality);
  }

  public int number() {
    return number;
  }

  public String containerId() {
    return containerId;
  }

  public String node() {
    return node;
  }

  public long startedAt() {
    return startedAt;
  }

  /**
   * Where the attempt ran relative to its task's data, as decided when it was assigned; empty when
   * not recorded (journals written before locality was).
   */
  public Optional<Locality> locality() {
    return Optional.ofNullable(locality);
  }

  public boolean hasEnded() {
    return reason != null;
  }

  public OptionalLong endedAt() {
    return hasEnded() ? OptionalLong.of(endedAt) : OptionalLong.empty();
  }

  public Optional<ExitReason> reason() {
    return Optional.ofNullable(reason);
  }

  /** YARN's diagnostics or the scheduler's own note on why the attempt ended; empty while running. */
  public String diagnostics() {
    return diagnostics;
  }

  /** Whether this attempt used up one of the task's attempts. */
  public boolean isCharged() {
    return reason != null && reason.isChargedToTask();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attempt a && number == a.number && startedAt == a.startedAt && endedAt == a.endedAt
        && containerId.equals(a.containerId) && node.equals(a.node) && reason == a.reason
        && diagnostics.equals(a.diagnostics) && locality == a.locality;
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, containerId, node, startedAt, endedAt, reason, diagnostics, locality);
  }

  @Override
  public String toString() {
    return "attempt " + number + " on " + node + " in " + containerId
        + (hasEnded() ? " ended " + reason : " running");
  }

  private static void requireName(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("attempt " + field + " '" + value + "' must not be blank");
    }
  }
}
