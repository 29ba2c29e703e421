package org.sepyarn.examples.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.examples.Datasets;
import org.sepyarn.examples.ToolHarness;
import org.sepyarn.examples.ToolRun;
import org.sepyarn.examples.WrittenDataset;
import org.sepyarn.examples.signal.Ricker;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;

class FdmodTest {
  private static final double V = 1500;

  @TempDir
  Path root;
  private ToolHarness world;

  @BeforeEach
  void setUp() {
    world = new ToolHarness(root);
  }

  /** A constant-velocity model of n x n cells of 10 m, written as vel.H. */
  private void constantModel(int n) {
    double[] v = new double[n * n];
    Arrays.fill(v, V);
    Hypercube cube = Hypercube.of(new Axis(n, 0, 10, "depth", "m"), new Axis(n, 0, 10, "x", "m"));
    Datasets.write(world.cwd(), "vel.H", "", cube, ElementFormat.XDR_FLOAT, v);
  }

  @Test
  void anUnstableTimeStepIsRefusedNamingDtTheMaximumVelocityAndTheLimit() {
    constantModel(20);
    ToolRun run = world.run("fdmod", "vel=vel.H", "sx=100", "nt=10", "dt=0.005").failed();
    double limit = Math.sqrt(3) / 2 / (V * Math.sqrt(2.0 / 100));
    assertTrue(run.stderr().startsWith("fdmod: dt=0.005 is unstable"), run.stderr());
    assertTrue(run.stderr().contains("maximum velocity 1500.0 m/s"), run.stderr());
    assertTrue(run.stderr().contains("dt <= " + limit), run.stderr());
    assertEquals(0, run.stdout().length, "nothing is written for a refused run");
  }

  @Test
  void theDirectWaveArrivesWhenTheTwoDimensionalGreensFunctionSays() {
    constantModel(100);
    double dt = 0.001;
    int nt = 500;
    double freq = 10;
    WrittenDataset out = world.run("fdmod", "vel=vel.H", "sx=500", "sz=500", "rz=500", "nt=" + nt, "dt=" + dt,
        "freq=" + freq).dataset();
    double[] v = out.values();
    for (int receiver : new int[] {70, 80, 90}) {
      double r = Math.abs(receiver - 50) * 10.0;
      double[] modelled = Arrays.copyOfRange(v, receiver * nt, (receiver + 1) * nt);
      double[] exact = greens2d(r, nt, dt, new Ricker(freq), 1 / freq);
      assertEquals(peak(exact), peak(modelled), 2, "direct-wave peak at offset " + r + " m");
      assertTrue(peak(modelled) * dt > r / V, "arrives after r/v");
      double amplitude = exact[peak(exact)] / (2 * Math.PI);
      assertEquals(amplitude, modelled[peak(modelled)], 0.03 * amplitude, "a unit line source spreads as 1/(2 pi)");
    }
  }

  /** Time of the largest sample. */
  private static int peak(double[] trace) {
    int best = 0;
    for (int i = 1; i < trace.length; i++) {
      if (trace[i] > trace[best]) {
        best = i;
      }
    }
    return best;
  }

  /**
   * The 2-D constant-velocity response to a line source with wavelet w, times 2 pi: the integral
   * of w(t - tau) / sqrt(tau^2 - (r/v)^2) over tau > r/v, written with tau = (r/v) cosh u. (The
   * Green's function of p_tt - v^2 lap p = v^2 delta(x) delta(t) is H(t - r/v) / (2 pi sqrt(t^2 -
   * r^2/v^2)).)
   */
  private static double[] greens2d(double r, int nt, double dt, Ricker wavelet, double delay) {
    double[] p = new double[nt];
    double t0 = r / V;
    for (int it = 0; it < nt; it++) {
      double t = it * dt;
      double sum = 0;
      for (double u = 0.0005; t0 * Math.cosh(u) < t + 1; u += 0.001) {
        sum += wavelet.at(t - t0 * Math.cosh(u) - delay) * 0.001;
      }
      p[it] = sum;
    }
    return p;
  }

  @Test
  void theGatherHeaderDescribesTimeReceiversAndShots() {
    constantModel(30);
    WrittenDataset out = world.run("fdmod", "vel=vel.H", "sx=50,150,250", "nt=40", "dt=0.002").dataset();
    Hypercube cube = out.cube();
    assertEquals(new Axis(40, 0, 0.002, "time", "s"), cube.axis(1));
    assertEquals(new Axis(30, 0, 10, "receiver x", "m"), cube.axis(2));
    assertEquals(new Axis(3, 50, 100, "shot x", "m"), cube.axis(3));
    assertEquals("xdr_float", out.history().requireString("data_format"));
  }

  @Test
  void shotsAtDifferentPositionsGiveDifferentGathers() {
    constantModel(40);
    byte[] left = world.run("fdmod", "vel=vel.H", "sx=100", "nt=200", "dt=0.001").dataset().binary();
    byte[] right = world.run("fdmod", "vel=vel.H", "sx=300", "nt=200", "dt=0.001").dataset().binary();
    assertFalse(Arrays.equals(left, right));
  }

  @Test
  void aTwoShotRunIsTheTwoSingleShotRunsConcatenatedBitForBit() {
    constantModel(40);
    WrittenDataset both = world.run("fdmod", "vel=vel.H", "sx=100,300", "nt=200", "dt=0.001").dataset();
    ByteArrayOutputStream singles = new ByteArrayOutputStream();
    for (String sx : new String[] {"100", "300"}) {
      WrittenDataset one = world.run("fdmod", "vel=vel.H", "sx=" + sx, "dsx=200", "nt=200", "dt=0.001").dataset();
      assertEquals(new Axis(1, Double.parseDouble(sx), 200, "shot x", "m"), one.cube().axis(3));
      singles.writeBytes(one.binary());
    }
    assertArrayEquals(singles.toByteArray(), both.binary());
    assertEquals(new Axis(2, 100, 200, "shot x", "m"), both.cube().axis(3));
  }

  @Test
  void shotsOffTheGridOrUnevenlySpacedAreRefused() {
    constantModel(20);
    ToolRun off = world.run("fdmod", "vel=vel.H", "sx=105", "nt=10", "dt=0.001").failed();
    assertTrue(off.stderr().contains("sx=105.0 is not on the x grid"), off.stderr());
    assertTrue(off.stderr().contains("100.0 and 110.0"), off.stderr());
    ToolRun outside = world.run("fdmod", "vel=vel.H", "sx=1000", "nt=10", "dt=0.001").failed();
    assertTrue(outside.stderr().contains("outside the x range 0.0 to 190.0"), outside.stderr());
    ToolRun uneven = world.run("fdmod", "vel=vel.H", "sx=10,20,40", "nt=10", "dt=0.001").failed();
    assertTrue(uneven.stderr().contains("sx is not evenly spaced"), uneven.stderr());
  }

  @Test
  void aVelocityFileWhoseDataFollowsItsHeaderIsRead() throws Exception {
    constantModel(20);
    byte[] fromFiles = world.run("fdmod", "vel=vel.H", "sx=100", "nt=50", "dt=0.001").dataset().binary();
    ToolRun inline = world.run("spike", "n1=20", "n2=20", "d1=10", "d2=10", "label1=depth", "unit1=m",
        "label2=x", "unit2=m", "mag=1500", "out=stdout");
    Files.write(world.cwd().resolve("inline.H"), inline.stdout());
    assertArrayEquals(fromFiles,
        world.run("fdmod", "vel=inline.H", "sx=100", "nt=50", "dt=0.001").dataset().binary());
  }

  @Test
  void aMissingVelocityFileIsNamed() {
    ToolRun run = world.run("fdmod", "vel=absent.H", "sx=0", "nt=10", "dt=0.001").failed();
    assertTrue(run.stderr().contains("vel=absent.H"), run.stderr());
    assertTrue(run.stderr().contains("does not exist"), run.stderr());
  }

  @Test
  void aModelWithANonPositiveVelocityIsRefused() {
    double[] v = new double[16];
    Arrays.fill(v, V);
    v[5] = 0;
    Datasets.write(world.cwd(), "bad.H", "", Hypercube.of(new Axis(4, 0, 10), new Axis(4, 0, 10)),
        ElementFormat.XDR_FLOAT, v);
    ToolRun run = world.run("fdmod", "vel=bad.H", "sx=0", "nt=10", "dt=0.001").failed();
    assertTrue(run.stderr().contains("depth sample 2, lateral sample 2"), run.stderr());
  }
}
