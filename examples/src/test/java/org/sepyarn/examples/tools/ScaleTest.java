package org.sepyarn.examples.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.examples.Datasets;
import org.sepyarn.examples.ToolHarness;
import org.sepyarn.examples.WrittenDataset;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;

class ScaleTest {
  @TempDir
  Path root;
  private ToolHarness world;

  @BeforeEach
  void setUp() {
    world = new ToolHarness(root);
  }

  private static double[] noise(int n, long seed) {
    Random r = new Random(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) (r.nextGaussian() * 1e3);
    }
    return v;
  }

  @Test
  void everySampleIsMultipliedAndRoundedOnceToFloat() {
    double[] in = noise(50, 1);
    Hypercube cube = Hypercube.ofLengths(10, 5);
    double[] out = world.run(Datasets.xdrFloat(world.cwd(), "in.H", cube, in), "scale", "scale=0.37").dataset()
        .values();
    for (int i = 0; i < in.length; i++) {
      assertEquals((float) (in[i] * 0.37), out[i], 0, "sample " + i);
    }
  }

  @Test
  void scalingPiecesOfASplitGivesTheSerialResultBitForBit() {
    int n1 = 7;
    int n2 = 9;
    double[] in = noise(n1 * n2, 2);
    Axis a1 = new Axis(n1, 0, 0.004);
    byte[] whole = world.run(Datasets.xdrFloat(world.cwd(), "all.H", Hypercube.of(a1, new Axis(n2, 0, 1)), in),
        "scale", "scale=-1.7").dataset().binary();
    ByteArrayOutputStream pieces = new ByteArrayOutputStream();
    int[] starts = {0, 4, 5};
    int[] counts = {4, 1, 4};
    for (int p = 0; p < starts.length; p++) {
      double[] part = Arrays.copyOfRange(in, starts[p] * n1, (starts[p] + counts[p]) * n1);
      Hypercube cube = Hypercube.of(a1, new Axis(counts[p], starts[p], 1));
      WrittenDataset out = world.run(Datasets.xdrFloat(world.cwd(), "part" + p + ".H", cube, part),
          "scale", "scale=-1.7").dataset();
      pieces.writeBytes(out.binary());
    }
    assertArrayEquals(whole, pieces.toByteArray());
  }

  @Test
  void complexSamplesHaveBothPartsScaled() {
    Hypercube cube = Hypercube.ofLengths(2);
    byte[] header = Datasets.write(world.cwd(), "c.H", "", cube, ElementFormat.XDR_COMPLEX, new double[] {1, -2, 3, 4})
        .getBytes(StandardCharsets.ISO_8859_1);
    WrittenDataset out = world.run(header, "scale", "scale=2").dataset();
    assertEquals("xdr_complex", out.history().requireString("data_format"));
    assertEquals("8", out.history().requireString("esize"));
    assertArrayEquals(new double[] {2, -4, 6, 8}, out.values(), 0);
  }

  @Test
  void integerSamplesAreRoundedAndClamped() {
    Hypercube cube = Hypercube.ofLengths(3);
    byte[] header = Datasets.write(world.cwd(), "i.H", "", cube, ElementFormat.XDR_INT, new double[] {3, -3, 2e9})
        .getBytes(StandardCharsets.ISO_8859_1);
    assertArrayEquals(new double[] {5, -5, Integer.MAX_VALUE},
        world.run(header, "scale", "scale=1.6").dataset().values(), 0);
  }
}
