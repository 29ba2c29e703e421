package org.sepyarn.am;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.PieceGather;
import org.sepyarn.runner.spec.TaskFile;
import org.sepyarn.runner.spec.TaskSpec;

class LostPieceCheckTest {
  private static String uri(int task, String name) {
    return "hdfs://nn/work/pieces/task-" + task + "/" + name;
  }

  @Test
  void theFlowPiecesATaskReadsAreThoseItGathersAndThoseOfItsWritersItReadsWhole() {
    TaskSpec reader = new TaskSpec(9, List.of("p"), List.of(), List.of(), Map.of(), List.of(
        new TaskFile("<", FileRole.INPUT, "f4-_a", uri(2, "f1-_a"), null),
        TaskFile.gathered("b=", "f5-_b", uri(4, "f3-_b"), new PieceGather(2, 1, 0, 4, 3, "f3-_b")),
        new TaskFile("c=", FileRole.INPUT, "f6-in.H", "hdfs://nn/data/in.H", "[0:4,0:2]"),
        new TaskFile(">", FileRole.OUTPUT, "f7-out.H", null, null)));

    assertEquals(Map.of(2, "f1-_a", 4, "f3-_b", 5, "f3-_b", 6, "f3-_b"),
        LostPieceCheck.piecesReadBy(reader, List.of(2, 4, 5, 6), LostPieceCheckTest::uri));
  }
}
