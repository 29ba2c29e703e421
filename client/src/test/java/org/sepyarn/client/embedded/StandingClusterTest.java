package org.sepyarn.client.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.InvalidInputException;

/**
 * {@code sepyarn cluster status|stop|start} on what a daemon leaves in the published folder, with
 * a hand-written process table: nothing here starts or signals a process.
 */
class StandingClusterTest {
  private static final Instant STARTED = Instant.parse("2026-12-07T09:49:08.980Z");
  /** A process id no process of this machine has (above Linux's pid_max). */
  private static final long DAEMON = 4_999_999L;

  @TempDir
  Path home;
  private Path published;
  private Path folder;
  private final Map<Long, Optional<Instant>> processes = new HashMap<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void folders() throws IOException {
    published = home.resolve(".sepyarn/embedded");
    folder = home.resolve(".sepyarn/cluster");
    Files.createDirectories(published);
    Files.createDirectories(folder.resolve("clusters/dfs"));
  }

  private StandingCluster cluster() {
    Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return new StandingCluster(new Configuration(false), console, home,
        pid -> Optional.ofNullable(processes.get(pid)));
  }

  /** What a daemon of process {@link #DAEMON} writes once its clusters answer. */
  private ClusterState daemonPublished() throws IOException {
    ClusterState state = new ClusterState(DAEMON, Optional.of(STARTED), folder, "localhost:33051", "localhost:41959",
        "hdfs://localhost:34239", folder.resolve("clusters/conf"), 2);
    Files.createDirectories(published.resolve("conf"));
    Files.writeString(published.resolve("conf/core-site.xml"), "<configuration/>");
    Files.writeString(published.resolve("conf/yarn-site.xml"), "<configuration/>");
    Files.writeString(published.resolve(SessionLock.PID), DAEMON + "\n");
    Files.writeString(folder.resolve(SessionLock.PID), DAEMON + "\n");
    Files.writeString(folder.resolve(SessionLock.LOCK), "");
    state.write(published);
    return state;
  }

  @Test
  void statusWithoutAClusterExitsThree() throws IOException {
    assertEquals(StandingCluster.NOT_RUNNING, cluster().status());
    assertTrue(out.toString().contains("no standing embedded cluster runs"), out.toString());
  }

  @Test
  void statusOfALiveDaemonPrintsItsAddresses() throws IOException {
    daemonPublished();
    processes.put(DAEMON, Optional.of(STARTED));
    assertEquals(0, cluster().status());
    String said = out.toString();
    assertTrue(said.contains("the standing embedded cluster runs (process " + DAEMON + ", 2 NodeManagers)"), said);
    assertTrue(said.contains("ResourceManager web address: http://localhost:33051"), said);
    assertTrue(said.contains("HDFS: hdfs://localhost:34239"), said);
    assertTrue(said.contains("clusters' configuration: " + folder.resolve("clusters/conf")), said);
  }

  @Test
  void aDaemonWhosePidWasReusedIsDeadAndStopCleansUpAfterIt() throws IOException, InterruptedException {
    daemonPublished();
    processes.put(DAEMON, Optional.of(STARTED.plusSeconds(600)));
    assertEquals(StandingCluster.DEAD, cluster().status());
    assertTrue(out.toString().contains("ended without stopping; sepyarn cluster stop cleans up after it"));

    assertEquals(0, cluster().stop());
    assertTrue(err.toString().contains("ended without stopping; cleaning up after it"), err.toString());
    assertFalse(Files.exists(published.resolve(ClusterState.FILE)));
    assertFalse(Files.exists(published.resolve("conf")), "its published configuration goes");
    assertFalse(Files.exists(published.resolve(SessionLock.PID)));
    assertFalse(Files.exists(folder.resolve("clusters")), "its clusters' data goes");
    assertFalse(Files.exists(folder.resolve(SessionLock.PID)));
    assertEquals(StandingCluster.NOT_RUNNING, cluster().status());
  }

  @Test
  void stopLeavesTheFilesOfASessionPublishingSinceAlone() throws IOException, InterruptedException {
    daemonPublished();
    Files.writeString(published.resolve(SessionLock.PID), "77\n");
    processes.put(77L, Optional.of(STARTED));
    assertEquals(0, cluster().stop());
    assertFalse(Files.exists(published.resolve(ClusterState.FILE)));
    assertTrue(Files.isRegularFile(published.resolve("conf/yarn-site.xml")), "the session's own files stay");
    assertEquals("77", Files.readString(published.resolve(SessionLock.PID)).trim());
  }

  @Test
  void stopWithoutAClusterSaysSo() throws IOException, InterruptedException {
    assertEquals(0, cluster().stop());
    assertTrue(err.toString().contains("no standing embedded cluster runs"), err.toString());
  }

  @Test
  void startRefusesWhileADaemonRuns() throws IOException {
    daemonPublished();
    processes.put(DAEMON, Optional.of(STARTED));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> cluster().start(2, folder));
    assertTrue(e.getMessage().contains("a standing embedded cluster runs already (process " + DAEMON), e.getMessage());
    assertTrue(e.getMessage().contains("sepyarn cluster stop"), e.getMessage());
  }

  @Test
  void startRefusesWhileASubmitEmbeddedSessionPublishes() throws IOException {
    Files.createDirectories(published.resolve("conf"));
    Files.writeString(published.resolve(SessionLock.PID), "77\n");
    processes.put(77L, Optional.of(STARTED));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> cluster().start(2, folder));
    assertTrue(e.getMessage().contains("an embedded session (process 77, a submit --embedded) publishes"),
        e.getMessage());
  }
}
