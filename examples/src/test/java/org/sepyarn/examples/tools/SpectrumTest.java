package org.sepyarn.examples.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.examples.Datasets;
import org.sepyarn.examples.ToolHarness;
import org.sepyarn.examples.WrittenDataset;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;

class SpectrumTest {
  @TempDir
  Path root;
  private ToolHarness world;

  @BeforeEach
  void setUp() {
    world = new ToolHarness(root);
  }

  @Test
  void axisOneBecomesHalfPlusOneFrequenciesAndACosinePeaksAtItsFrequency() {
    int n1 = 16;
    Hypercube cube = Hypercube.of(new Axis(n1, 0, 0.004, "time", "s"), new Axis(2, 10, 5, "offset", "m"));
    double[] in = new double[n1 * 2];
    for (int t = 0; t < n1; t++) {
      in[t] = Math.cos(2 * Math.PI * 3 * t / n1);
      in[n1 + t] = 2;
    }
    WrittenDataset out = world.run(Datasets.xdrFloat(world.cwd(), "in.H", cube, in), "spectrum").dataset();
    assertEquals(new Axis(9, 0, 1 / (16 * 0.004), "frequency", ""), out.cube().axis(1));
    assertEquals(cube.axis(2), out.cube().axis(2));
    double[] v = out.values();
    for (int f = 0; f < 9; f++) {
      assertEquals(f == 3 ? 8 : 0, v[f], 1e-5, "frequency " + f + " of the cosine");
      assertEquals(f == 0 ? 32 : 0, v[9 + f], 1e-5, "frequency " + f + " of the constant");
    }
  }
}
