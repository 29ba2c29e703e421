package org.sepyarn.formats.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reservations of outputs on a real (local) file system, with the liveness of applications faked. */
class OutputReservationTest {
  @TempDir
  File dir;

  private FileSystem fs() throws Exception {
    return FileSystem.getLocal(new Configuration());
  }

  private Path header() {
    return new Path(new File(dir, "out.H").toURI());
  }

  @Test
  void theFirstJobReservesAndASecondWhileTheFirstRunsIsRefusedNamingIt() throws Exception {
    Optional<OutputReservation.Holder> first = OutputReservation.reserve(fs(), header(), "application_1_0001",
        "alice", 1000, app -> true);
    assertTrue(first.isEmpty());
    assertTrue(new File(dir, ".out.H.sepyarn.reservation").isFile());

    Optional<OutputReservation.Holder> second = OutputReservation.reserve(fs(), header(), "application_1_0002",
        "bob", 2000, app -> true);
    assertEquals(Optional.of(new OutputReservation.Holder("application_1_0001", "alice", 1000)), second);
    assertEquals(second, OutputReservation.holderOf(fs(), header()));
  }

  @Test
  void aReservationOfAnEndedApplicationIsTakenOver() throws Exception {
    OutputReservation.reserve(fs(), header(), "application_1_0001", "alice", 1000, app -> true);
    Set<String> live = Set.of("application_1_0002");

    assertTrue(OutputReservation.reserve(fs(), header(), "application_1_0002", "bob", 2000, live::contains).isEmpty());
    assertEquals("application_1_0002", OutputReservation.holderOf(fs(), header()).orElseThrow().application());
  }

  @Test
  void reservingAgainForTheSameApplicationIsFine() throws Exception {
    OutputReservation.reserve(fs(), header(), "application_1_0001", "alice", 1000, app -> true);
    assertTrue(OutputReservation.reserve(fs(), header(), "application_1_0001", "alice", 3000, app -> true).isEmpty());
  }

  @Test
  void onlyTheHolderReleases() throws Exception {
    OutputReservation.reserve(fs(), header(), "application_1_0001", "alice", 1000, app -> true);
    OutputReservation.release(fs(), header(), "application_1_0009");
    assertTrue(OutputReservation.holderOf(fs(), header()).isPresent(), "another application's release is ignored");
    OutputReservation.release(fs(), header(), "application_1_0001");
    assertTrue(OutputReservation.holderOf(fs(), header()).isEmpty());
    assertFalse(new File(dir, ".out.H.sepyarn.reservation").exists());
    OutputReservation.release(fs(), header(), "application_1_0001");
  }

  @Test
  void aFileBeingWrittenByAnotherSubmissionCountsAsHeld() throws Exception {
    Files.writeString(new File(dir, ".out.H.sepyarn.reservation").toPath(), "");
    Optional<OutputReservation.Holder> holder = OutputReservation.reserve(fs(), header(), "application_1_0002",
        "bob", 2000, app -> false);
    assertEquals("", holder.orElseThrow().application());
  }
}
