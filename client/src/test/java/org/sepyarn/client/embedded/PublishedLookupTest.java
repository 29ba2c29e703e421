package org.sepyarn.client.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a command uses an embedded session's published configuration: a hand-written environment
 * (variables, home folder, living process ids) and configurations without Hadoop's defaults files.
 */
class PublishedLookupTest {
  @TempDir
  Path home;
  private final Map<String, String> env = new HashMap<>();
  private final Set<Long> living = new HashSet<>();
  private Path confFolder;

  @BeforeEach
  void publishedBySession42() throws IOException {
    Path folder = home.resolve(".sepyarn/embedded");
    confFolder = folder.resolve("conf");
    Files.createDirectories(confFolder);
    Files.writeString(confFolder.resolve("core-site.xml"), "<configuration/>");
    Files.writeString(confFolder.resolve("yarn-site.xml"), "<configuration/>");
    Files.writeString(folder.resolve(SessionLock.PID), "42\n", StandardCharsets.US_ASCII);
    living.add(42L);
  }

  private PublishedLookup lookup() {
    return new PublishedLookup(env, home, living::contains);
  }

  private static Configuration noCluster() {
    return new Configuration(false);
  }

  @Test
  void theCommandsAboutAJobUseALivingSessionsConfigurationWhenNoClusterIsConfigured() {
    for (String command : new String[] {"status", "logs", "kill", "resume"}) {
      assertEquals(Optional.of(confFolder), lookup().find(command, noCluster()), command);
    }
  }

  @Test
  void otherCommandsKeepTheirConfiguration() {
    for (String command : new String[] {"submit", "validate", "info", "demo", "bench"}) {
      assertEquals(Optional.empty(), lookup().find(command, noCluster()), command);
    }
  }

  @Test
  void aConfiguredClusterWins() {
    env.put("HADOOP_CONF_DIR", "/etc/hadoop/conf");
    assertEquals(Optional.empty(), lookup().find("status", noCluster()));
    env.clear();
    Configuration hdfs = noCluster();
    hdfs.set("fs.defaultFS", "hdfs://namenode:8020");
    assertEquals(Optional.empty(), lookup().find("status", hdfs));
    Configuration rm = noCluster();
    rm.set("yarn.resourcemanager.address", "rm:8032");
    assertEquals(Optional.empty(), lookup().find("status", rm));
    Configuration ha = noCluster();
    ha.setBoolean("yarn.resourcemanager.ha.enabled", true);
    assertEquals(Optional.empty(), lookup().find("status", ha));
    Configuration defaults = noCluster();
    defaults.set("fs.defaultFS", "file:///");
    defaults.set("yarn.resourcemanager.address", "0.0.0.0:8032");
    env.put("HADOOP_CONF_DIR", " ");
    assertEquals(Optional.of(confFolder), lookup().find("status", defaults));
  }

  @Test
  void aDeadSessionsFilesAreIgnored() {
    living.clear();
    assertEquals(Optional.empty(), lookup().find("status", noCluster()));
  }

  @Test
  void noFilesNoLookup() throws IOException {
    Files.delete(confFolder.resolve("yarn-site.xml"));
    assertEquals(Optional.empty(), lookup().find("status", noCluster()));
  }

  @Test
  void theFolderCanBeSetAndDashDSettingsStillWin() throws IOException {
    Path elsewhere = home.resolve("elsewhere");
    Files.createDirectories(elsewhere.resolve("conf"));
    Files.writeString(elsewhere.resolve("conf/core-site.xml"),
        "<configuration><property><name>fs.defaultFS</name><value>hdfs://mini:1</value></property>"
            + "<property><name>a</name><value>published</value></property></configuration>");
    Files.writeString(elsewhere.resolve("conf/yarn-site.xml"), "<configuration/>");
    Files.writeString(elsewhere.resolve(SessionLock.PID), "42\n", StandardCharsets.US_ASCII);
    Configuration conf = noCluster();
    conf.set(PublishedConfiguration.FOLDER_KEY, elsewhere.toString());
    conf.set("a", "given");
    Optional<Path> found = lookup().find("kill", conf);
    assertEquals(Optional.of(elsewhere.resolve("conf")), found);
    PublishedLookup.use(conf, found.get());
    assertEquals("hdfs://mini:1", conf.get("fs.defaultFS"));
    assertEquals("given", conf.get("a"));
  }

  @Test
  void aSessionPublishesUntilClosedAndASecondOneIsToldWhoHoldsThePlace() throws IOException {
    Path source = home.resolve("source");
    Files.createDirectories(source);
    Files.writeString(source.resolve("core-site.xml"), "<configuration/>");
    Files.writeString(source.resolve("yarn-site.xml"), "<configuration/>");
    Path folder = home.resolve("place");
    PublishedConfiguration.Outcome first = PublishedConfiguration.publish(folder, source);
    assertTrue(first.published().isPresent());
    assertTrue(Files.isRegularFile(folder.resolve("conf/yarn-site.xml")));
    assertEquals(ProcessHandle.current().pid(), SessionLock.recordedPid(folder).getAsLong());
    PublishedConfiguration.Outcome second = PublishedConfiguration.publish(folder, source);
    assertFalse(second.published().isPresent());
    assertEquals(ProcessHandle.current().pid(), second.holder().getAsLong());
    first.published().get().close();
    assertFalse(Files.exists(folder.resolve("conf")));
    assertFalse(Files.exists(folder.resolve(SessionLock.PID)));
  }

  /** Marks the published folder as the standing cluster's of process {@code pid}. */
  private void standingClusterState(long pid) throws IOException {
    new ClusterState(pid, Optional.empty(), home.resolve("cluster"), "localhost:8088", "localhost:8032",
        "hdfs://localhost:9000", confFolder, 2).write(confFolder.getParent());
  }

  @Test
  void plainSubmitUsesAStandingClusterButNeverASession() throws IOException {
    assertEquals(Optional.empty(), lookup().find(new String[] {"submit", "job.json"}, noCluster()),
        "a session ends with its job: nothing is submitted to it");
    standingClusterState(42);
    assertEquals(Optional.of(new PublishedLookup.Found(confFolder, true)),
        lookup().find(new String[] {"submit", "--detach", "job.json"}, noCluster()));
    assertEquals(Optional.of(new PublishedLookup.Found(confFolder, true)),
        lookup().find(new String[] {"resume", "application_1_0001"}, noCluster()));
    assertEquals(Optional.empty(), lookup().find(new String[] {"submit", "--embedded", "job.json"}, noCluster()),
        "submit --embedded runs on clusters of its own");
    assertEquals(Optional.empty(), lookup().find(new String[] {"submit", "-e", "job.json"}, noCluster()));
    assertEquals(Optional.empty(), lookup().find(new String[] {"cluster", "status"}, noCluster()));
    assertEquals(Optional.empty(), lookup().find(new String[0], noCluster()));
  }

  @Test
  void aStateOfAnotherProcessIsNoStandingCluster() throws IOException {
    standingClusterState(7);
    assertEquals(Optional.of(new PublishedLookup.Found(confFolder, false)),
        lookup().find(new String[] {"status", "application_1_0001"}, noCluster()),
        "the session 42 publishes now; the state is a dead daemon's");
    assertEquals(Optional.empty(), lookup().find(new String[] {"submit", "job.json"}, noCluster()));
  }

  @Test
  void aDeadStandingClustersFilesAreIgnored() throws IOException {
    standingClusterState(42);
    living.clear();
    assertEquals(Optional.empty(), lookup().find(new String[] {"submit", "job.json"}, noCluster()));
    assertEquals(Optional.empty(), lookup().find(new String[] {"status", "application_1_0001"}, noCluster()));
    Optional<String> note = lookup().deadStandingCluster(new String[] {"status", "application_1_0001"}, noCluster());
    assertTrue(note.isPresent() && note.get().contains("the standing embedded cluster (process 42) ended without"
        + " stopping"), note.toString());
    assertEquals(Optional.empty(), lookup().deadStandingCluster(new String[] {"info", "x.H"}, noCluster()));
    living.add(42L);
    assertEquals(Optional.empty(), lookup().deadStandingCluster(new String[] {"status", "a"}, noCluster()),
        "a living cluster is used, not mourned");
  }
}
