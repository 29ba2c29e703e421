package org.sepyarn.formats.job;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as a job description writes them: a whole number and a unit, {@code 90s},
 * {@code 15m}, {@code 2h}, {@code 1d}; a plain number means seconds. {@link #format} gives the
 * canonical form, which {@link #parse} reads back.
 */
public final class Durations {
  private static final Pattern FORM = Pattern.compile("(\\d+)\\s*([A-Za-z]*)");
  private static final String HOW = "use a whole number with a unit s, m, h or d,"
      + " e.g. \"90s\", \"15m\", \"2h\"; a plain number means seconds";

  private Durations() {
  }

  /**
   * Reads {@code 90s}, {@code 15m}, {@code 2h}, {@code 1d}, or a plain number of seconds.
   *
   * @throws IllegalArgumentException naming the text and the accepted forms
   */
  public static Duration parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("\"" + text + "\" is not a duration: " + HOW);
    }
    long seconds;
    try {
      seconds = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + text + "\" is too long for a duration", e);
    }
    try {
      switch (m.group(2).toLowerCase(Locale.ROOT)) {
        case "":
        case "s":
          return Duration.ofSeconds(seconds);
        case "m":
          return Duration.ofSeconds(Math.multiplyExact(seconds, 60L));
        case "h":
          return Duration.ofSeconds(Math.multiplyExact(seconds, 3600L));
        case "d":
          return Duration.ofSeconds(Math.multiplyExact(seconds, 86400L));
        default:
          throw new IllegalArgumentException(
              "\"" + text + "\" has an unknown unit \"" + m.group(2) + "\": " + HOW);
      }
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("\"" + text + "\" is too long for a duration", e);
    }
  }

  /**
   * The canonical form of a whole number of seconds: the largest unit that divides exactly.
   *
   * @throws IllegalArgumentException if the duration is negative or not whole seconds
   */
  public static String format(Duration d) {
    if (d.isNegative() || d.getNano() != 0) {
      throw new IllegalArgumentException("cannot write " + d + ": durations are whole, non-negative seconds");
    }
    long s = d.getSeconds();
    if (s != 0 && s % 86400 == 0) {
      return s / 86400 + "d";
    }
    if (s != 0 && s % 3600 == 0) {
      return s / 3600 + "h";
    }
    if (s != 0 && s % 60 == 0) {
      return s / 60 + "m";
    }
    return s + "s";
  }

  /**
   * Any duration as a message shows it, in the units a job writes: {@code 450ms} below a second,
   * otherwise whole seconds (rounded down) in up to three units, {@code 60s} up to a minute and
   * {@code 1m3s}, {@code 2h5m}, {@code 1d2h3m} beyond; never {@code PT1M3.241S}.
   *
   * @throws IllegalArgumentException if the duration is negative
   */
  public static String text(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("cannot write " + d.toMillis() + " ms: durations are not negative");
    }
    long s = d.getSeconds();
    if (s == 0) {
      return d.isZero() ? "0s" : d.toMillis() + "ms";
    }
    if (s <= 60) {
      return s + "s";
    }
    StringBuilder text = new StringBuilder();
    long[] sizes = {86400, 3600, 60, 1};
    String[] units = {"d", "h", "m", "s"};
    int written = 0;
    for (int i = 0; i < sizes.length && written < 3; i++) {
      long n = s / sizes[i];
      s %= sizes[i];
      if (n > 0 || written > 0) {
        if (n > 0) {
          text.append(n).append(units[i]);
        }
        written++;
      }
    }
    return text.toString();
  }
}
