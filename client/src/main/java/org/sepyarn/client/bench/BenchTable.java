package org.sepyarn.client.bench;

import java.util.Locale;
import java.util.Optional;

/** A {@link BenchReport} as a table for people. */
public final class BenchTable {
  private static final String ROW = "%-14s %9s %9s %10s %9s  %s%n";
  private static final String PHASE_ROW = "%-14s %9s %9s %9s %9s %9s %9s%n";
  private static final String NA = "n/a";

  private BenchTable() {
  }

  public static String format(BenchReport r) {
    StringBuilder sb = new StringBuilder();
    BenchShape s = r.shape();
    sb.append(String.format(Locale.ROOT, "sepyarn bench on %s: %d bytes (%d x %d x %d xdr floats), %d tasks per job%n",
        r.where(), s.bytes(), s.n1(), s.n2(), s.n3(), r.tasks()));
    sb.append(String.format(Locale.ROOT, ROW, "what", "seconds", "MB/s", "moved/out", "time/raw", ""));
    double raw = r.rawMedianSeconds();
    double[] range = r.rawRange();
    sb.append(String.format(Locale.ROOT, ROW, "raw copy", fixed(raw, 2), fixed(r.megabytesPerSecond(raw), 1),
        fixed(BenchReport.RAW_MOVED_PER_BYTE, 2), fixed(1, 2), "median of " + r.rawSeconds().size() + " ("
            + fixed(range[0], 2) + " to " + fixed(range[1], 2) + " s), interleaved with the jobs"));
    for (Measurement m : r.jobs()) {
      sb.append(String.format(Locale.ROOT, ROW, m.name(), fixed(m.seconds(), 2),
          fixed(r.megabytesPerSecond(m.seconds()), 1), orNa(BenchReport.movedPerOutputByte(m), 2),
          fixed(r.timeRatio(m.seconds()), 1), m.succeeded() ? m.application() : m.application() + " FAILED"));
    }
    sb.append(String.format(Locale.ROOT, "%nphases (seconds; container start and runner are means over tasks)%n"));
    sb.append(String.format(Locale.ROOT, PHASE_ROW, "job", "startup", "scatter", "container", "runner", "tasks",
        "merge"));
    for (Measurement m : r.jobs()) {
      PhaseTimes p = m.phases();
      sb.append(String.format(Locale.ROOT, PHASE_ROW, m.name(), orNa(p.startup(), 2),
          p.scatter().isPresent() ? orNa(p.scatter(), 2) : "-", orNa(p.containerStart(), 2), orNa(p.runner(), 2),
          orNa(p.tasks(), 2), orNa(p.merge(), 2)));
    }
    return sb.toString();
  }

  static String fixed(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  static String orNa(Optional<Double> v, int decimals) {
    return v.map(x -> fixed(x, decimals)).orElse(NA);
  }
}
