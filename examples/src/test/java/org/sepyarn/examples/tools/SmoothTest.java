package org.sepyarn.examples.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.examples.Datasets;
import org.sepyarn.examples.ToolHarness;
import org.sepyarn.examples.ToolRun;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;

class SmoothTest {
  @TempDir
  Path root;
  private ToolHarness world;

  @BeforeEach
  void setUp() {
    world = new ToolHarness(root);
  }

  private byte[] input(Hypercube cube, double[] values) {
    return Datasets.xdrFloat(world.cwd(), "in.H", cube, values);
  }

  @Test
  void aConstantStaysConstantAlongEveryAxis() {
    Hypercube cube = Hypercube.ofLengths(9, 6, 4);
    double[] in = new double[9 * 6 * 4];
    Arrays.fill(in, 2.5);
    double[] out = world.run(input(cube, in), "smooth", "rect1=4", "rect2=3", "rect3=7", "repeat=2").dataset()
        .values();
    assertArrayEquals(in, out, 1e-6);
  }

  @Test
  void theImpulseResponseIsTheNormalisedTriangleOnEachAxis() {
    Hypercube cube = Hypercube.ofLengths(15, 11);
    double[] in = new double[15 * 11];
    in[5 * 15 + 7] = 1;
    double[] out = world.run(input(cube, in), "smooth", "rect1=3", "rect2=2").dataset().values();
    double[] t1 = {1 / 9.0, 2 / 9.0, 3 / 9.0, 2 / 9.0, 1 / 9.0};
    double[] t2 = {1 / 4.0, 2 / 4.0, 1 / 4.0};
    double total = 0;
    for (int i2 = 0; i2 < 11; i2++) {
      for (int i1 = 0; i1 < 15; i1++) {
        int k1 = i1 - 7 + 2;
        int k2 = i2 - 5 + 1;
        double expected = k1 >= 0 && k1 < 5 && k2 >= 0 && k2 < 3 ? t1[k1] * t2[k2] : 0;
        assertEquals(expected, out[i2 * 15 + i1], 1e-7, "sample " + i1 + "," + i2);
        total += out[i2 * 15 + i1];
      }
    }
    assertEquals(1, total, 1e-6);
  }

  @Test
  void repeatAppliesTheTriangleAgain() {
    double[] in = new double[11];
    in[5] = 16;
    double[] out = world.run(input(Hypercube.ofLengths(11), in), "smooth", "rect1=2", "repeat=2").dataset().values();
    assertArrayEquals(new double[] {0, 0, 0, 1, 4, 6, 4, 1, 0, 0, 0}, out, 1e-6);
  }

  @Test
  void anImpulseAtTheEdgeKeepsItsEnergy() {
    double[] in = new double[10];
    in[0] = 1;
    double[] out = world.run(input(Hypercube.ofLengths(10), in), "smooth", "rect1=4").dataset().values();
    assertEquals(1, Arrays.stream(out).sum(), 1e-6);
  }

  @Test
  void rectOneEverywhereIsTheIdentityBitForBit() {
    double[] in = {1.1f, -3.3f, 7e-30f, 12345.678f, 0, -0.5f};
    byte[] header = input(Hypercube.ofLengths(3, 2), in);
    byte[] inBinary = world.run(header, "scale", "scale=1").dataset().binary();
    assertArrayEquals(inBinary, world.run(header, "smooth", "rect1=1").dataset().binary());
  }

  @Test
  void smoothingAlongAxisTwoLeavesEachTraceShapeAcrossTraces() {
    Hypercube cube = Hypercube.ofLengths(3, 5);
    double[] in = new double[15];
    for (int i1 = 0; i1 < 3; i1++) {
      in[2 * 3 + i1] = i1 + 1;
    }
    double[] out = world.run(input(cube, in), "smooth", "rect2=2").dataset().values();
    for (int i1 = 0; i1 < 3; i1++) {
      assertEquals((i1 + 1) * 0.25, out[1 * 3 + i1], 1e-7);
      assertEquals((i1 + 1) * 0.5, out[2 * 3 + i1], 1e-7);
      assertEquals((i1 + 1) * 0.25, out[3 * 3 + i1], 1e-7);
      assertEquals(0, out[i1], 0);
    }
  }

  @Test
  void complexInputAndBadHalfLengthsAreRefused() {
    byte[] complex = Datasets.write(world.cwd(), "c.H", "", Hypercube.ofLengths(2), ElementFormat.XDR_COMPLEX,
        new double[4]).getBytes(StandardCharsets.ISO_8859_1);
    ToolRun run = world.run(complex, "smooth", "rect1=2").failed();
    assertTrue(run.stderr().contains("works on real samples"), run.stderr());
    ToolRun zero = world.run(input(Hypercube.ofLengths(3), new double[3]), "smooth", "rect2=0").failed();
    assertTrue(zero.stderr().contains("rect2=\"0\" (on the command line) is not a triangle half-length"),
        zero.stderr());
  }
}
