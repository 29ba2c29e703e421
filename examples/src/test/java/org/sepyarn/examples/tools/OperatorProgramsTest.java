package org.sepyarn.examples.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.examples.Datasets;
import org.sepyarn.examples.ToolHarness;
import org.sepyarn.examples.ToolRun;
import org.sepyarn.examples.WrittenDataset;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.solver.DotTest;
import org.sepyarn.formats.solver.FloatVector;

/** The operator programs interp and roughen: their values, add=y, and the dot-product test run on files. */
class OperatorProgramsTest {
  private static final Hypercube GRID_1D = Hypercube.of(new Axis(21, 0, 0.5));
  private static final Hypercube GRID_2D = Hypercube.of(new Axis(11, 0, 0.1), new Axis(9, -0.4, 0.1));

  @TempDir
  Path root;
  private ToolHarness world;

  @BeforeEach
  void setUp() {
    world = new ToolHarness(root);
  }

  private void coordinates(String name, int dims, int points, long seed, double[] min, double[] max) {
    Random r = new Random(seed);
    double[] c = new double[dims * points];
    for (int p = 0; p < points; p++) {
      for (int k = 0; k < dims; k++) {
        c[p * dims + k] = min[k] + (max[k] - min[k]) * r.nextDouble();
      }
    }
    Datasets.xdrFloat(world.cwd(), name, Hypercube.ofLengths(dims, points), c);
  }

  private WrittenDataset read(String name) {
    return WrittenDataset.read(world.cwd().resolve(name), world.cwd());
  }

  @Test
  void interpolationTakesTheLinearWeightsOfItsCell() {
    Datasets.xdrFloat(world.cwd(), "xy.H", Hypercube.ofLengths(1, 4), new double[] {0, 1.25, 10, 11});
    Datasets.xdrFloat(world.cwd(), "m.H", GRID_1D, Datasets.ramp(21, 2));
    ToolRun run = world.run("interp", "model=m.H", "data=d.H", "coord=xy.H");
    assertEquals(0, run.status(), run.stderr());
    assertArrayEquals(new double[] {0, 5, 40, 0}, read("d.H").values(), 1e-6);
    assertEquals(4, read("d.H").cube().n(1));
  }

  @Test
  void addYesAddsToTheOutputsSamples() {
    Datasets.xdrFloat(world.cwd(), "xy.H", Hypercube.ofLengths(1, 2), new double[] {0.5, 3});
    Datasets.xdrFloat(world.cwd(), "d.H", Hypercube.ofLengths(2), new double[] {1, 2});
    Datasets.xdrFloat(world.cwd(), "m.H", GRID_1D, Datasets.ramp(21, 1));
    assertEquals(0, world.run("interp", "model=m.H", "data=d.H", "coord=xy.H", "add=y").status());
    assertArrayEquals(new double[] {1 + 1, 2 + 6}, read("d.H").values(), 1e-6);
    assertEquals(0, world.run("interp", "model=m.H", "data=d.H", "coord=xy.H", "adj=y", "add=y").status());
    double[] m = read("m.H").values();
    assertEquals(1 + 2, m[1], 1e-6);
    assertEquals(6 + 8, m[6], 1e-6);
  }

  @Test
  void addYesWithoutAnOutputIsRefused() {
    Datasets.xdrFloat(world.cwd(), "xy.H", Hypercube.ofLengths(1, 2), new double[] {0.5, 3});
    Datasets.xdrFloat(world.cwd(), "m.H", GRID_1D, Datasets.ramp(21, 1));
    ToolRun run = world.run("interp", "model=m.H", "data=none.H", "coord=xy.H", "add=y");
    assertEquals(1, run.status());
    assertTrue(run.stderr().contains("add=y adds to it"), run.stderr());
  }

  @Test
  void interpolationIn1DPassesTheDotProductTest() {
    coordinates("xy.H", 1, 37, 1, new double[] {-1}, new double[] {11});
    ToolOperator op = new ToolOperator(world, "interp", GRID_1D, Hypercube.ofLengths(37), "coord=xy.H", "n1=21",
        "o1=0", "d1=0.5");
    DotTest.Result r = DotTest.run(op, FloatVector.gaussian(21, 2), FloatVector.gaussian(37, 3));
    assertTrue(r.passes(1e-5), r::toString);
  }

  @Test
  void interpolationIn2DPassesTheDotProductTest() {
    coordinates("xy.H", 2, 60, 4, new double[] {-0.1, -0.5}, new double[] {1.1, 0.5});
    ToolOperator op = new ToolOperator(world, "interp", GRID_2D, Hypercube.ofLengths(60), "coord=xy.H", "n1=11",
        "o1=0", "d1=0.1", "n2=9", "o2=-0.4", "d2=0.1");
    DotTest.Result r = DotTest.run(op, FloatVector.gaussian(99, 5), FloatVector.gaussian(60, 6));
    assertTrue(r.passes(1e-5), r::toString);
  }

  @Test
  void rougheningIsTheFirstDifferenceByDefault() {
    Datasets.xdrFloat(world.cwd(), "m.H", Hypercube.ofLengths(4, 2), new double[] {1, 3, 6, 10, 0, 0, 1, 1});
    assertEquals(0, world.run("roughen", "model=m.H", "data=d.H").status());
    assertArrayEquals(new double[] {1, 2, 3, 4, 0, 0, 1, 0}, read("d.H").values(), 0);
  }

  @Test
  void rougheningPassesTheDotProductTestWithAnyFilter() {
    Hypercube cube = Hypercube.ofLengths(30, 4);
    for (String filter : new String[] {"filter=1,-1", "filter=1,-2,1", "filter=0.5,0.25,-0.75,0.1"}) {
      ToolOperator op = new ToolOperator(world, "roughen", cube, cube, filter);
      DotTest.Result r = DotTest.run(op, FloatVector.gaussian(120, 7), FloatVector.gaussian(120, 8));
      assertTrue(r.passes(1e-5), filter + ": " + r);
    }
  }
}
