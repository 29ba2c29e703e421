package org.sepyarn.client.command;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.sep3d.KeyRange;
import org.sepyarn.formats.sep3d.Sep3dDataset;
import org.sepyarn.formats.sep3d.TraceGrid;

/** Prints what {@code sepyarn info} adds for a SEP3D dataset: traces, header keys with ranges, grid. */
final class Sep3dInfoPrinter {
  private Sep3dInfoPrinter() {
  }

  static void print(Sep3dDataset d, List<KeyRange> ranges, Optional<TraceGrid> grid, PrintStream out) {
    out.println("SEP3D: " + d.traceCount() + " traces of " + d.traceAxis().n() + " samples, " + d.recordCount()
        + " header records in " + d.headers().header());
    out.printf("  %4s %-24s %-12s %16s %16s%n", "key", "name", "type", "min", "max");
    for (int k = 0; k < ranges.size(); k++) {
      KeyRange r = ranges.get(k);
      out.printf("  %4d %-24s %-12s %16s %16s%n", k + 1, r.key().name(), r.key().type().typeName(), number(r.min()),
          number(r.max()));
    }
    if (grid.isEmpty()) {
      out.println("  grid: none");
      return;
    }
    TraceGrid g = grid.get();
    out.println("  grid: " + d.gridDataset().orElseThrow().header() + ", " + g.cellCount() + " cells, "
        + g.filledCount() + " filled");
    out.printf("  %4s %10s %12s %12s  %s%n", "axis", "n", "o", "d", "label");
    List<Axis> axes = g.axes().axes();
    for (int i = 0; i < axes.size(); i++) {
      Axis a = axes.get(i);
      out.printf("  %4d %10d %12s %12s  %s%n", i + 1, a.n(), DatasetInfoPrinter.compact(a.o()),
          DatasetInfoPrinter.compact(a.d()), a.label().isEmpty() ? "-" : a.label());
    }
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "-" : DatasetInfoPrinter.compact(v);
  }
}
