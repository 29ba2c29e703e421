package org.sepyarn.runner.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.TaskFile;

/** Which pieces a runner commits beside the final output (on HDFS; see the AM's JoinOnHdfsTest). */
class JoinPlacementTest {
  private final Configuration conf = new Configuration();

  @Test
  void aPieceIsJoinableWhenEveryAxisAfterTheSplitAxisHasLengthOne() {
    assertTrue(JoinPlacement.slowestAlong(Hypercube.ofLengths(100, 20), 2));
    assertTrue(JoinPlacement.slowestAlong(Hypercube.ofLengths(100, 20, 1, 1), 2));
    assertTrue(JoinPlacement.slowestAlong(Hypercube.ofLengths(100, 20), 3), "stacked along a new axis");
    assertFalse(JoinPlacement.slowestAlong(Hypercube.ofLengths(100, 20, 5), 2));
    assertFalse(JoinPlacement.slowestAlong(Hypercube.ofLengths(100, 20), 1));
  }

  @Test
  void namesAreHiddenAndScopedToTheOutputJobTaskAndAttempt() {
    assertEquals(".shots.H.sepyarn-application_1_0002-t3-a2@",
        JoinPlacement.pieceName("shots.H", "application_1_0002", 3, 2));
    assertTrue(JoinPlacement.pieceName("shots.H", "j", 3, 2).startsWith(JoinPlacement.hiddenPrefix("shots.H", "j")));
  }

  @Test
  void outputsNotJoinedOrNotOnHdfsKeepTheirDataInTheHeader() throws IOException {
    FileSystem local = FileSystem.getLocal(conf);
    TaskFile plain = new TaskFile(">", FileRole.OUTPUT, "f1-out.H", null, null);
    assertEquals(Optional.empty(), JoinPlacement.binaryFor(plain, Hypercube.ofLengths(10, 4), local, conf, "j", 0, 1));
    TaskFile joined = plain.joinedInto("file:/tmp/out.H", 2);
    assertEquals(Optional.empty(), JoinPlacement.binaryFor(joined, Hypercube.ofLengths(10, 4), local, conf, "j", 0, 1),
        "the local file system has no concat");
    assertEquals(Optional.empty(), JoinPlacement.binaryFor(plain.joinedInto("hdfs://nn:8020/out.H", 2),
        Hypercube.ofLengths(10, 4, 3), local, conf, "j", 0, 1), "split along a faster axis");
  }
}
