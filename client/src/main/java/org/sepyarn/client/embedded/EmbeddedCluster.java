package org.sepyarn.client.embedded;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.hdfs.client.HdfsClientConfigKeys;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.MiniYARNCluster;
import org.apache.hadoop.yarn.server.nodemanager.NodeManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real HDFS and a real YARN started by this process: a {@link MiniDFSCluster} and a
 * {@link MiniYARNCluster} whose NodeManagers launch real containers as child processes. Used by
 * {@code sepyarn submit --embedded}, by {@code sepyarn demo} and by the integration tests, so all
 * three run exactly the code a real cluster runs.
 *
 * <p>Two forms. For the command line ({@link #startWithNodeProcesses}), HDFS and the
 * ResourceManager run in this process and each NodeManager in a JVM of its own
 * ({@link NodeManagerProcess}): Hadoop's web apps share one Guice pipeline per JVM, so only then do
 * the ResourceManager's pages and each NodeManager's log pages answer. For the integration tests
 * ({@link #start(File, int, int, List, Map)}), the NodeManagers too run in this process, where a
 * test can stop one or read its state ({@link #yarn()}), and only the web pages suffer.
 */
public final class EmbeddedCluster implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCluster.class);
  /** How many sets of ResourceManager ports to try before giving up. */
  private static final int PORT_ATTEMPTS = 3;

  /** How long closing waits for the NodeManager processes' orderly stop before it kills them. */
  private static final Duration NODE_STOP_WAIT = Duration.ofSeconds(30);

  private final MiniDFSCluster dfs;
  private final MiniYARNCluster yarn;
  private final Configuration conf;
  private final int inProcessNodeManagers;
  private final List<NodeManagerProcess> nodeProcesses;
  private File confDir;

  private EmbeddedCluster(MiniDFSCluster dfs, MiniYARNCluster yarn, Configuration conf, int inProcessNodeManagers,
      List<NodeManagerProcess> nodeProcesses) {
    this.dfs = dfs;
    this.yarn = yarn;
    this.conf = conf;
    this.inProcessNodeManagers = inProcessNodeManagers;
    this.nodeProcesses = new ArrayList<>(nodeProcesses);
  }

  /** Starts the NodeManager processes for a configuration that holds the ResourceManager's addresses. */
  @FunctionalInterface
  private interface NodeLaunch {
    void launch(Configuration conf, List<NodeManagerProcess> into) throws IOException;
  }

  /**
   * Starts HDFS and the ResourceManager in this process and {@code nodeManagers} NodeManagers in
   * processes of their own, all with their state under {@code baseDir}; containers get this JVM's
   * classpath as the cluster's Hadoop, and so do the NodeManagers.
   *
   * @param nodeManagers how many NodeManagers (at least two to see tasks spread and moved)
   * @param nodeMemoryMb memory each NodeManager offers to containers
   * @param settings cluster settings (the user's {@code -D yarn.*}) on top of the embedded defaults
   */
  public static EmbeddedCluster startWithNodeProcesses(File baseDir, int nodeManagers, int nodeMemoryMb,
      Map<String, String> settings) throws IOException {
    List<String> classpath = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    return start(baseDir, nodeManagers, nodeMemoryMb, classpath, settings, new File(baseDir, "yarn"), true);
  }

  /**
   * Starts the clusters with their state under {@code baseDir}, every daemon in this process.
   *
   * @param nodeManagers how many NodeManagers (at least two to see tasks spread and moved)
   * @param nodeMemoryMb memory each NodeManager offers to containers
   * @param nodeClasspath what the nodes offer containers as {@code yarn.application.classpath}:
   *     the cluster's Hadoop installation, which a real cluster keeps in its {@code share/hadoop}
   * @param settings cluster settings on top of the embedded defaults (log aggregation, for one)
   */
  public static EmbeddedCluster start(File baseDir, int nodeManagers, int nodeMemoryMb, List<String> nodeClasspath,
      Map<String, String> settings) throws IOException {
    return start(baseDir, nodeManagers, nodeMemoryMb, nodeClasspath, settings, null, false);
  }

  /**
   * As {@link #start(File, int, int, List, Map)}, with the NodeManagers' folders (local, logs, the
   * containers' pid files) in {@code yarnDir}, or, when null, where Hadoop's test helpers put them
   * ({@code target/test/data} of the current folder, where the integration tests look); with
   * {@code nodeProcesses}, each NodeManager in a process of its own.
   */
  private static EmbeddedCluster start(File baseDir, int nodeManagers, int nodeMemoryMb, List<String> nodeClasspath,
      Map<String, String> settings, File yarnDir, boolean nodeProcesses) throws IOException {
    long begin = System.nanoTime();
    Configuration conf = new YarnConfiguration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, new File(baseDir, "dfs").getAbsolutePath());
    conf.setInt(YarnConfiguration.RM_SCHEDULER_MINIMUM_ALLOCATION_MB, 64);
    conf.setInt(YarnConfiguration.NM_PMEM_MB, nodeMemoryMb);
    // What MiniYARNCluster gives its in-process NodeManagers instead of the above (4096 unless set).
    conf.setInt(YarnConfiguration.YARN_MC_PREFIX + YarnConfiguration.NM_PMEM_MB, nodeMemoryMb);
    conf.setInt(YarnConfiguration.NM_VCORES, 4);
    conf.setBoolean(YarnConfiguration.NM_VMEM_CHECK_ENABLED, false);
    conf.setFloat(YarnConfiguration.NM_MAX_PER_DISK_UTILIZATION_PERCENTAGE, 100.0f);
    conf.setInt(YarnConfiguration.NM_MIN_PER_DISK_FREE_SPACE_MB, 0);
    conf.setInt("dfs.replication", 1);
    conf.set("yarn.nodemanager.delete.debug-delay-sec", "600");
    // Notice a lost NodeManager within seconds, not the ten minutes a real cluster waits.
    conf.setInt(YarnConfiguration.RM_NM_EXPIRY_INTERVAL_MS, 8000);
    conf.setInt(YarnConfiguration.RM_NM_HEARTBEAT_INTERVAL_MS, 500);
    // An ApplicationMaster that has not registered or beaten for a minute is given up (YARN's default
    // is ten). Not less: on two loaded cores a JVM with Hadoop's classes may take 20 s to register,
    // and the bench's fast-axis job lost both its attempts so at 20 s.
    conf.setLong(YarnConfiguration.RM_AM_EXPIRY_INTERVAL_MS, 60000);
    // A stopping NodeManager waits this long (plus the delay before SIGKILL and a second) for its
    // applications' cleanup: 5 s by default, long for a cluster that stops when its job is done.
    conf.setLong(YarnConfiguration.NM_PROCESS_KILL_WAIT_MS, 1000);
    // A file's close asks the NameNode to complete it until the DataNode has reported the last
    // block, sleeping 400 ms, then twice as long, between tries by default. On one machine the report
    // follows within milliseconds, and the default costs 0.4 s per small file (a job's end writes a
    // dozen); start at 25 ms and keep tolerance for a loaded machine with more tries (25.6 s in all,
    // twice the default's 12.4 s).
    conf.setInt(HdfsClientConfigKeys.BlockWrite.LOCATEFOLLOWINGBLOCK_INITIAL_DELAY_MS_KEY, 25);
    conf.setInt(HdfsClientConfigKeys.BlockWrite.LOCATEFOLLOWINGBLOCK_RETRIES_KEY, 10);
    conf.set(YarnConfiguration.YARN_APPLICATION_CLASSPATH, String.join(",", nodeClasspath));
    settings.forEach(conf::set);

    MiniDFSCluster dfs = new MiniDFSCluster.Builder(conf, new File(baseDir, "dfs"))
        .numDataNodes(1).format(true).build();
    dfs.waitActive();
    conf.set(FileSystem.FS_DEFAULT_NAME_KEY, dfs.getFileSystem().getUri().toString());

    // A container outlives a client killed with its clusters: its ApplicationMaster gives the vanished
    // ResourceManager up after a minute, not the fifteen YARN waits by default.
    conf.setLong(YarnConfiguration.RESOURCEMANAGER_CONNECT_MAX_WAIT_MS, 60_000);
    conf.setLong(YarnConfiguration.RESOURCEMANAGER_CONNECT_RETRY_INTERVAL_MS, 2_000);
    int inProcess = nodeProcesses ? 0 : nodeManagers;
    NodeLaunch launch = nodeProcesses ? (rmConf, into) -> startNodeProcesses(rmConf, nodeManagers, yarnDir,
        nodeClasspath, settings, into) : (rmConf, into) -> { };
    List<NodeManagerProcess> launched = new ArrayList<>();
    MiniYARNCluster yarn;
    try {
      yarn = startYarn(conf, inProcess, yarnDir, launch, launched);
    } catch (IOException | RuntimeException e) {
      kill(launched);
      dfs.shutdown();
      throw e;
    }
    EmbeddedCluster cluster = new EmbeddedCluster(dfs, yarn, new YarnConfiguration(yarn.getConfig()), inProcess,
        launched);
    try {
      cluster.waitForNodeManagers(nodeManagers);
      cluster.publishConfiguration(new File(baseDir, "conf"));
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
    LOG.info("embedded HDFS {} and YARN with {} NodeManagers{} ready in {} ms",
        cluster.conf.get(FileSystem.FS_DEFAULT_NAME_KEY), nodeManagers, nodeProcesses ? " in processes" : "",
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
    return cluster;
  }

  private static void startNodeProcesses(Configuration clusters, int count, File yarnDir, List<String> classpath,
      Map<String, String> settings, List<NodeManagerProcess> into) throws IOException {
    for (int i = 0; i < count; i++) {
      File folder = new File(yarnDir, "nodemanager-" + i);
      Configuration node = NodeManagerSettings.of(clusters, folder, MiniYARNCluster.getHostname(), settings);
      into.add(NodeManagerProcess.start(folder, node, classpath));
    }
  }

  /** Kills NodeManager processes that were started for a ResourceManager that did not start. */
  private static void kill(List<NodeManagerProcess> nodes) {
    for (NodeManagerProcess node : nodes) {
      try {
        node.kill();
      } catch (IOException e) {
        LOG.warn("cannot stop the containers of the NodeManager in {}: {}", node.folder(), e.toString());
      }
    }
    nodes.clear();
  }

  /**
   * Starts YARN on ResourceManager ports chosen just before ({@link ResourceManagerPorts}); tries
   * again with other ports when another process took one in between. The NodeManager processes
   * {@code launch} starts into {@code launched} start first, with those ports: their JVMs boot while
   * the ResourceManager starts, and they register once it answers.
   */
  private static MiniYARNCluster startYarn(Configuration conf, int nodeManagers, File yarnDir, NodeLaunch launch,
      List<NodeManagerProcess> launched) throws IOException {
    for (int attempt = 1; ; attempt++) {
      ResourceManagerPorts.assign(conf, MiniYARNCluster.getHostname());
      launch.launch(conf, launched);
      MiniYARNCluster yarn = inFolder(yarnDir, () -> new MiniYARNCluster("sepyarn", nodeManagers, 1, 1));
      try {
        yarn.init(conf);
        yarn.start();
        return yarn;
      } catch (RuntimeException e) {
        yarn.stop();
        kill(launched);
        if (attempt >= PORT_ATTEMPTS || !ResourceManagerPorts.isPortTaken(e)) {
          throw e;
        }
        LOG.info("a ResourceManager port was taken before YARN started ({}); trying other ports", e.toString());
      }
    }
  }

  /**
   * Makes {@code make} (a {@link MiniYARNCluster}) keep its NodeManagers' folders (local, logs, the
   * containers' pid files) in {@code dir} when not null, inside the clusters' folder, rather than in
   * {@code target/test/data} of the current folder: Hadoop's test helpers take that folder from
   * the system property {@code test.build.data}, set only meanwhile.
   */
  private static MiniYARNCluster inFolder(File dir, java.util.function.Supplier<MiniYARNCluster> make) {
    if (dir == null) {
      return make.get();
    }
    String property = "test.build.data";
    String before = System.getProperty(property);
    System.setProperty(property, dir.getAbsolutePath());
    try {
      return make.get();
    } finally {
      if (before == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, before);
      }
    }
  }

  private void waitForNodeManagers(int expected) throws IOException {
    long deadline = System.currentTimeMillis() + 60_000;
    try {
      while (yarn.getResourceManager().getRMContext().getRMNodes().size() < expected
          || conf.get(YarnConfiguration.RM_ADDRESS, "").endsWith(":0")) {
        for (NodeManagerProcess node : nodeProcesses) {
          if (!node.isAlive()) {
            throw new IOException("a NodeManager did not start: " + node.ending());
          }
        }
        if (System.currentTimeMillis() > deadline) {
          throw new IOException("only " + yarn.getResourceManager().getRMContext().getRMNodes().size() + " of "
              + expected + " NodeManagers registered within 60 s");
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for NodeManagers", e);
    }
  }

  /**
   * Writes the clusters' configuration where containers find it, first on their classpath, as
   * {@code HADOOP_CONF_DIR} is on a real cluster: the ApplicationMaster needs the
   * ResourceManager's addresses, which only exist once the clusters run.
   */
  private void publishConfiguration(File confDir) throws IOException {
    if (!confDir.isDirectory() && !confDir.mkdirs()) {
      throw new IOException("cannot create " + confDir);
    }
    this.confDir = confDir;
    conf.set(YarnConfiguration.YARN_APPLICATION_CLASSPATH, confDir.getAbsolutePath() + ","
        + conf.get(YarnConfiguration.YARN_APPLICATION_CLASSPATH));
    try (java.io.OutputStream out = new java.io.FileOutputStream(new File(confDir, "yarn-site.xml"))) {
      conf.writeXml(out);
    }
    try (java.io.OutputStream out = new java.io.FileOutputStream(new File(confDir, "core-site.xml"))) {
      conf.writeXml(out);
    }
  }

  /** The folder of the clusters' {@code core-site.xml} and {@code yarn-site.xml}, as a {@code HADOOP_CONF_DIR}. */
  public File configurationFolder() {
    return confDir;
  }

  /** The configuration a client uses to reach these clusters. */
  public Configuration configuration() {
    return new Configuration(conf);
  }

  public FileSystem fileSystem() throws IOException {
    return dfs.getFileSystem();
  }

  public MiniYARNCluster yarn() {
    return yarn;
  }

  public MiniDFSCluster dfs() {
    return dfs;
  }

  /** The NodeManagers' processes, when they run in processes of their own ({@link #startWithNodeProcesses}). */
  List<NodeManagerProcess> nodeProcesses() {
    return List.copyOf(nodeProcesses);
  }

  /**
   * Stops YARN, then HDFS. The NodeManagers stop side by side: each waits for its applications'
   * cleanup and its log handler (several seconds), which one after the other would add up.
   */
  @Override
  public void close() {
    try {
      stopNodeProcesses();
      stopNodeManagers();
      yarn.stop();
    } finally {
      dfs.shutdown();
    }
  }

  /** Asks every NodeManager process to stop, waits for them together, and kills those that would not. */
  private void stopNodeProcesses() {
    nodeProcesses.forEach(NodeManagerProcess::requestStop);
    long deadline = System.nanoTime() + NODE_STOP_WAIT.toNanos();
    for (NodeManagerProcess node : nodeProcesses) {
      try {
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        if (!node.awaitEnd(left)) {
          LOG.warn("the NodeManager process {} did not stop within {} s; killing it", node.pid(),
              NODE_STOP_WAIT.toSeconds());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try {
        node.kill();
      } catch (IOException e) {
        LOG.warn("cannot stop the containers of the NodeManager in {}: {}", node.folder(), e.toString());
      }
    }
    nodeProcesses.clear();
  }

  private void stopNodeManagers() {
    List<Thread> stopping = new ArrayList<>();
    for (int i = 0; i < inProcessNodeManagers; i++) {
      NodeManager nm = yarn.getNodeManager(i);
      Thread t = new Thread(nm::stop, "stop-nodemanager-" + i);
      t.start();
      stopping.add(t);
    }
    for (Thread t : stopping) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
