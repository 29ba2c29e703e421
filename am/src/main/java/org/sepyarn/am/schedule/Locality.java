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
