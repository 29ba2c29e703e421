package org.sepyarn.client.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folders of embedded sessions whose process died are removed at the next start, with the
 * container processes they left; live sessions, starting ones and folders no session marked are
 * left alone. Real processes stand for the containers.
 */
class DeadSessionsTest {
  private static final String PREFIX = EmbeddedSession.FOLDER_PREFIX;
  private static final String CONTAINER = "container_1700000000000_0001_01_000002";

  @TempDir
  Path root;

  private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
  private final PrintStream log = new PrintStream(logged, true, StandardCharsets.UTF_8);
  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void stopProcesses() {
    started.forEach(p -> {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    });
  }

  private Process start(String... command) throws IOException {
    Process p = new ProcessBuilder(command).start();
    started.add(p);
    return p;
  }

  /** The id of a process that has ended. */
  private long deadPid() throws Exception {
    Process p = start("true");
    assertTrue(p.waitFor(10, TimeUnit.SECONDS));
    return p.pid();
  }

  private Path session(String name, Long pid) throws IOException {
    Path folder = Files.createDirectories(root.resolve(PREFIX + name));
    Files.writeString(folder.resolve(SessionLock.LOCK), "");
    if (pid != null) {
      Files.writeString(folder.resolve(SessionLock.PID), pid + "\n");
    }
    return folder;
  }

  /** Records {@code process} as a container's, as YARN's DefaultContainerExecutor does. */
  private static Path recordContainer(Path folder, String container, long pid) throws IOException {
    Path dir = Files.createDirectories(folder.resolve("clusters/yarn/sepyarn/sepyarn-localDir-nm-0_0/nmPrivate/"
        + "application_1700000000000_0001/" + container));
    return Files.writeString(dir.resolve(container + ".pid"), pid + "\n");
  }

  private static boolean endsSoon(ProcessHandle p) throws Exception {
    try {
      p.onExit().get(10, TimeUnit.SECONDS);
      return true;
    } catch (java.util.concurrent.TimeoutException e) {
      return false;
    }
  }

  @Test
  void aDeadSessionsFolderIsRemovedAndItsContainersProcessesStopped() throws Exception {
    Path dead = session("dead", deadPid());
    Process container = start("sh", "-c", "sleep 600 & wait");
    recordContainer(dead, CONTAINER, container.pid());
    Thread.sleep(300);
    List<ProcessHandle> children = container.descendants().toList();
    assertFalse(children.isEmpty(), "the container's program runs");

    assertEquals(1, DeadSessions.clean(root, PREFIX, log));

    assertFalse(Files.exists(dead), "the folder is gone");
    assertTrue(endsSoon(container.toHandle()), "the container's process is stopped");
    for (ProcessHandle child : children) {
      assertTrue(endsSoon(child), "and what it started: " + child.pid());
    }
    String message = logged.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("removed " + dead + ", the folder of an embedded session whose process"), message);
    assertTrue(message.contains("stopped the 1 container process it left running"), message);
  }

  @Test
  void aDeadSessionsNodeManagerProcessesAreStoppedWithTheirContainers() throws Exception {
    Path dead = session("nodes", deadPid());
    Process node = start("sh", "-c", "sleep 600 & wait");
    Path nodeFolder = Files.createDirectories(dead.resolve("clusters/yarn/nodemanager-0"));
    RecordedProcess.record(nodeFolder.resolve(NodeManagerProcess.PID_FILE), node.toHandle());
    Process container = start("sleep", "600");
    recordContainer(dead, CONTAINER, container.pid());

    assertEquals(1, DeadSessions.clean(root, PREFIX, log));

    assertFalse(Files.exists(dead));
    assertTrue(endsSoon(node.toHandle()) && endsSoon(container.toHandle()));
    String message = logged.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("stopped the 1 NodeManager process and the 1 container process it left running"),
        message);
  }

  @Test
  void aProcessThatStartedAfterThePidFileWasWrittenIsNotTheContainersAndIsLeftAlone() throws Exception {
    Path dead = session("reused", deadPid());
    Process other = start("sleep", "600");
    Path pidFile = recordContainer(dead, CONTAINER, other.pid());
    Files.setLastModifiedTime(pidFile, FileTime.from(Instant.now().minus(Duration.ofHours(1))));

    assertEquals(1, DeadSessions.clean(root, PREFIX, log));

    assertFalse(Files.exists(dead));
    assertTrue(other.isAlive(), "a process id given to another process since is not killed");
  }

  @Test
  void aLiveSessionIsLeftAlone() throws Exception {
    Path live = session("live", ProcessHandle.current().pid());
    Process container = start("sleep", "600");
    recordContainer(live, CONTAINER, container.pid());
    Path held = Files.createDirectories(root.resolve(PREFIX + "held"));

    try (SessionLock lock = SessionLock.hold(held)) {
      assertEquals(0, DeadSessions.clean(root, PREFIX, log));
    }

    assertTrue(Files.exists(live) && Files.exists(held));
    assertTrue(container.isAlive());
  }

  @Test
  void foldersNoSessionMarkedOrOneStillStartingAreLeftAlone() throws Exception {
    Path old = Files.createDirectories(root.resolve(PREFIX + "kept-or-older"));
    Path starting = session("starting", null);
    Path unrelated = Files.createDirectories(root.resolve("other-" + "dead"));
    Files.writeString(unrelated.resolve(SessionLock.LOCK), "");
    Files.writeString(unrelated.resolve(SessionLock.PID), deadPid() + "\n");

    assertEquals(0, DeadSessions.clean(root, PREFIX, log));

    assertTrue(Files.exists(old) && Files.exists(starting) && Files.exists(unrelated));
  }

  @Test
  void aFolderKeptOnPurposeIsNoLongerASessionsAndSurvivesTheNextStart() throws Exception {
    Path kept = Files.createDirectories(root.resolve(PREFIX + "kept"));
    SessionLock.hold(kept).release();

    assertFalse(Files.exists(kept.resolve(SessionLock.LOCK)));
    assertEquals(0, DeadSessions.clean(root, PREFIX, log));
    assertTrue(Files.exists(kept));
  }

  @Test
  void theContainersPidFilesAreFoundWhereverTheNodeManagersKeepThem() throws Exception {
    Path folder = session("pids", deadPid());
    recordContainer(folder, CONTAINER, 1);
    recordContainer(folder, "container_1700000000000_0001_01_000001", 2);
    Files.writeString(folder.resolve("container_x.pid"), "3\n");

    assertEquals(2, ContainerProcesses.pidFiles(folder).size());
  }
}
