package org.sepyarn.examples.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.examples.Datasets;
import org.sepyarn.examples.ToolHarness;
import org.sepyarn.examples.ToolRun;
import org.sepyarn.examples.WrittenDataset;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.solver.CgSolver;
import org.sepyarn.formats.solver.DenseOperator;
import org.sepyarn.formats.solver.FloatVector;
import org.sepyarn.formats.solver.MemoryStore;
import org.sepyarn.formats.solver.SolverState;
import org.sepyarn.formats.solver.Vector;

/**
 * {@code cgstep}: driven as a solve's flow drives it, on one piece, its vector arithmetic gives
 * bit for bit the iterates of the in-memory solver; on two pieces the same within rounding.
 */
class CgStepTest {
  private static final double[][] MATRIX = {
      {1, 2, 0, 0.5}, {0, 1, 3, 0}, {2, 0, 1, 1}, {0.5, 0.25, 0, 2}, {1, 1, 1, 1}, {0, -1, 2, 0.5}};
  private static final double[] DATA = {1, -2, 0.5, 3, 0.25, 1.5};

  @TempDir
  Path root;
  private ToolHarness world;
  private int files;

  @BeforeEach
  void setUp() {
    world = new ToolHarness(root);
  }

  private String write(double[] values) {
    String name = "v" + files++ + ".H";
    Datasets.xdrFloat(world.cwd(), name, Hypercube.ofLengths(values.length), values);
    return name;
  }

  private double[] read(String name) {
    return WrittenDataset.read(world.cwd().resolve(name), world.cwd()).values();
  }

  private void run(String... args) {
    List<String> line = new ArrayList<>(List.of("cgstep"));
    line.addAll(List.of(args));
    ToolRun run = world.run(line.toArray(String[]::new));
    assertEquals(0, run.status(), run.stderr());
  }

  private static double[] values(Vector v) {
    float[] f = ((FloatVector) v).values();
    double[] d = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      d[i] = f[i];
    }
    return d;
  }

  /** The model after {@code niter} iterations, the arithmetic done by cgstep on pieces of {@code pieces} samples. */
  private double[] solveWithTool(int niter, int pieces) {
    DenseOperator op = new DenseOperator(MATRIX);
    double[] x = new double[MATRIX[0].length];
    double[] r = DATA.clone();
    double[] s = null;
    double[] bigS = null;
    for (int i = 0; i < niter; i++) {
      double[] g = values(op.adjoint(FloatVector.ofDoubles(r)));
      double[] bigG = values(op.forward(FloatVector.ofDoubles(g)));
      List<double[][]> data = split(new double[][] {bigG, r, bigS}, pieces);
      List<String> dots = new ArrayList<>();
      for (double[][] piece : data) {
        String out = "dots" + files++ + ".H";
        List<String> args = new ArrayList<>(List.of("op=dots", "G=" + write(piece[0]), "r=" + write(piece[1]),
            "dots=" + out));
        if (piece[2] != null) {
          args.add("S=" + write(piece[2]));
        }
        run(args.toArray(String[]::new));
        dots.add(out);
      }
      String added = "sum" + files++ + ".H";
      double[] total = new double[5];
      for (String d : dots) {
        double[] part = read(d);
        for (int k = 0; k < 5; k++) {
          total[k] += part[k];
        }
      }
      Datasets.write(world.cwd(), added, "", Hypercube.ofLengths(5), org.sepyarn.formats.element.ElementFormat.XDR_DOUBLE,
          total);
      double[][] dataUpdate = update(added, i > 0, bigG, bigS, r, -1);
      double[][] modelUpdate = update(added, i > 0, g, s, x, 1);
      bigS = dataUpdate[0];
      r = dataUpdate[1];
      s = modelUpdate[0];
      x = modelUpdate[1];
    }
    return x;
  }

  private double[][] update(String dots, boolean previous, double[] grad, double[] prev, double[] v, int sign) {
    String dir = "dir" + files++ + ".H";
    String next = "next" + files++ + ".H";
    List<String> args = new ArrayList<>(List.of("op=update", "ndots=1", "dots0=" + dots, "previous="
        + (previous ? "y" : "n"), "grad=" + write(grad), "v=" + write(v), "sign=" + sign, "dir=" + dir, "vnew=" + next,
        "norms=norms" + files++ + ".H"));
    if (prev != null) {
      args.add("prev=" + write(prev));
    }
    run(args.toArray(String[]::new));
    return new double[][] {read(dir), read(next)};
  }

  private static List<double[][]> split(double[][] vectors, int pieces) {
    int n = vectors[0].length;
    List<double[][]> out = new ArrayList<>();
    for (int start = 0; start < n; start += pieces) {
      int end = Math.min(n, start + pieces);
      double[][] piece = new double[vectors.length][];
      for (int v = 0; v < vectors.length; v++) {
        piece[v] = vectors[v] == null ? null : java.util.Arrays.copyOfRange(vectors[v], start, end);
      }
      out.add(piece);
    }
    return out;
  }

  private static double[] inMemory(int niter) {
    MemoryStore store = new MemoryStore();
    store.put("d", FloatVector.ofDoubles(DATA));
    store.put("x.0", FloatVector.ofDoubles(new double[MATRIX[0].length]));
    CgSolver solver = new CgSolver(new DenseOperator(MATRIX), store);
    SolverState end = solver.run(SolverState.initial("d", "x.0", niter));
    return values(store.get(end.vector("x")));
  }

  @Test
  void onOnePieceTheIteratesAreTheInMemorySolversBitForBit() {
    assertArrayEquals(inMemory(3), solveWithTool(3, DATA.length));
  }

  @Test
  void onPiecesTheyAgreeWithinRounding() {
    double[] expected = inMemory(3);
    double[] got = solveWithTool(3, 4);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], got[i], 1e-5 * Math.max(1, Math.abs(expected[i])), "sample " + i);
    }
  }

  @Test
  void combineAddsScaledVectorsAndMultiplyWeighsBothPartsOfComplexSamples() {
    run("op=combine", "n=2", "in0=" + write(new double[] {1, 2, 3}), "in1=" + write(new double[] {10, 20, 30}),
        "in1_scale=-0.5", "sum=sum.H");
    assertArrayEquals(new double[] {-4, -8, -12}, read("sum.H"));
    run("op=residual", "Lx=" + write(new double[] {1, -2}), "Lx_scale=3", "r=r.H");
    assertArrayEquals(new double[] {-3, 6}, read("r.H"));
  }

  @Test
  void vectorsOfDifferentLengthsAreRefusedByName() {
    ToolRun run = world.run("cgstep", "op=combine", "n=2", "in0=" + write(new double[] {1, 2, 3}),
        "in1=" + write(new double[] {1, 2}), "sum=sum.H");
    assertEquals(1, run.status());
    assertTrue(run.stderr().contains("must be of one space"), run.stderr());
  }
}
