package org.sepyarn.examples.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.examples.Datasets;
import org.sepyarn.examples.ToolHarness;
import org.sepyarn.examples.ToolRun;
import org.sepyarn.formats.geometry.Hypercube;

/** {@code cat axis=K a.H b.H}: the files are the positional words, joined along the axis in order. */
class CatTest {
  @TempDir
  Path root;
  private ToolHarness world;

  @BeforeEach
  void setUp() {
    world = new ToolHarness(root);
  }

  private static double[] ramp(int n, int from) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = from + i;
    }
    return v;
  }

  @Test
  void thePositionalFilesAreJoinedAlongTheAxisInTheirOrder() {
    Datasets.xdrFloat(world.cwd(), "a.H", Hypercube.ofLengths(2, 2), ramp(4, 0));
    Datasets.xdrFloat(world.cwd(), "b.H", Hypercube.ofLengths(2, 1), ramp(2, 100));
    ToolRun run = world.run(new byte[0], "cat", "axis=2", "a.H", "b.H");
    assertEquals(0, run.status(), run.stderr());
    assertEquals(Hypercube.ofLengths(2, 3), run.dataset().cube());
    assertArrayEquals(new double[] {0, 1, 2, 3, 100, 101}, run.dataset().values());
  }

  @Test
  void alongTheFastestAxisTheFilesInterleaveRowByRow() {
    Datasets.xdrFloat(world.cwd(), "a.H", Hypercube.ofLengths(2, 2), ramp(4, 0));
    Datasets.xdrFloat(world.cwd(), "b.H", Hypercube.ofLengths(1, 2), ramp(2, 100));
    ToolRun run = world.run(new byte[0], "cat", "axis=1", "a.H", "b.H");
    assertEquals(0, run.status(), run.stderr());
    assertArrayEquals(new double[] {0, 1, 100, 2, 3, 101}, run.dataset().values());
  }

  @Test
  void filesOfOtherShapesAreRefusedNamingTheAxis() {
    Datasets.xdrFloat(world.cwd(), "a.H", Hypercube.ofLengths(2, 2), ramp(4, 0));
    Datasets.xdrFloat(world.cwd(), "b.H", Hypercube.ofLengths(3, 1), ramp(3, 0));
    ToolRun run = world.run(new byte[0], "cat", "axis=2", "a.H", "b.H");
    assertEquals(1, run.status());
    assertTrue(run.stderr().contains("has n1=3 but"), run.stderr());
  }
}
