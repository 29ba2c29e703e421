package org.sepyarn.am.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times and durations as the page shows them: durations in their two largest units, instants in UTC. */
final class TimeText {
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private static final long SECOND = 1000;
  private static final long MINUTE = 60 * SECOND;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;

  private TimeText() {
  }

  /** {@code 45s}, {@code 3m 20s}, {@code 1h 02m}, {@code 2d 03h}; whole seconds, rounded down. */
  static String duration(long millis) {
    if (millis < 0) {
      throw new IllegalArgumentException("a duration of " + millis + " ms is not allowed: durations are 0 or more");
    }
    if (millis < MINUTE) {
      return millis / SECOND + "s";
    }
    if (millis < HOUR) {
      return pair(millis / MINUTE, "m", millis % MINUTE / SECOND, "s");
    }
    if (millis < DAY) {
      return pair(millis / HOUR, "h", millis % HOUR / MINUTE, "m");
    }
    return pair(millis / DAY, "d", millis % DAY / HOUR, "h");
  }

  /** {@code 12:03:04}, the time of day in UTC: for tables whose instants fall within a job's days. */
  static String clock(long epochMillis) {
    return CLOCK.format(Instant.ofEpochMilli(epochMillis));
  }

  /** {@code 2025-06-01 12:03:04 UTC}. */
  static String instant(long epochMillis) {
    return UTC.format(Instant.ofEpochMilli(epochMillis));
  }

  private static String pair(long major, String majorUnit, long minor, String minorUnit) {
    return String.format(Locale.ROOT, "%d%s %02d%s", major, majorUnit, minor, minorUnit);
  }
}
