package org.sepyarn.examples.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.examples.Datasets;
import org.sepyarn.examples.ToolHarness;
import org.sepyarn.examples.WrittenDataset;
import org.sepyarn.formats.geometry.Hypercube;

class CopyTest {
  @TempDir
  Path root;
  private ToolHarness world;

  @BeforeEach
  void setUp() {
    world = new ToolHarness(root);
  }

  @Test
  void theOutputHasTheInputsAxesAndEverySampleUnchanged() {
    Random r = new Random(3);
    double[] in = new double[6 * 5 * 2];
    for (int i = 0; i < in.length; i++) {
      in[i] = (float) (r.nextGaussian() * 1e3);
    }
    Hypercube cube = Hypercube.ofLengths(6, 5, 2);
    WrittenDataset out = world.run(Datasets.xdrFloat(world.cwd(), "in.H", cube, in), "copy").dataset();
    assertEquals(cube, out.cube());
    assertArrayEquals(in, out.values(), 0);
  }
}
