package org.sepyarn.client.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The process of a standing embedded cluster ({@code sepyarn cluster start}): HDFS and the
 * ResourceManager in this JVM, each NodeManager in a JVM of its own, as {@code submit --embedded}
 * runs them, but kept up for job after job until SIGTERM ({@code sepyarn cluster stop}). Started
 * detached by {@link StandingCluster}, with its output in {@value #LOG} of its folder. Once the
 * clusters answer it publishes their configuration ({@link PublishedConfiguration}), so that the
 * commands of any shell reach them without flags, and then its {@link ClusterState}, which tells
 * them it is a standing cluster and where. SIGTERM stops it in order: the state and the published
 * files go first (no command is sent to a cluster that is stopping), then the NodeManagers, the
 * ResourceManager and HDFS, then the clusters' folder. It ignores SIGINT and SIGHUP: a Ctrl-C or
 * a closed terminal in the shell that started it is not meant for it.
 */
public final class EmbeddedClusterDaemon {
  /** The daemon's output, in its folder. */
  static final String LOG = "daemon.log";
  /** The clusters' state, in the daemon's folder; deleted at each start and stop. */
  static final String CLUSTERS = "clusters";

  private EmbeddedClusterDaemon() {
  }

  public static void main(String[] args) throws Exception {
    DaemonArguments arguments;
    try {
      arguments = DaemonArguments.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("sepyarn cluster daemon: " + e.getMessage());
      System.exit(2);
      return;
    }
    CountDownLatch stop = new CountDownLatch(1);
    Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
    Signal.handle(new Signal("HUP"), SignalHandler.SIG_IGN);
    Signal.handle(new Signal("TERM"), signal -> stop.countDown());
    int code;
    try {
      code = run(arguments, stop);
    } catch (IOException | RuntimeException e) {
      System.err.println("sepyarn cluster daemon: the clusters did not start: " + e);
      e.printStackTrace();
      code = 1;
    }
    System.exit(code);
  }

  /** Runs the clusters until {@code stop} opens; returns the exit code. */
  static int run(DaemonArguments arguments, CountDownLatch stop) throws IOException, InterruptedException {
    Path folder = PrivateFolder.of(arguments.folder());
    Path published = PrivateFolder.of(arguments.published());
    SessionLock lock;
    try {
      lock = SessionLock.hold(folder);
    } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
      System.err.println("sepyarn cluster daemon: another process uses " + folder + " (" + e.getMessage() + ")");
      return 2;
    }
    try {
      FileUtil.fullyDelete(folder.resolve(CLUSTERS).toFile());
      int code;
      try (EmbeddedCluster cluster = EmbeddedCluster.startWithNodeProcesses(folder.resolve(CLUSTERS).toFile(),
          arguments.nodes(), arguments.nodeMemoryMb(), arguments.settings())) {
        code = stop.getCount() == 0 ? 0 : serve(cluster, arguments.nodes(), folder, published, stop);
      }
      FileUtil.fullyDelete(folder.resolve(CLUSTERS).toFile());
      System.err.println("sepyarn cluster daemon: stopped");
      return code;
    } finally {
      lock.release();
    }
  }

  /**
   * Publishes the running clusters' configuration and state, and waits for {@code stop}; returns
   * the exit code (2 when an embedded session publishes in that folder already).
   */
  private static int serve(EmbeddedCluster cluster, int nodes, Path folder, Path published, CountDownLatch stop)
      throws IOException, InterruptedException {
    PublishedConfiguration.Outcome outcome = PublishedConfiguration.publish(published,
        cluster.configurationFolder().toPath());
    if (outcome.published().isEmpty()) {
      System.err.println("sepyarn cluster daemon: an embedded session" + outcome.holder().stream()
          .mapToObj(p -> " (process " + p + ")").findFirst().orElse("") + " publishes its configuration in "
          + published + "; start the standing cluster once it has ended");
      return 2;
    }
    try (PublishedConfiguration publication = outcome.published().get()) {
      ClusterState state = stateOf(cluster, folder, nodes);
      state.write(published);
      System.err.println("sepyarn cluster daemon: ready, ResourceManager web address http://"
          + state.resourceManagerWeb() + ", HDFS " + state.fileSystem());
      stop.await();
      System.err.println("sepyarn cluster daemon: stopping");
      ClusterState.remove(published);
    }
    return 0;
  }

  private static ClusterState stateOf(EmbeddedCluster cluster, Path folder, int nodes) {
    Configuration conf = cluster.configuration();
    ProcessHandle self = ProcessHandle.current();
    return new ClusterState(self.pid(), self.info().startInstant(), folder,
        conf.get(YarnConfiguration.RM_WEBAPP_ADDRESS), conf.get(YarnConfiguration.RM_ADDRESS),
        conf.get(FileSystem.FS_DEFAULT_NAME_KEY), cluster.configurationFolder().toPath().toAbsolutePath(), nodes);
  }
}
