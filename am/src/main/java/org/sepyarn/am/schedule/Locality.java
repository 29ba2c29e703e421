package org.sepyarn.am.schedule;

import java.util.Optional;

/**
 * Where an attempt ran relative to the data its task reads from the cluster file system: on a node
 * holding most of it, in a rack holding most of it, elsewhere, or the task had no preference (it
 * reads nothing from a file system that says where its blocks are).
 */
public enum Locality {
  NODE_LOCAL("node-local"),
  RACK_LOCAL("rack-local"),
  OFF_RACK("off-rack"),
  NO_PREFERENCE("no preference");

  private final String text;

  Locality(String text) {
    this.text = text;
  }

  /** As users read it: {@code node-local}, {@code rack-local}, {@code off-rack}, {@code no preference}. */
  public String text() {
    return text;
  }

  /** How many of {@code localities} are each locality, every locality listed; empty ones are not counted. */
  public static java.util.Map<Locality, Integer> count(java.util.stream.Stream<Optional<Locality>> localities) {
    java.util.Map<Locality, Integer> counts = new java.util.EnumMap<>(Locality.class);
    for (Locality l : values()) {
      counts.put(l, 0);
    }
    localities.forEach(l -> l.ifPresent(x -> counts.merge(x, 1, Integer::sum)));
    return counts;
  }

  /**
   * The counts in one line, {@code locality: 4 node-local, 0 rack-local, 0 off-rack}, with
   * {@code , 2 with no preference} when some tasks had none; keys are {@link #name()}s, missing
   * ones count 0.
   */
  public static String summary(java.util.Map<String, Integer> counts) {
    StringBuilder sb = new StringBuilder("locality: ");
    sb.append(counts.getOrDefault(NODE_LOCAL.name(), 0)).append(' ').append(NODE_LOCAL.text)
        .append(", ").append(counts.getOrDefault(RACK_LOCAL.name(), 0)).append(' ').append(RACK_LOCAL.text)
        .append(", ").append(counts.getOrDefault(OFF_RACK.name(), 0)).append(' ').append(OFF_RACK.text);
    int none = counts.getOrDefault(NO_PREFERENCE.name(), 0);
    if (none > 0) {
      sb.append(", ").append(none).append(" with no preference");
    }
    return sb.toString();
  }

  /** The locality named {@code name} ({@link #name()}), or empty for null or an unknown name (a newer writer). */
  public static Optional<Locality> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (Locality l : values()) {
      if (l.name().equals(name)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
