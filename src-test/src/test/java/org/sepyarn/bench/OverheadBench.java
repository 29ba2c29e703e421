package org.sepyarn.bench;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.sepyarn.client.embedded.EmbeddedCluster;

/**
 * Job overhead of sepyarn against the least YARN itself needs: on one MiniDFSCluster and
 * MiniYARNCluster (two NodeManagers whose containers get Hadoop's classpath only, as in the
 * integration tests), a sepyarn job of N tasks running {@code true} and a bare YARN application
 * ({@link BareYarnAm}, what distributedshell does) of N containers running {@code true}, for N =
 * 20 and 100, interleaved; after one unmeasured warm-up of each; and the same sepyarn job with
 * {@code tasksPerContainer} K, its containers running K tasks one after another. Prints seconds
 * and seconds per task for each and the ratios to the bare application.
 *
 * <p>Settings (system properties): {@code bench.tasks} (default {@code 20,100}),
 * {@code bench.perContainer} (K, default 10),
 * {@code bench.rounds} (default 1), {@code sepyarn.jar} and {@code hadoop.classpath.file} (set by
 * the {@code bench} profile).
 */
public final class OverheadBench {
  private static final String ROW = "%6s %6s %12s %12s %12s %14s %14s %14s %8s %8s%n";

  private OverheadBench() {
  }

  /** Runs the benchmark and exits: a YARN launcher thread of the stopped clusters would keep the JVM alive. */
  public static void main(String[] args) throws Exception {
    run();
    System.exit(0);
  }

  private static void run() throws Exception {
    int[] sizes = Arrays.stream(System.getProperty("bench.tasks", "20,100").split(",")).map(String::strip)
        .mapToInt(Integer::parseInt).toArray();
    int rounds = Integer.getInteger("bench.rounds", 1);
    int perContainer = Integer.getInteger("bench.perContainer", 10);
    File base = Files.createTempDirectory("sepyarn-overhead-bench-").toFile();
    try (EmbeddedCluster cluster = EmbeddedCluster.start(base, 2, 4096, hadoopClasspath(), Map.of())) {
      Configuration conf = cluster.configuration();
      SepyarnNoOpJob sepyarn = new SepyarnNoOpJob(conf);
      BareYarnJob bare = BareYarnJob.staged(conf, new Path("/bench/bare-yarn-am.jar"));
      System.out.println("warming up (one small job of each, not measured)");
      sepyarn.run(2, 1);
      bare.run(2);
      List<String> rows = new ArrayList<>();
      for (int round = 1; round <= rounds; round++) {
        for (int n : sizes) {
          boolean sepyarnFirst = round % 2 == 1;
          double s = sepyarnFirst ? sepyarn.run(n, 1) : 0;
          double r = sepyarnFirst ? sepyarn.run(n, perContainer) : 0;
          double b = bare.run(n);
          s = sepyarnFirst ? s : sepyarn.run(n, 1);
          r = sepyarnFirst ? r : sepyarn.run(n, perContainer);
          rows.add(String.format(Locale.ROOT, ROW, round, n, fixed(s), fixed(r), fixed(b), fixed(s / n),
              fixed(r / n), fixed(b / n), fixed(s / b), fixed(r / b)));
          System.out.print(rows.get(rows.size() - 1));
        }
      }
      System.out.println();
      System.out.println("OverheadBench: sepyarn job of N tasks running true (a container per task, and "
          + perContainer + " tasks per container) vs a bare YARN application (what distributedshell does) of N"
          + " containers running true; 2 NodeManagers, 256 MiB containers");
      System.out.printf(Locale.ROOT, ROW, "round", "tasks", "sepyarn s", "reuse s", "bare s", "sepyarn s/task",
          "reuse s/task", "bare s/task", "ratio", "reuse");
      rows.forEach(System.out::print);
    } finally {
      FileUtil.fullyDelete(base);
    }
  }

  private static String fixed(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** Hadoop's jars, as the build lists them for the integration tests (no sepyarn class). */
  static List<String> hadoopClasspath() throws java.io.IOException {
    String file = System.getProperty("hadoop.classpath.file");
    if (file == null) {
      throw new IllegalStateException("hadoop.classpath.file is not set: run through mvn -Pbench (see README)");
    }
    return List.of(Files.readString(new File(file).toPath()).strip().split(File.pathSeparator));
  }
}
