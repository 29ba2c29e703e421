package org.sepyarn.runner.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bytes moved to and from the cluster file system, per phase of a job: {@link #FETCH} (runners
 * reading their input pieces), {@link #COMMIT} (runners uploading their outputs), {@link #MERGE}
 * (making the final outputs from the pieces, in the ApplicationMaster or in a runner) and
 * {@link #AM} (the ApplicationMaster's own bookkeeping: journal, status files, reports, plan).
 * Immutable; as JSON an object {@code {"fetch": {"read": N, "written": N}, ...}} holding only the
 * phases counted.
 */
public final class PhaseBytes {
  public static final String FETCH = "fetch";
  public static final String COMMIT = "commit";
  public static final String MERGE = "merge";
  public static final String AM = "am";

  private static final PhaseBytes NONE = new PhaseBytes(Map.of());

  private final Map<String, ByteCount> phases;

  private PhaseBytes(Map<String, ByteCount> phases) {
    this.phases = Collections.unmodifiableMap(new LinkedHashMap<>(phases));
  }

  /** No phase counted. */
  public static PhaseBytes none() {
    return NONE;
  }

  /** The given phases; a null map is none. */
  @JsonCreator
  public static PhaseBytes of(Map<String, ByteCount> phases) {
    return phases == null ? NONE : new PhaseBytes(phases);
  }

  /** These counts with {@code count} added to {@code phase}. */
  public PhaseBytes plus(String phase, ByteCount count) {
    Map<String, ByteCount> sum = new LinkedHashMap<>(phases);
    sum.merge(phase, count, ByteCount::plus);
    return new PhaseBytes(sum);
  }

  /** These counts and {@code other}'s, phase by phase. */
  public PhaseBytes plus(PhaseBytes other) {
    PhaseBytes sum = this;
    for (Map.Entry<String, ByteCount> e : other.phases.entrySet()) {
      sum = sum.plus(e.getKey(), e.getValue());
    }
    return sum;
  }

  /** The count of one phase, {@link ByteCount#NONE} when it was not counted. */
  public ByteCount phase(String phase) {
    return phases.getOrDefault(phase, ByteCount.NONE);
  }

  /** Every phase counted, in the order first counted. */
  @JsonValue
  public Map<String, ByteCount> phases() {
    return phases;
  }

  /** All phases together. */
  public ByteCount total() {
    return phases.values().stream().reduce(ByteCount.NONE, ByteCount::plus);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PhaseBytes other && phases.equals(other.phases);
  }

  @Override
  public int hashCode() {
    return phases.hashCode();
  }

  @Override
  public String toString() {
    return phases.toString();
  }
}
