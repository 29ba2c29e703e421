package org.sepyarn.client.command;

import java.io.PrintStream;
import java.util.List;
import org.sepyarn.formats.dataset.BinaryPart;
import org.sepyarn.formats.dataset.DatasetSummary;
import org.sepyarn.formats.geometry.Axis;

/** Prints a {@link DatasetSummary} for {@code sepyarn info}: a table of axes, then format, size, binary, history. */
final class DatasetInfoPrinter {
  private DatasetInfoPrinter() {
  }

  static void print(DatasetSummary s, PrintStream out) {
    out.println("dataset " + s.header());
    out.printf("  %4s %10s %12s %12s  %-12s %s%n", "axis", "n", "o", "d", "label", "unit");
    List<Axis> axes = s.cube().axes();
    for (int i = 0; i < axes.size(); i++) {
      Axis a = axes.get(i);
      out.printf("  %4d %10d %12s %12s  %-12s %s%n", i + 1, a.n(), compact(a.o()), compact(a.d()), orDash(a.label()),
          orDash(a.unit()));
    }
    out.println("  data_format " + s.format().name() + ", esize " + s.format().esize());
    out.println("  " + s.elementCount() + " elements, " + s.byteCount() + " bytes (" + readable(s.byteCount()) + ")");
    List<BinaryPart> parts = s.binary();
    if (parts.size() == 1) {
      out.println("  binary: " + parts.get(0).describe());
    } else {
      out.println("  binary: " + parts.size() + " parts, concatenated in this order");
      for (BinaryPart p : parts) {
        out.println("    " + p.describe() + ", " + p.length() + " bytes");
      }
    }
    List<String> titles = s.programTitles();
    out.println("  history: " + titles.size() + (titles.size() == 1 ? " program" : " programs")
        + (titles.isEmpty() ? "" : ", oldest first"));
    for (String t : titles) {
      out.println("    " + t);
    }
  }

  /** A number as short as it reads: {@code 0}, {@code 0.004}, {@code 1.0E-9}. */
  static String compact(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  private static String orDash(String s) {
    return s.isEmpty() ? "-" : s;
  }

  static String readable(long bytes) {
    String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB"};
    double v = bytes;
    int u = 0;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return u == 0 ? bytes + " bytes" : String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
  }
}
