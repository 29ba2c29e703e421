package org.sepyarn.client.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One benchmark: writes the synthetic dataset in a fresh folder, then runs a raw copy before
 * each job and after the last (so load on the machine falls on both alike), and deletes the
 * folder at the end, whatever happened.
 */
public final class BenchRun {
  private final FileSystem fs;
  private final JobLauncher launcher;
  private final PrintStream log;

  BenchRun(FileSystem fs, JobLauncher launcher, PrintStream log) {
    this.fs = fs;
    this.launcher = launcher;
    this.log = log;
  }

  /**
   * Runs everything in {@code folder} (created, and deleted at the end).
   *
   * @param where how the report names the cluster
   */
  BenchReport run(Path folder, BenchShape shape, int tasks, String where) throws Exception {
    if (fs.exists(folder)) {
      throw new java.io.IOException(folder + " already exists: the benchmark uses a fresh folder");
    }
    try {
      Path input = new Path(folder, "input.H");
      log.println("bench: writing " + shape.bytes() + " bytes (" + shape.n1() + " x " + shape.n2() + " x "
          + shape.n3() + " floats) to " + input);
      Path binary = SyntheticDataset.write(fs, input, shape);
      Path rawTarget = new Path(folder, "raw-copy@");
      BenchJobs jobs = new BenchJobs(shape, tasks);
      List<Double> raw = new ArrayList<>();
      List<Measurement> measured = new ArrayList<>();
      for (BenchJobs.Kind kind : BenchJobs.Kind.values()) {
        raw.add(rawCopy(binary, rawTarget));
        Path output = new Path(folder, kind.name().toLowerCase(java.util.Locale.ROOT) + ".H");
        log.println("bench: running " + kind.label());
        measured.add(launcher.run(kind.label(), jobs.job(kind, input, output)));
        fs.delete(output, false);
        fs.delete(new Path(folder, output.getName() + "@"), false);
      }
      raw.add(rawCopy(binary, rawTarget));
      return new BenchReport(shape, tasks, where, raw, measured);
    } finally {
      fs.delete(folder, true);
    }
  }

  private double rawCopy(Path binary, Path target) throws java.io.IOException {
    double seconds = RawCopy.run(fs, binary, target);
    log.println("bench: raw copy " + BenchTable.fixed(seconds, 2) + " s");
    return seconds;
  }
}
