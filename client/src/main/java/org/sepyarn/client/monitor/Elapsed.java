package org.sepyarn.client.monitor;

/** Durations as people read them on a progress line: {@code 45s}, {@code 3m05s}, {@code 2h07m}. */
final class Elapsed {
  private Elapsed() {
  }

  static String format(long millis) {
    long s = Math.max(0, millis) / 1000;
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return String.format("%dm%02ds", s / 60, s % 60);
    }
    return String.format("%dh%02dm", s / 3600, s % 3600 / 60);
  }
}
