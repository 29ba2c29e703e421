package org.sepyarn.am.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.job.JobSpec;

/** A split output whose pieces lost their split axis is warned about, naming the axis probably meant. */
class SplitAxisWarningTest {
  private static final Map<String, Hypercube> IN = Map.of("/d/in.H", Hypercube.ofLengths(10, 4, 8));

  private static JobSpec job(int inputAxis, int outputAxis) {
    return JobSpec.parse("{\"program\": {\"command\": [\"sfstack\"]}, \"tasks\": 4, \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"/d/in.H\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": "
        + inputAxis + "}}},"
        + "{\"tag\": \">\", \"path\": \"/d/out.H\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": "
        + outputAxis + "}}}]}", "job.json");
  }

  @Test
  void aPieceThatLostItsSplitAxisNamesTheAxisTheDataMovedTo() {
    Optional<String> w = SplitAxisWarning.check(job(3, 3), 1, Hypercube.ofLengths(10, 2), IN);
    assertTrue(w.isPresent());
    assertTrue(w.get().contains("files[1] (/d/out.H) is split along axis 3, but task 0's piece has n3=1"), w.get());
    assertTrue(w.get().contains("task 0 read 2 samples along axis 3 of files[0] (/d/in.H)"), w.get());
    assertTrue(w.get().contains("set files[1].distribute.split.axis to 2"), w.get());
  }

  @Test
  void piecesThatKeepTheirSplitAxisAreFine() {
    assertEquals(Optional.empty(), SplitAxisWarning.check(job(3, 3), 1, Hypercube.ofLengths(10, 4, 2), IN));
  }

  @Test
  void oneSamplePerPieceIsFineWhenNoInputGaveMoreAlongThatAxis() {
    assertEquals(Optional.empty(), SplitAxisWarning.check(job(2, 3), 1, Hypercube.ofLengths(10, 4), IN),
        "one shot per task written along a new axis is a normal job");
    Map<String, Hypercube> oneEach = Map.of("/d/in.H", Hypercube.ofLengths(10, 4, 4));
    assertEquals(Optional.empty(), SplitAxisWarning.check(job(3, 3), 1, Hypercube.ofLengths(10, 4), oneEach));
  }
}
