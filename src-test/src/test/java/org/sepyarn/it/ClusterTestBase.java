package org.sepyarn.it;

import java.io.File;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.AfterAll;
import org.sepyarn.client.embedded.EmbeddedCluster;

/**
 * What every integration test class shares: one MiniDFSCluster and MiniYARNCluster started for
 * the whole class (by {@link #startClusters} from the class's own {@code @BeforeAll}), a client
 * configuration, a job runner and a local scratch folder; stopped after the class. Test classes
 * run one after another, so the static fields belong to the class running.
 */
abstract class ClusterTestBase {
  protected static EmbeddedCluster cluster;
  protected static Configuration conf;
  protected static FileSystem fs;
  protected static JobRunner jobs;
  protected static File local;

  static void startClusters(Class<?> testClass, int nodeManagers) throws Exception {
    File base = new File("target/it/" + testClass.getSimpleName()).getAbsoluteFile();
    cluster = EmbeddedCluster.start(base, nodeManagers, 4096);
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
