package org.sepyarn.client.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.ExitCode;
import org.sepyarn.client.cli.ExitNoise;
import org.sepyarn.client.job.CheckedJob;
import org.sepyarn.client.monitor.DetachOnInterrupt;
import org.sepyarn.client.monitor.JobMonitor;
import org.sepyarn.client.monitor.JobOutcome;
import org.sepyarn.client.submit.SubmitFlow;
import org.sepyarn.client.submit.Submitted;

/**
 * Started embedded clusters, in a fresh folder, that run local jobs one after another: each job's
 * local files are copied in, the job is submitted and followed with the same {@link SubmitFlow}
 * as on a real cluster, and its outputs are copied back when it succeeds. Closing stops the
 * clusters and deletes the folder unless asked to keep it; so does the end of this process
 * (Ctrl-C) before then. A process killed outright (SIGKILL) can do neither: its folder stays marked
 * as a session's ({@link SessionLock}), its NodeManager processes kill their containers and end,
 * and the next embedded start stops whatever it left running and deletes it ({@link DeadSessions}).
 */
public final class EmbeddedSession implements AutoCloseable {
  /** Mini-cluster state goes into a fresh folder whose name starts with this, under {@code java.io.tmpdir}. */
  static final String FOLDER_PREFIX = "sepyarn-embedded-";
  static final int NODE_MANAGERS = 2;
  /** Memory each NodeManager offers at least; more when a job's task and ApplicationMaster need it. */
  public static final int MIN_NODE_MEMORY_MB = 4096;

  private final Configuration conf;
  private final Console console;
  private final Path folder;
  private final SessionLock lock;
  private final boolean keepFolder;
  private final EmbeddedCluster cluster;
  private final DetachOnInterrupt stopOnExit;
  private PublishedConfiguration published;
  private int jobs;
  private boolean closed;

  private EmbeddedSession(Configuration conf, Console console, Path folder, SessionLock lock, boolean keepFolder,
      EmbeddedCluster cluster) {
    this.conf = conf;
    this.console = console;
    this.folder = folder;
    this.lock = lock;
    this.keepFolder = keepFolder;
    this.cluster = cluster;
    this.stopOnExit = DetachOnInterrupt.install(console.err(), "stopping the embedded clusters; a job running on"
        + " them ends with them", this::closeAtExit);
  }

  /**
   * Starts the clusters.
   *
   * @param conf settings ({@code sepyarn.*} keys) to carry over to the jobs
   * @param nodeMemoryMb memory each NodeManager offers to containers
   * @param keepFolder keep the clusters' folder (logs, work folders) when closing
   */
  public static EmbeddedSession start(Configuration conf, Console console, int nodeMemoryMb, boolean keepFolder)
      throws IOException {
    DeadSessions.clean(Path.of(System.getProperty("java.io.tmpdir")), FOLDER_PREFIX, console.err());
    standingClusterNotice(conf, console);
    Path folder = Files.createTempDirectory(FOLDER_PREFIX);
    SessionLock lock = null;
    console.err().println("starting HDFS and a ResourceManager in this process and " + NODE_MANAGERS
        + " NodeManagers in processes of their own (" + folder + ")");
    Map<String, String> settings = ClusterSettings.given(conf);
    if (!settings.isEmpty()) {
      console.err().println("cluster settings given with -D: " + settings);
    }
    try {
      lock = SessionLock.hold(folder);
      EmbeddedCluster cluster = EmbeddedCluster.startWithNodeProcesses(new File(folder.toFile(), "clusters"),
          NODE_MANAGERS, nodeMemoryMb, settings);
      EmbeddedSession session = new EmbeddedSession(conf, console, folder, lock, keepFolder, cluster);
      try {
        session.announce();
      } catch (IOException | RuntimeException e) {
        session.close();
        throw e;
      }
      return session;
    } catch (IOException | RuntimeException e) {
      if (lock != null) {
        lock.close();
      }
      FileUtil.fullyDelete(folder.toFile());
      throw e;
    }
  }

  /**
   * Says, when a standing embedded cluster runs ({@code sepyarn cluster start}), that this
   * session does not use it: a session brings its local files in and their outputs back, with
   * clusters of its own.
   */
  private static void standingClusterNotice(Configuration conf, Console console) {
    Path published = PublishedConfiguration.folder(conf, Path.of(System.getProperty("user.home")));
    try {
      ClusterState.read(published).filter(s -> s.isLive(ClusterState.Processes.ofSystem())).ifPresent(s ->
          console.err().println("a standing embedded cluster runs (process " + s.pid() + ", sepyarn cluster status);"
              + " --embedded does not use it but starts clusters of its own, to bring this job's local files in and"
              + " its outputs back. To run a job on the standing cluster, submit it without --embedded, its datasets"
              + " on that cluster's HDFS (" + s.fileSystem() + ") or local ones named by file: URIs"));
    } catch (IOException e) {
      // An unreadable state file changes nothing for this session.
    }
  }

  /**
   * Prints the ResourceManager's web address and the configuration's folder, and publishes the
   * configuration for the commands of other shells ({@link PublishedConfiguration}).
   */
  private void announce() throws IOException {
    Configuration clusterConf = cluster.configuration();
    Path confFolder = cluster.configurationFolder().toPath();
    console.err().println("ResourceManager web address: http://" + clusterConf.get(YarnConfiguration.RM_WEBAPP_ADDRESS)
        + " (the job's page at /proxy/APPID/, REST at /ws/v1/cluster/apps)");
    console.err().println("clusters' configuration: " + confFolder);
    Path publishIn = PublishedConfiguration.folder(conf, Path.of(System.getProperty("user.home")));
    PublishedConfiguration.Outcome outcome = PublishedConfiguration.publish(publishIn, confFolder);
    published = outcome.published().orElse(null);
    if (published != null) {
      console.err().println("from another shell, sepyarn status|logs|kill APPID reach these clusters while this"
          + " runs (configuration published in " + published.confFolder() + ")");
    } else {
      console.err().println(publisher(publishIn) + outcome.holder().stream().mapToObj(p -> " (process " + p + ")")
          .findFirst().orElse("") + " publishes its configuration in " + publishIn + "; to reach these clusters from"
          + " another shell, give their configuration: sepyarn -conf " + confFolder.resolve("yarn-site.xml")
          + " status APPID");
    }
  }

  /** Who holds the published folder {@code folder}: the standing cluster, when its state names the holder. */
  private static String publisher(Path folder) {
    java.util.OptionalLong holder = SessionLock.recordedPid(folder);
    try {
      boolean standing = holder.isPresent()
          && ClusterState.read(folder).map(s -> s.pid() == holder.getAsLong()).orElse(false);
      return standing ? "the standing embedded cluster" : "another embedded session";
    } catch (IOException e) {
      return "another embedded session";
    }
  }

  /** The local file system as the default: where the embedded mode finds a job's local files. */
  public static Configuration localConfiguration(Configuration base) {
    Configuration local = new Configuration(base);
    local.set(FileSystem.FS_DEFAULT_NAME_KEY, "file:///");
    return local;
  }

  /**
   * Runs a job checked on the local file system ({@link #localConfiguration}); returns 0 when it
   * succeeded and its outputs are back, 1 when it failed or was killed.
   */
  public int run(CheckedJob localJob) throws Exception {
    Configuration clusterConf = withSettings(cluster.configuration());
    Configuration localConf = localConfiguration(conf);
    FileSystem hdfs = cluster.fileSystem();
    org.apache.hadoop.fs.Path jobFolder = new org.apache.hadoop.fs.Path(hdfs.getHomeDirectory(),
        "embedded/job-" + ++jobs);
    EmbeddedJob embedded = new EmbeddedStaging(localConf, hdfs, jobFolder, console.err()).stage(localJob);
    int code = runOnCluster(embedded.job());
    if (code == ExitCode.SUCCESS) {
      new OutputReturn(clusterConf, localConf, console.out()).bringBack(embedded);
    }
    return code;
  }

  /**
   * Submits and follows a job whose files are already on the embedded clusters; returns 0 when it
   * succeeded, 1 when it failed or was killed.
   */
  public int runOnCluster(org.sepyarn.formats.job.JobSpec job) throws Exception {
    Configuration clusterConf = withSettings(cluster.configuration());
    SubmitFlow flow = new SubmitFlow(clusterConf, console);
    try (YarnClient yarn = YarnClient.createYarnClient()) {
      yarn.init(clusterConf);
      yarn.start();
      Submitted submitted = flow.submit(yarn, flow.prepare(job));
      JobMonitor.Ending ending = flow.follow(yarn, submitted);
      return JobOutcome.report(submitted.id(), ending, console.out());
    }
  }

  /** The embedded HDFS, and a fresh folder of it for the next job's files. */
  public org.apache.hadoop.fs.Path nextJobFolder() throws IOException {
    FileSystem hdfs = cluster.fileSystem();
    return hdfs.makeQualified(new org.apache.hadoop.fs.Path(hdfs.getHomeDirectory(), "embedded/job-" + ++jobs));
  }

  /** The embedded clusters' configuration, with the user's {@code sepyarn.*} settings. */
  public Configuration clusterConfiguration() {
    return withSettings(cluster.configuration());
  }

  /** The cluster's configuration with the user's {@code sepyarn.*} settings. */
  private Configuration withSettings(Configuration clusterConf) {
    for (Map.Entry<String, String> e : conf.getPropsWithPrefix("sepyarn.").entrySet()) {
      clusterConf.set("sepyarn." + e.getKey(), e.getValue());
    }
    return clusterConf;
  }

  private void unpublish() {
    if (published == null) {
      return;
    }
    try {
      published.close();
    } catch (IOException e) {
      console.err().println("cannot remove the published configuration " + published.confFolder() + ": "
          + e.getMessage());
    }
  }

  /**
   * {@link #close} as the process ends (Ctrl-C): Hadoop's daemons then fail to remove their own
   * shutdown hooks ({@code IllegalStateException: Shutdown in progress}), in this thread and in
   * theirs, which is no news to the user; anything else is said in one line.
   */
  private void closeAtExit() {
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      if (!ExitNoise.isShutdownNoise(e)) {
        console.err().println("(while the clusters stop, " + thread.getName() + ": " + e + ")");
      }
    });
    try {
      close();
    } catch (RuntimeException e) {
      if (!ExitNoise.isShutdownNoise(e)) {
        throw e;
      }
    }
  }

  /** Stops the clusters and deletes their folder, unless it is to be kept. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    console.err().println("stopping the embedded clusters");
    try {
      unpublish();
      cluster.close();
    } finally {
      try {
        if (keepFolder) {
          lock.release();
        } else {
          lock.close();
        }
      } catch (IOException e) {
        console.err().println("cannot unlock " + folder + ": " + e.getMessage());
      }
      if (keepFolder) {
        console.err().println("kept the embedded clusters' folder (logs, work folders): " + folder);
      } else if (!FileUtil.fullyDelete(folder.toFile())) {
        console.err().println("could not delete all of " + folder + "; remove it by hand");
      }
      // Only now: Ctrl-C while stopping still waits for the folder to be cleaned up.
      stopOnExit.close();
    }
  }
}
