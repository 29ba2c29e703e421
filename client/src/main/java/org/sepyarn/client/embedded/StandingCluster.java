package org.sepyarn.client.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileUtil;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.ExitCode;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.monitor.DetachOnInterrupt;

/**
 * {@code sepyarn cluster start|status|stop}: one embedded cluster kept up for several jobs by a
 * detached process of its own ({@link EmbeddedClusterDaemon}), found through its
 * {@link ClusterState} in the published folder ({@link PublishedConfiguration}). A state whose
 * process is gone is stale: {@code stop} and the next {@code start} clean up after it (the
 * NodeManager and container processes it left, its published files, its clusters' folder).
 */
public final class StandingCluster {
  /** {@code status}'s exit code when no standing cluster runs (as an init script's {@code status} says "not running"). */
  public static final int NOT_RUNNING = 3;
  /** {@code status}'s exit code when the state says one runs but its process is gone. */
  public static final int DEAD = 1;
  /** The daemon's folder under the home folder, unless {@code --dir} names another. */
  public static final String DEFAULT_FOLDER = ".sepyarn/cluster";
  static final String ARGUMENTS_FILE = "java.args";
  /** Enough for HDFS and a ResourceManager with a few jobs. */
  static final List<String> JVM_OPTIONS = List.of("-Xmx1g", "-XX:+UseSerialGC");
  static final Duration START_WAIT = Duration.ofMinutes(3);
  static final Duration STOP_WAIT = Duration.ofMinutes(2);

  private final Configuration conf;
  private final Console console;
  private final Path published;
  private final ClusterState.Processes processes;

  /**
   * @param conf the command's settings: {@link PublishedConfiguration#FOLDER_KEY} and the user's {@code -D yarn.*}
   * @param home the user's home folder, where the published folder is by default
   */
  public StandingCluster(Configuration conf, Console console, Path home, ClusterState.Processes processes) {
    this.conf = conf;
    this.console = console;
    this.published = PublishedConfiguration.folder(conf, home);
    this.processes = processes;
  }

  /**
   * Starts the daemon with {@code nodes} NodeManagers in {@code folder} and returns once its
   * clusters answer (0), or when it failed (1); refuses (exit 2) when a standing cluster or an
   * embedded session runs already.
   */
  public int start(int nodes, Path folder) throws IOException, InvalidInputException, InterruptedException {
    Optional<ClusterState> existing = readState();
    if (existing.isPresent() && existing.get().isLive(processes)) {
      throw new InvalidInputException("a standing embedded cluster runs already (process " + existing.get().pid()
          + ", ResourceManager web address http://" + existing.get().resourceManagerWeb() + "); stop it first"
          + " with: sepyarn cluster stop");
    }
    if (existing.isPresent()) {
      cleanUpAfter(existing.get());
    }
    OptionalLong session = SessionLock.recordedPid(published);
    if (session.isPresent() && processes.startOf(session.getAsLong()).isPresent()
        && Files.isDirectory(PublishedConfiguration.confFolder(published))) {
      throw new InvalidInputException("an embedded session (process " + session.getAsLong() + ", a submit"
          + " --embedded) publishes its configuration in " + published + "; start the standing cluster once it has"
          + " ended, or give it another place with -D " + PublishedConfiguration.FOLDER_KEY + "=DIR");
    }
    Path dir = PrivateFolder.of(folder.toAbsolutePath());
    PrivateFolder.of(published);
    DaemonArguments arguments = new DaemonArguments(dir, published.toAbsolutePath(), nodes,
        EmbeddedSession.MIN_NODE_MEMORY_MB, ClusterSettings.given(conf));
    console.err().println("starting a standing embedded cluster: HDFS and a ResourceManager in a process of its own"
        + " and " + nodes + " NodeManager" + (nodes == 1 ? "" : "s") + " in processes of theirs (" + dir + ")");
    Process daemon = launch(arguments);
    try (DetachOnInterrupt ignored = DetachOnInterrupt.install(console.err(), "stopping the standing cluster that"
        + " was starting", () -> stopStarting(daemon))) {
      return awaitReady(daemon, dir);
    }
  }

  private Process launch(DaemonArguments arguments) throws IOException {
    Path dir = arguments.folder();
    List<String> classpath = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    Path options = dir.resolve(ARGUMENTS_FILE);
    Files.writeString(options, "-cp " + NodeManagerProcess.quoted(String.join(File.pathSeparator,
        NodeManagerProcess.withThisClass(classpath))) + "\n", StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>();
    command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
    command.addAll(JVM_OPTIONS);
    command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
    command.add("-Dlog4j.configuration=sepyarn-client-log4j.properties");
    command.add("@" + options);
    command.add(EmbeddedClusterDaemon.class.getName());
    command.addAll(arguments.toList());
    return new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve(EmbeddedClusterDaemon.LOG).toFile())
        .start();
  }

  private int awaitReady(Process daemon, Path dir) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<ClusterState> state = readState();
      if (state.isPresent() && state.get().pid() == daemon.pid()) {
        console.err().println("the standing embedded cluster runs (process " + daemon.pid() + ")");
        describe(state.get());
        console.err().println("submit, status, logs, kill and resume from any shell now use it when no cluster is"
            + " configured; datasets without a scheme are on its HDFS. Stop it with: sepyarn cluster stop");
        return ExitCode.SUCCESS;
      }
      if (!daemon.isAlive()) {
        console.err().println("the standing embedded cluster did not start (its process ended with exit code "
            + daemon.exitValue() + "); the end of its log " + dir.resolve(EmbeddedClusterDaemon.LOG) + ":");
        logTail(dir).forEach(line -> console.err().println("  " + line));
        return daemon.exitValue() == ExitCode.INVALID_INPUT ? ExitCode.INVALID_INPUT : ExitCode.JOB_FAILED;
      }
      Thread.sleep(200);
    }
    console.err().println("the standing embedded cluster did not answer within " + START_WAIT.toSeconds()
        + " s; stopping it. The end of its log " + dir.resolve(EmbeddedClusterDaemon.LOG) + ":");
    logTail(dir).forEach(line -> console.err().println("  " + line));
    stopStarting(daemon);
    return ExitCode.JOB_FAILED;
  }

  /** Stops a daemon that has not answered yet, and what it left. */
  private void stopStarting(Process daemon) {
    daemon.destroy();
    try {
      if (!daemon.waitFor(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
        RecordedProcess.kill(daemon.toHandle());
      }
      Optional<ClusterState> state = readState();
      if (state.isPresent() && state.get().pid() == daemon.pid()) {
        cleanUpAfter(state.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      console.err().println("cannot clean up after the standing cluster: " + e.getMessage());
    }
  }

  /** Prints whether a standing cluster runs, and where; returns 0, {@value #DEAD} or {@value #NOT_RUNNING}. */
  public int status() throws IOException {
    Optional<ClusterState> state = readState();
    if (state.isEmpty()) {
      console.out().println("no standing embedded cluster runs (start one with: sepyarn cluster start)");
      return NOT_RUNNING;
    }
    if (!state.get().isLive(processes)) {
      console.out().println("the standing embedded cluster (process " + state.get().pid() + ") ended without"
          + " stopping; sepyarn cluster stop cleans up after it");
      return DEAD;
    }
    console.out().println("the standing embedded cluster runs (process " + state.get().pid() + ", "
        + state.get().nodes() + " NodeManager" + (state.get().nodes() == 1 ? "" : "s") + ")");
    describe(state.get());
    return ExitCode.SUCCESS;
  }

  /**
   * Stops the standing cluster: SIGTERM, then waits for its process to end (killing it and what
   * it started after {@link #STOP_WAIT}); cleans up after one that died. Returns 0, also when none ran.
   */
  public int stop() throws IOException, InterruptedException {
    Optional<ClusterState> state = readState();
    if (state.isEmpty()) {
      console.err().println("no standing embedded cluster runs");
      return ExitCode.SUCCESS;
    }
    ClusterState running = state.get();
    if (running.isLive(processes)) {
      Optional<ProcessHandle> daemon = ProcessHandle.of(running.pid());
      if (daemon.isPresent()) {
        console.err().println("stopping the standing embedded cluster (process " + running.pid() + ")");
        daemon.get().destroy();
        try {
          daemon.get().onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
          console.err().println("it did not stop within " + STOP_WAIT.toSeconds() + " s; killing it");
          RecordedProcess.kill(daemon.get());
          daemon.get().onExit().join();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IOException("cannot wait for process " + running.pid(), e);
        }
      }
    } else {
      console.err().println("the standing embedded cluster (process " + running.pid() + ") ended without stopping;"
          + " cleaning up after it");
    }
    cleanUpAfter(running);
    console.err().println("the standing embedded cluster is stopped");
    return ExitCode.SUCCESS;
  }

  private void describe(ClusterState state) {
    console.out().println("ResourceManager web address: http://" + state.resourceManagerWeb()
        + " (a job's page at /proxy/APPID/)");
    console.out().println("ResourceManager: " + state.resourceManager());
    console.out().println("HDFS: " + state.fileSystem());
    console.out().println("clusters' configuration: " + state.confFolder());
    console.out().println("published in: " + PublishedConfiguration.confFolder(published));
    console.out().println("folder: " + state.folder() + " (its log: " + EmbeddedClusterDaemon.LOG + ")");
  }

  /**
   * Removes what a daemon that is gone left: its NodeManager and container processes, its
   * published files (unless another process publishes there now) and state, its clusters' folder.
   */
  void cleanUpAfter(ClusterState state) throws IOException {
    Path clusters = state.folder().resolve(EmbeddedClusterDaemon.CLUSTERS);
    int nodes = NodeManagerProcess.killRecordedUnder(clusters);
    int containers = ContainerProcesses.killUnder(clusters);
    if (nodes + containers > 0) {
      console.err().println("stopped " + nodes + " NodeManager and " + containers + " container processes the"
          + " standing cluster left running");
    }
    OptionalLong publisher = SessionLock.recordedPid(published);
    if (publisher.isPresent() && publisher.getAsLong() == state.pid()) {
      for (String name : PublishedConfiguration.FILES) {
        Files.deleteIfExists(PublishedConfiguration.confFolder(published).resolve(name));
      }
      Files.deleteIfExists(PublishedConfiguration.confFolder(published));
      Files.deleteIfExists(published.resolve(SessionLock.PID));
    }
    ClusterState.remove(published);
    Optional<SessionLock> dead = SessionLock.ifDead(state.folder());
    if (dead.isPresent()) {
      try (SessionLock lock = dead.get()) {
        FileUtil.fullyDelete(clusters.toFile());
        lock.release();
      }
    }
  }

  private Optional<ClusterState> readState() throws IOException {
    return ClusterState.read(published);
  }

  /** The last lines of the daemon's log. */
  static List<String> logTail(Path dir) {
    try {
      List<String> lines = Files.readAllLines(dir.resolve(EmbeddedClusterDaemon.LOG), StandardCharsets.UTF_8);
      return lines.subList(Math.max(0, lines.size() - 20), lines.size());
    } catch (IOException e) {
      return List.of("(no log: " + e.getMessage() + ")");
    }
  }
}
