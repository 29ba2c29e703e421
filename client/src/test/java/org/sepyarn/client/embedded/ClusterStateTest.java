package org.sepyarn.client.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standing cluster's state file and the rule that tells a live daemon from a stale pid. */
class ClusterStateTest {
  private static final Instant STARTED = Instant.parse("2026-12-07T09:49:08.980Z");

  @TempDir
  Path folder;

  /** A hand-written process table: pid to start (an empty start: the system cannot say). */
  private final Map<Long, Optional<Instant>> processes = new HashMap<>();

  private ClusterState.Processes table() {
    return pid -> Optional.ofNullable(processes.get(pid));
  }

  private ClusterState state(Optional<Instant> started) {
    return new ClusterState(4242, started, Path.of("/home/u/.sepyarn/cluster"), "localhost:33051",
        "localhost:41959", "hdfs://localhost:34239", Path.of("/home/u/.sepyarn/cluster/clusters/conf"), 2);
  }

  @Test
  void theStateSurvivesItsFile() throws IOException {
    ClusterState written = state(Optional.of(STARTED));
    written.write(folder);
    assertEquals(Optional.of(written), ClusterState.read(folder));
    assertFalse(Files.exists(folder.resolve(ClusterState.FILE + ".tmp")), "written through a renamed file");
    ClusterState unknownStart = state(Optional.empty());
    unknownStart.write(folder);
    assertEquals(Optional.of(unknownStart), ClusterState.read(folder));
    ClusterState.remove(folder);
    assertEquals(Optional.empty(), ClusterState.read(folder));
  }

  @Test
  void aBrokenFileIsNamedWithWhatIsMissing() throws IOException {
    Files.writeString(folder.resolve(ClusterState.FILE), "pid=12\nfolder=/x\n");
    IOException e = assertThrows(IOException.class, () -> ClusterState.read(folder));
    assertTrue(e.getMessage().contains(folder.resolve(ClusterState.FILE) + " has no resourceManagerWeb"),
        e.getMessage());
    Files.writeString(folder.resolve(ClusterState.FILE), state(Optional.empty()).text().replace("pid=4242", "pid=x"));
    e = assertThrows(IOException.class, () -> ClusterState.read(folder));
    assertTrue(e.getMessage().contains("is not a cluster state file"), e.getMessage());
  }

  @Test
  void theDaemonLivesWhileItsProcessDoesWithTheSameStart() {
    ClusterState state = state(Optional.of(STARTED));
    assertFalse(state.isLive(table()), "no such process");
    processes.put(4242L, Optional.of(STARTED));
    assertTrue(state.isLive(table()));
    processes.put(4242L, Optional.of(STARTED.plusSeconds(3600)));
    assertFalse(state.isLive(table()), "the id was given to a process started later: the daemon is dead");
    processes.put(4242L, Optional.empty());
    assertTrue(state.isLive(table()), "a start the system cannot tell is taken on the process id alone");
    processes.put(4242L, Optional.of(STARTED.plusSeconds(3600)));
    assertTrue(state(Optional.empty()).isLive(table()), "a state without its start trusts the process id");
  }
}
