package org.sepyarn.formats.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

class WindowRunsTest {
  private static final Hypercube CUBE = Hypercube.ofLengths(10, 20, 30);

  private static List<long[]> runs(String window) throws IOException {
    List<long[]> runs = new ArrayList<>();
    new WindowRuns(CUBE, Window.parse(window), 4)
        .forEach((position, length) -> runs.add(new long[] {position, length}));
    return runs;
  }

  @Test
  void theWholeCubeIsOneRun() throws IOException {
    List<long[]> runs = runs("[0:10,0:20,0:30]");
    assertEquals(1, runs.size());
    assertEquals(0, runs.get(0)[0]);
    assertEquals(24000, runs.get(0)[1]);
  }

  @Test
  void fullyCoveredLeadingAxesMergeWithTheFirstCutAxis() throws IOException {
    List<long[]> runs = runs("[0:10,0:20,5:7]");
    assertEquals(1, runs.size(), "two whole planes are contiguous");
    assertEquals(5 * 800, runs.get(0)[0]);
    assertEquals(2 * 800, runs.get(0)[1]);
    List<long[]> rows = runs("[0:10,3:5,1:3]");
    assertEquals(2, rows.size(), "two rows per plane merge, the planes do not");
    assertEquals(800 + 3 * 40, rows.get(0)[0]);
    assertEquals(80, rows.get(0)[1]);
    assertEquals(2 * 800 + 3 * 40, rows.get(1)[0]);
  }

  @Test
  void aCutFirstAxisGivesOneRunPerRow() throws IOException {
    WindowRuns runs = new WindowRuns(CUBE, Window.parse("[2:5,0:20,0:30]"), 4);
    assertEquals(600, runs.runCount());
    assertEquals(12, runs.runBytes());
    assertEquals(600, runs("[2:5,0:20,0:30]").size());
  }
}
