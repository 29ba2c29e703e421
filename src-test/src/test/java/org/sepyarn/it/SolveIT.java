package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.server.resourcemanager.ResourceManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.client.inversion.GridVector;
import org.sepyarn.client.inversion.SerialOperators;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.inversion.InversionProblem;
import org.sepyarn.formats.inversion.SolverSpec;
import org.sepyarn.formats.solver.LeastSquares;
import org.sepyarn.formats.solver.MemoryStore;

/**
 * {@code sepyarn solve}: an interpolation of irregular points onto a regular grid with a
 * roughening regularization (the seed's {@code Interp.py}), solved out of core with the
 * interpolation run in two tasks over the points, against the same problem solved in memory
 * with the same programs; and the solve's ApplicationMaster killed mid-iteration.
 */
class SolveIT extends ClusterTestBase {
  private static final int GRID = 30;
  private static final int POINTS = 120;
  private static final int NITER = 2;
  private static float[] inMemory;
  private static byte[] undisturbed;

  @BeforeAll
  static void startClusters() throws Exception {
    startClusters(SolveIT.class, 2);
    Random random = new Random(5);
    float[] xs = new float[POINTS];
    float[] values = new float[POINTS];
    for (int i = 0; i < POINTS; i++) {
      xs[i] = (float) (random.nextDouble() * (GRID - 1));
      values[i] = (float) (Math.sin(xs[i] / 4.0) + 0.2 * random.nextGaussian());
    }
    FileSystem localFs = FileSystem.getLocal(conf);
    for (FileSystem target : new FileSystem[] {fs, localFs}) {
      String dir = target == fs ? "/solve" : local.getAbsolutePath();
      Datasets.writeFloats(target, dir + "/xy.H", Hypercube.ofLengths(1, POINTS), xs);
      Datasets.writeFloats(target, dir + "/values.H", Hypercube.ofLengths(POINTS), values);
      Datasets.writeFloats(target, dir + "/m0.H", Hypercube.ofLengths(GRID), new float[GRID]);
    }
    inMemory = solveInMemory();
  }

  /** The problem, its datasets in {@code dir}, its model written to {@code model}. */
  private static String problem(String dir, String model) {
    String tool = "[\"java\", \"-jar\", \"sepyarn.jar\", \"tool\", ";
    return ("{'name': 'interp-reg', 'data': '" + dir + "/values.H', 'initialModel': '" + dir + "/m0.H',"
        + " 'operator': {'program': {'command': " + tool + "'interp'], 'args': ['n1=" + GRID + "', 'o1=0', 'd1=1']},"
        + "   'model': 'copy', 'data': {'split': {'axis': 1}}, 'tasks': 2,"
        + "   'files': [{'tag': 'coord=', 'path': '" + dir + "/xy.H', 'usage': 'input',"
        + "     'distribute': {'split': {'axis': 2}}}]},"
        + " 'solver': {'method': 'reg', 'eps': 0.3, 'regularization': {'program': {'command': " + tool
        + "'roughen']}, 'dataSpace': '" + dir + "/m0.H'}},"
        + " 'niter': " + NITER + ", 'output': {'model': '" + model + "'},"
        + " 'job': {'resources': {'memory': '384m'}, 'tasksPerContainer': 4}}").replace('\'', '"');
  }

  /** The same problem in memory: {@link LeastSquares} with each operator's program run on local files. */
  private static float[] solveInMemory() throws Exception {
    InversionProblem p = InversionProblem.parse(problem("file:" + local.getAbsolutePath(), "/unused/m.H"),
        "problem.json");
    File scratch = new File(local, "in-memory");
    Files.createDirectories(scratch.toPath().resolve("l"));
    Files.createDirectories(scratch.toPath().resolve("a"));
    SolverSpec.Regularized reg = (SolverSpec.Regularized) p.solver();
    LeastSquares solve = LeastSquares.regularized(
        SerialOperators.build(p.operator(), scratch.toPath().resolve("l"), conf),
        SerialOperators.build(reg.regularization(), scratch.toPath().resolve("a"), conf), reg.eps(),
        SerialOperators.read(p.data(), conf), SerialOperators.read(p.initialModel(), conf), NITER, new MemoryStore());
    return ((GridVector) solve.solve()).values().values();
  }

  private static File problemFile(String name, String model) throws Exception {
    File file = new File(local, name);
    Files.writeString(file.toPath(), problem(fs.makeQualified(new Path("/solve")).toString(), model),
        StandardCharsets.UTF_8);
    return file;
  }

  /** The model of an undisturbed solve, solved once for the tests that compare with it. */
  private static synchronized byte[] undisturbed() throws Exception {
    if (undisturbed == null) {
      CliRun run = CliRun.of(conf, "solve", problemFile("problem.json", "/solve/model.H").getAbsolutePath());
      assertEquals(0, run.exitCode(), run::toString);
      undisturbed = Datasets.readBytes(conf, fs.makeQualified(new Path("/solve/model.H")));
    }
    return undisturbed;
  }

  @Test
  void theModelSolvedOutOfCoreMatchesTheInMemorySolution() throws Exception {
    undisturbed();
    float[] model = Datasets.readFloats(conf, fs.makeQualified(new Path("/solve/model.H")));
    assertEquals(GRID, model.length);
    float largest = 0;
    for (float v : inMemory) {
      largest = Math.max(largest, Math.abs(v));
    }
    assertTrue(largest > 0.1, "the in-memory solution is not trivial");
    for (int i = 0; i < GRID; i++) {
      assertEquals(inMemory[i], model[i], 1e-4 * largest, "sample " + i);
    }
    // The norms table: |r| and |x| for iterations 0..NITER, the residual's falling.
    float[] norms = Datasets.readFloats(conf, fs.makeQualified(new Path("/solve/model-norms.H")));
    assertEquals(2 * (NITER + 1), norms.length);
    for (int i = 1; i <= NITER; i++) {
      assertTrue(norms[2 * i] < norms[2 * (i - 1)], "the residual falls at iteration " + i + ": "
          + java.util.Arrays.toString(norms));
    }
  }

  @Test
  void anApplicationMasterKilledInTheSecondIterationResumesToTheSameModel() throws Exception {
    byte[] expected = undisturbed();
    CliRun submitted = CliRun.of(conf, "solve", "--detach", problemFile("restart.json", "/solve/model-restart.H")
        .getAbsolutePath());
    assertEquals(0, submitted.exitCode(), submitted::toString);
    Matcher m = Pattern.compile("application_\\d+_\\d+").matcher(submitted.out());
    assertTrue(m.find(), submitted::toString);
    ApplicationId id = ApplicationId.fromString(m.group());
    long deadline = System.currentTimeMillis() + 240_000;
    while (System.currentTimeMillis() < deadline && jobs.status(id).map(s -> s.tasks().stream().noneMatch(
        t -> t.state().equals("SUCCEEDED") && t.step() != null && t.step().startsWith("it2-"))).orElse(true)) {
      Thread.sleep(200);
    }
    ResourceManager rm = cluster.yarn().getResourceManager();
    ContainerId am = rm.getRMContext().getRMApps().get(id).getCurrentAppAttempt().getMasterContainer().getId();
    assertTrue(Harm.killProcessesOf(am) > 0, "killed the first ApplicationMaster attempt");
    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    assertEquals(2, rm.getRMContext().getRMApps().get(id).getAppAttempts().size(), "a second attempt ran");
    assertArrayEquals(expected, Datasets.readBytes(conf, fs.makeQualified(new Path("/solve/model-restart.H"))));
    assertStatusShowsTheNormsTable(id, "/solve/model-restart-norms.H");
  }

  /**
   * Complex vectors: data {@code d} fitted through a diagonal of real weights taking two values,
   * which conjugate gradients solve exactly in two iterations; the model is {@code d / w}, both
   * parts of every sample. The diagonal runs as the {@code cgstep} tool's multiplication, so the
   * test needs no complex program of its own.
   */
  @Test
  void complexDataThroughADiagonalSolveToTheDataOverTheWeights() throws Exception {
    int n = 12;
    float[] weights = new float[n];
    float[] data = new float[2 * n];
    for (int i = 0; i < n; i++) {
      weights[i] = i % 2 == 0 ? 1 : 2.5f;
      data[2 * i] = i + 1;
      data[2 * i + 1] = -0.5f * i;
    }
    Datasets.writeFloats(fs, "/solve/complex/w.H", Hypercube.ofLengths(n), weights);
    Datasets.writeComplex(fs, "/solve/complex/d.H", Hypercube.ofLengths(n), data);
    Datasets.writeComplex(fs, "/solve/complex/m0.H", Hypercube.ofLengths(n), new float[2 * n]);
    String dir = fs.makeQualified(new Path("/solve/complex")).toString();
    File problem = new File(local, "complex.json");
    Files.writeString(problem.toPath(), ("{'name': 'diag-complex', 'data': '" + dir + "/d.H', 'initialModel': '" + dir
        + "/m0.H', 'operator': {'diagonal': '" + dir + "/w.H'}, 'solver': 'cg', 'niter': 2,"
        + " 'output': {'model': '" + dir + "/m.H'}, 'job': {'resources': {'memory': '384m'}}}").replace('\'', '"'),
        StandardCharsets.UTF_8);

    CliRun run = CliRun.of(conf, "solve", problem.getAbsolutePath());

    assertEquals(0, run.exitCode(), run::toString);
    byte[] model = Datasets.readBytes(conf, fs.makeQualified(new Path("/solve/complex/m.H")));
    java.nio.ByteBuffer parts = java.nio.ByteBuffer.wrap(model);
    assertEquals(8 * n, model.length, "n complex samples of two xdr floats");
    for (int i = 0; i < 2 * n; i++) {
      float expected = data[i] / weights[i / 2];
      assertEquals(expected, parts.getFloat(), 1e-5 * (n + 1), (i % 2 == 0 ? "real" : "imaginary") + " part of sample "
          + i / 2);
    }
  }

  /**
   * {@code status --json} of the ended solve lists the norms at the start and after every
   * iteration, as the second ApplicationMaster attempt read them from the pieces, and they are the
   * norms table's.
   */
  private static void assertStatusShowsTheNormsTable(ApplicationId id, String table) throws Exception {
    CliRun status = CliRun.of(conf, "status", id.toString(), "--json");
    assertEquals(0, status.exitCode(), status::toString);
    com.fasterxml.jackson.databind.JsonNode iterations = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(status.out()).path("job").path("iterations");
    assertEquals(NITER + 1, iterations.size(), status::out);
    float[] norms = Datasets.readFloats(conf, fs.makeQualified(new Path(table)));
    for (int i = 0; i <= NITER; i++) {
      assertEquals(i, iterations.get(i).path("iteration").asInt());
      assertEquals(norms[2 * i], iterations.get(i).path("residualNorm").asDouble(), 1e-6 * norms[0], status::out);
      assertEquals(norms[2 * i + 1], iterations.get(i).path("modelNorm").asDouble(), 1e-6 * norms[0], status::out);
    }
  }
}
