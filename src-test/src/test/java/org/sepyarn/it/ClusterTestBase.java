package org.sepyarn.it;

import java.io.File;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.junit.jupiter.api.AfterAll;
import org.sepyarn.am.yarn.RmHeartbeat;
import org.sepyarn.client.submit.AmJvmOptions;
import org.sepyarn.client.embedded.EmbeddedCluster;

/**
 * What every integration test class shares: one MiniDFSCluster and MiniYARNCluster started for
 * the whole class (by {@link #startClusters} from the class's own {@code @BeforeAll}), a client
 * configuration, a job runner and a local scratch folder; stopped after the class. Containers get
 * {@link HadoopClasspath Hadoop's classpath} and {@code sepyarn.jar}, nothing else. Test classes
 * run one after another, so the static fields belong to the class running.
 */
abstract class ClusterTestBase {
  protected static EmbeddedCluster cluster;
  protected static Configuration conf;
  protected static FileSystem fs;
  protected static JobRunner jobs;
  protected static File local;
  /** The clusters' configuration, as a real cluster's {@code HADOOP_CONF_DIR} holds it. */
  protected static File configurationFolder;

  /**
   * What the test clusters set for speed alone, no behaviour under test depending on it: the
   * ApplicationMasters call {@code allocate} every 200 ms rather than every second, so a container
   * is granted and taken, and a finished one seen, within a fraction of a second (a job of a few
   * short tasks otherwise waits several heartbeats for each round of containers); and they run, as
   * the task runners do, with the serial collector and without the optimizing compiler, which on
   * two shared cores cost more CPU than a test's short ApplicationMaster ever gains from them.
   * Jobs a test submits together run together: the capacity scheduler's default lets
   * ApplicationMasters hold a tenth of the cluster, less than two of them need, so it kept all but
   * one waiting.
   */
  private static final Map<String, String> TEST_CLUSTER_SETTINGS = Map.of(
      RmHeartbeat.KEY, "200",
      AmJvmOptions.KEY, "-XX:+UseSerialGC -XX:TieredStopAtLevel=1",
      "yarn.scheduler.capacity.maximum-am-resource-percent", "0.5");

  static void startClusters(Class<?> testClass, int nodeManagers) throws Exception {
    startClusters(testClass, nodeManagers, Map.of());
  }

  /**
   * Starts the clusters with {@code settings} on top of {@link #TEST_CLUSTER_SETTINGS}, on top of
   * the embedded cluster's own.
   */
  static void startClusters(Class<?> testClass, int nodeManagers, Map<String, String> settings) throws Exception {
    File base = new File("target/it/" + testClass.getSimpleName()).getAbsoluteFile();
    // An earlier run's files (a gate left open, an output) must not decide this run.
    FileUtil.fullyDelete(base);
    Map<String, String> all = new HashMap<>(TEST_CLUSTER_SETTINGS);
    all.putAll(settings);
    cluster = EmbeddedCluster.start(base, nodeManagers, 4096, HadoopClasspath.entries(), all);
    configurationFolder = new File(base, "conf");
    conf = cluster.configuration();
    fs = cluster.fileSystem();
    jobs = new JobRunner(conf, fs);
    local = new File(base, "local");
    local.mkdirs();
  }

  @AfterAll
  static void stopClusters() {
    if (jobs != null) {
      jobs.close();
      jobs = null;
    }
    if (cluster != null) {
      cluster.close();
      cluster = null;
    }
  }
}
