package org.sepyarn.am.status;

import java.util.Locale;

/** Byte counts for people: {@code 0 B}, {@code 812 B}, {@code 4.00 KiB}, {@code 1.00 GiB}. */
public final class ByteText {
  private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

  private ByteText() {
  }

  public static String of(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.2f %s", value, UNITS[unit]);
  }

  /**
   * The job's totals in one line: {@code read 1.00 GiB, wrote 1.00 GiB (2.00 B moved per output
   * byte)}; without the ratio before any output is merged.
   */
  public static String totals(JobBytes bytes) {
    String line = "read " + of(bytes.read()) + ", wrote " + of(bytes.written());
    return bytes.outputBytes() == 0 ? line
        : line + String.format(Locale.ROOT, " (%.2f B moved per output byte)", bytes.movedPerOutputByte());
  }
}
