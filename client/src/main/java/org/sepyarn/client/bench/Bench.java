package org.sepyarn.client.bench;

import java.io.File;
import java.nio.file.Files;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.ExitCode;
import org.sepyarn.client.embedded.EmbeddedCluster;
import org.sepyarn.client.submit.ApplicationJar;

/**
 * {@code sepyarn bench}: picks the cluster (the configuration's, or embedded mini clusters in a
 * temporary folder), runs a {@link BenchRun} in a fresh folder there and prints the report.
 * Exit 0 when every job succeeded, 1 otherwise.
 */
public final class Bench {
  static final int EMBEDDED_NODE_MANAGERS = 2;
  static final int EMBEDDED_NODE_MEMORY_MB = 4096;
  static final String FOLDER_PREFIX = "sepyarn-bench-";

  private final Configuration conf;
  private final Console console;

  /** @param conf the user's configuration: the cluster, and {@code sepyarn.*} settings for the jobs */
  public Bench(Configuration conf, Console console) {
    this.conf = conf;
    this.console = console;
  }

  public int run(BenchOptions options) throws Exception {
    BenchShape shape = BenchShape.of(options.sizeBytes(), options.tasks());
    ApplicationJar.locate(conf);
    if (!options.embedded()) {
      return runOn(conf, shape, options, FileSystem.get(conf).getUri().toString());
    }
    File base = Files.createTempDirectory(FOLDER_PREFIX + "embedded-").toFile();
    try (EmbeddedCluster cluster = EmbeddedCluster.startWithNodeProcesses(new File(base, "clusters"),
        EMBEDDED_NODE_MANAGERS, EMBEDDED_NODE_MEMORY_MB, Map.of())) {
      return runOn(withSettings(cluster.configuration()), shape, options, "embedded mini clusters");
    } finally {
      FileUtil.fullyDelete(base);
    }
  }

  private int runOn(Configuration clusterConf, BenchShape shape, BenchOptions options, String where)
      throws Exception {
    FileSystem fs = FileSystem.get(clusterConf);
    Path parent = options.dir() == null ? fs.getHomeDirectory() : new Path(options.dir());
    Path folder = fs.makeQualified(new Path(parent, FOLDER_PREFIX + System.currentTimeMillis()));
    BenchRun run = new BenchRun(fs, new YarnJobLauncher(clusterConf, console), console.err());
    BenchReport report = run.run(folder, shape, options.tasks(), where);
    console.out().print(options.json() ? BenchJson.format(report) + System.lineSeparator()
        : BenchTable.format(report));
    boolean allSucceeded = report.jobs().stream().allMatch(Measurement::succeeded);
    return allSucceeded ? ExitCode.SUCCESS : ExitCode.JOB_FAILED;
  }

  /** The embedded cluster's configuration with the user's {@code sepyarn.*} settings. */
  private Configuration withSettings(Configuration clusterConf) {
    for (Map.Entry<String, String> e : conf.getPropsWithPrefix("sepyarn.").entrySet()) {
      clusterConf.set("sepyarn." + e.getKey(), e.getValue());
    }
    return clusterConf;
  }
}
