package org.sepyarn.examples.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.examples.ToolHarness;
import org.sepyarn.examples.ToolRun;
import org.sepyarn.examples.WrittenDataset;

class SpikeTest {
  @TempDir
  Path root;
  private ToolHarness world;

  @BeforeEach
  void setUp() {
    world = new ToolHarness(root);
  }

  @Test
  void spikesSitAtOneBasedPositionsWithTheirMagnitudes() {
    double[] v = world.run("spike", "n1=4", "n2=3", "k1=2,4", "k2=1,3", "mag=5,-1").dataset().values();
    double[] expected = new double[12];
    expected[1] = 5;
    expected[2 * 4 + 3] = -1;
    assertArrayEquals(expected, v, 0);
  }

  @Test
  void aZeroOrAbsentPositionSpansTheWholeAxis() {
    double[] v = world.run("spike", "n1=3", "n2=2", "k1=2").dataset().values();
    assertArrayEquals(new double[] {0, 1, 0, 0, 1, 0}, v, 0);
    double[] filled = world.run("spike", "n1=2", "n2=2", "mag=3").dataset().values();
    assertArrayEquals(new double[] {3, 3, 3, 3}, filled, 0);
  }

  @Test
  void theGridParametersDescribeTheOutput() {
    WrittenDataset out = world.run("spike", "n1=10", "o1=0.5", "d1=0.004", "label1=time", "unit1=s", "n3=2").dataset();
    assertEquals(10, out.cube().n(1));
    assertEquals(0.5, out.cube().axis(1).o());
    assertEquals(0.004, out.cube().axis(1).d());
    assertEquals("time", out.cube().axis(1).label());
    assertEquals(1, out.cube().n(2));
    assertEquals(2, out.cube().n(3));
  }

  @Test
  void planeWavesPeakWhereTheirSlopePutsThem() {
    double[] v = world.run("spike", "plane=y", "n1=64", "n2=5", "d1=0.004", "k1=11", "p2=3", "freq=20")
        .dataset().values();
    for (int trace = 0; trace < 5; trace++) {
      int peak = 0;
      for (int i = 1; i < 64; i++) {
        if (v[trace * 64 + i] > v[trace * 64 + peak]) {
          peak = i;
        }
      }
      assertEquals(10 + 3 * trace, peak, "trace " + trace);
      assertEquals(1, v[trace * 64 + peak], 1e-6);
    }
  }

  @Test
  void aSpikeOutsideTheGridIsRefused() {
    ToolRun run = world.run("spike", "n1=4", "k1=5").failed();
    assertTrue(run.stderr().contains("k1=\"5\" (on the command line) puts a spike outside axis 1 (n1=4)"),
        run.stderr());
  }

  @Test
  void listsOfMismatchedLengthAreRefused() {
    ToolRun run = world.run("spike", "n1=4", "k1=1,2,3", "mag=1,2").failed();
    assertTrue(run.stderr().contains("has 2 values but there are 3 spikes"), run.stderr());
  }

  @Test
  void withoutN1ItSaysWhatIsMissing() {
    ToolRun run = world.run("spike", "k1=1").failed();
    assertTrue(run.stderr().startsWith("spike: missing parameter n1="), run.stderr());
  }

  @Test
  void planeWavesAboveNyquistAreRefused() {
    ToolRun run = world.run("spike", "plane=y", "n1=10", "d1=0.004", "freq=200").failed();
    assertTrue(run.stderr().contains("Nyquist frequency 125"), run.stderr());
  }
}
