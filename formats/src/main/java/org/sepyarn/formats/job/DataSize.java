package org.sepyarn.formats.job;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of memory or data in bytes. Written as a whole number and a binary unit,
 * {@code 512m}, {@code 2g}, {@code 1024k} (1k = 1024 bytes; {@code b}, {@code k}, {@code m},
 * {@code g}, {@code t}, optionally followed by {@code b} or {@code ib}, any case); a plain number
 * means MiB, as YARN counts memory. {@link #toString()} gives the canonical form, which
 * {@link #parse} reads back.
 */
public record DataSize(long bytes) implements Comparable<DataSize> {
  private static final long KIB = 1024L;
  private static final long MIB = KIB * 1024;
  private static final Pattern FORM = Pattern.compile("(\\d+)\\s*([A-Za-z]*)");
  private static final Map<String, Long> UNITS = Map.ofEntries(
      Map.entry("b", 1L),
      Map.entry("k", KIB), Map.entry("kb", KIB), Map.entry("kib", KIB),
      Map.entry("m", MIB), Map.entry("mb", MIB), Map.entry("mib", MIB),
      Map.entry("g", MIB * 1024), Map.entry("gb", MIB * 1024), Map.entry("gib", MIB * 1024),
      Map.entry("t", MIB * MIB), Map.entry("tb", MIB * MIB), Map.entry("tib", MIB * MIB));
  private static final String HOW = "use a whole number with a unit k, m, g or t (binary, 1k = 1024 bytes),"
      + " e.g. \"512m\" or \"2g\"; a plain number means MiB";

  public DataSize {
    if (bytes < 0) {
      throw new IllegalArgumentException("a size cannot be negative, got " + bytes + " bytes");
    }
  }

  public static DataSize ofMiB(long mib) {
    return new DataSize(Math.multiplyExact(mib, MIB));
  }

  /**
   * Reads {@code 512m}, {@code 2g}, {@code 2GB}, {@code 1024k}; a plain number is MiB.
   *
   * @throws IllegalArgumentException naming the text and the accepted forms
   */
  public static DataSize parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("\"" + text + "\" is not a size: " + HOW);
    }
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    Long factor = unit.isEmpty() ? Long.valueOf(MIB) : UNITS.get(unit);
    if (factor == null) {
      throw new IllegalArgumentException("\"" + text + "\" has an unknown unit \"" + m.group(2) + "\": " + HOW);
    }
    try {
      return new DataSize(Math.multiplyExact(Long.parseLong(m.group(1)), factor));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("\"" + text + "\" is too large for a size", e);
    }
  }

  /** Whole MiB, rounded down. */
  public long toMiB() {
    return bytes / MIB;
  }

  public boolean isWholeMiB() {
    return bytes % MIB == 0;
  }

  @Override
  public int compareTo(DataSize other) {
    return Long.compare(bytes, other.bytes);
  }

  /** The canonical form: the largest unit that divides exactly, {@code 2g}, {@code 1536m}, {@code 100b}. */
  @Override
  public String toString() {
    String[] names = {"t", "g", "m", "k"};
    long[] factors = {MIB * MIB, MIB * 1024, MIB, KIB};
    for (int i = 0; i < names.length; i++) {
      if (bytes != 0 && bytes % factors[i] == 0) {
        return bytes / factors[i] + names[i];
      }
    }
    return bytes + "b";
  }
}
