package org.sepyarn.client.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session's side of a NodeManager process: how it is started and recorded, what is said when
 * it does not start, and the recorded processes a dead session's cleanup kills. A real JVM is
 * started, with a configuration no NodeManager can start with.
 */
class NodeManagerProcessTest {
  @TempDir
  Path root;

  @Test
  void aClassPathIsOneArgumentOfJavasOptionsFileWhateverItsCharacters() {
    assertEquals("\"/a b/x.jar:/c\\\\d/\\\"q\\\".jar\"", NodeManagerProcess.quoted("/a b/x.jar:/c\\d/\"q\".jar"));
  }

  @Test
  void theClassPathHoldsTheNodeManagersMainClassOnce() throws Exception {
    String own = new File(NodeManagerMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    assertEquals(List.of("/hadoop/a.jar", own), NodeManagerProcess.withThisClass(List.of("/hadoop/a.jar")));
    assertEquals(List.of(own, "/hadoop/a.jar"), NodeManagerProcess.withThisClass(List.of(own, "/hadoop/a.jar")));
  }

  @Test
  void aNodeManagerThatCannotStartEndsAndSaysWhyInItsLog() throws Exception {
    File folder = root.resolve("nodemanager-0").toFile();
    Configuration conf = new Configuration(false);
    // No NodeManager binds a port outside the range: the node fails at its start.
    conf.set("yarn.nodemanager.address", "localhost:99999");
    conf.set("yarn.nodemanager.local-dirs", new File(folder, "local").getPath());
    conf.set("yarn.nodemanager.log-dirs", new File(folder, "logs").getPath());
    List<String> classpath = List.of(System.getProperty("java.class.path").split(File.pathSeparator));

    NodeManagerProcess node = NodeManagerProcess.start(folder, conf, classpath);

    assertTrue(Files.isRegularFile(folder.toPath().resolve(NodeManagerProcess.PID_FILE)), "its process id is recorded");
    assertTrue(node.awaitEnd(Duration.ofSeconds(120)), "it ends");
    assertFalse(node.isAlive());
    String ending = node.ending();
    assertTrue(ending.contains("ended with exit code") && ending.contains(NodeManagerProcess.LOG_FILE), ending);
    assertTrue(ending.contains("99999"), "the log tells the port it could not use:\n" + ending);
  }

  @Test
  void theRecordedNodeManagerProcessesUnderAFolderAreKilledButAProcessThatTookAnOldIdIsNot() throws Exception {
    Process node = new ProcessBuilder("sleep", "600").start();
    Process other = new ProcessBuilder("sleep", "600").start();
    try {
      Path nodeFolder = Files.createDirectories(root.resolve("clusters/yarn/nodemanager-0"));
      RecordedProcess.record(nodeFolder.resolve(NodeManagerProcess.PID_FILE), node.toHandle());
      Path oldFolder = Files.createDirectories(root.resolve("clusters/yarn/nodemanager-1"));
      Path old = oldFolder.resolve(NodeManagerProcess.PID_FILE);
      RecordedProcess.record(old, other.toHandle());
      Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(1))));

      assertEquals(1, NodeManagerProcess.killRecordedUnder(root));

      assertTrue(node.waitFor(10, TimeUnit.SECONDS), "the recorded NodeManager is killed");
      assertTrue(other.isAlive(), "a process that started after the record was written is another one");
    } finally {
      node.destroyForcibly();
      other.destroyForcibly();
    }
  }
}
