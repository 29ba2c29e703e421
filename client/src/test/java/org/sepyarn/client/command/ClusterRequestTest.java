package org.sepyarn.client.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sepyarn.client.cli.InvalidInputException;

class ClusterRequestTest {
  @Test
  void startTakesNodesAndAFolder() throws InvalidInputException {
    assertEquals(new ClusterRequest(ClusterRequest.Action.START, 2, Optional.empty()),
        ClusterRequest.parse(List.of("start"), null, null));
    assertEquals(new ClusterRequest(ClusterRequest.Action.START, 3, Optional.of(Path.of("/tmp/c"))),
        ClusterRequest.parse(List.of("start"), "3", "/tmp/x/../c"));
    assertEquals(ClusterRequest.Action.STATUS, ClusterRequest.parse(List.of("status"), null, null).action());
    assertEquals(ClusterRequest.Action.STOP, ClusterRequest.parse(List.of("STOP"), null, null).action());
  }

  @Test
  void wrongArgumentsSayWhatIsExpected() {
    assertRefused(List.of(), null, null, "expected one of start, status or stop, got none");
    assertRefused(List.of("start", "now"), null, null, "expected one of start, status or stop, got [start, now]");
    assertRefused(List.of("restart"), null, null, "unknown action \"restart\"");
    assertRefused(List.of("start"), "zero", null, "--nodes zero: expected a whole number from 1 to 8");
    assertRefused(List.of("start"), "0", null, "--nodes 0: expected a whole number from 1 to 8");
    assertRefused(List.of("start"), "9", null, "--nodes 9: expected a whole number from 1 to 8");
    assertRefused(List.of("start"), null, "hdfs://nn/x", "--dir hdfs://nn/x: expected a folder on this machine");
    assertRefused(List.of("start"), null, " ", "--dir is empty");
    assertRefused(List.of("stop"), "2", null, "--nodes and --dir go with start only");
    assertRefused(List.of("status"), null, "/tmp/c", "--nodes and --dir go with start only");
  }

  private static void assertRefused(List<String> args, String nodes, String dir, String expected) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ClusterRequest.parse(args, nodes, dir));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
