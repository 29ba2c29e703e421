package org.sepyarn.runner.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.merge.Summation;
import org.sepyarn.runner.iocount.PhaseMeter;
import org.sepyarn.runner.spec.PhaseBytes;
import org.sepyarn.runner.spec.PieceGather;
import org.sepyarn.runner.spec.RunnerExitCodes;
import org.sepyarn.runner.spec.TaskFile;
import org.sepyarn.runner.spec.TaskSpec;

/**
 * A flow task's input gathered from every piece of an intermediate that an earlier step left in
 * the work folder (here a "cluster" on the local file system).
 */
class GatheredFetchTest {
  private static final Hypercube WHOLE = Hypercube.of(new Axis(7, 0, 0.004, "time", "s"), new Axis(5, 100, 25),
      new Axis(6, 1, 1));
  private static final String PIECE = "f1-x.H";

  @TempDir
  Path tmp;

  private Contexts dirs;
  private org.apache.hadoop.fs.Path whole;

  @BeforeEach
  void writeWhole() throws IOException {
    dirs = new Contexts(tmp);
    whole = TestDatasets.write(tmp.resolve("whole.H").toFile(), WHOLE, TestDatasets.ramp(WHOLE, 0.5f));
  }

  private static String file(String tag, String path, String usage, String distribute) {
    return "{'tag': '" + tag + "', 'path': '" + path + "', 'usage': '" + usage + "', 'distribute': " + distribute + "}";
  }

  /** A flow whose step a (3 tasks) writes @x as {@code written} and step b (2 tasks) reads it as {@code read}. */
  private void writeJob(String input, String inputCut, String written, String read) throws IOException {
    String json = "{'tasks': 3, 'steps': ["
        + "{'name': 'a', 'program': {'command': ['sfa']}, 'files': [" + file("<", input, "input", inputCut) + ", "
        + file(">", "@x", "output", written) + "]},"
        + "{'name': 'b', 'tasks': 2, 'program': {'command': ['sfb']}, 'files': [" + file("<", "@x", "input", read)
        + ", " + file(">", "/d/out.H", "output", read) + "]}]}";
    File job = new File(dirs.cluster, "job.json");
    Files.writeString(job.toPath(), json.replace('\'', '"'), StandardCharsets.UTF_8);
  }

  /** Writes the samples of {@code window} of the whole as the committed piece of job task {@code task}. */
  private void writePiece(int task, Window window) throws IOException {
    TestDatasets.write(TestDatasets.local(), dirs.work.piece(task, PIECE), WHOLE.window(window),
        TestDatasets.readWindow(whole, window), false);
  }

  private static TaskSpec readerTask(int readerTask) {
    PieceGather gather = new PieceGather(1, 0, readerTask, 0, 3, PIECE);
    return new TaskSpec(3 + readerTask, List.of("sfb"), null, null, null,
        List.of(TaskFile.gathered("<", "f0-in.H", "@x", gather)));
  }

  private org.apache.hadoop.fs.Path local(String name) {
    return TestDatasets.path(new File(dirs.workDir, name));
  }

  @Test
  void aTransposeGathersTheTasksWindowFromPiecesSplitAlongAnotherAxis() throws Exception {
    writeJob("/d/in.H", "{'split': {'axis': 3}}", "{'split': {'axis': 3}}", "{'split': {'axis': 2}}");
    writePiece(0, Window.parse("[0:7,0:5,0:2]"));
    writePiece(1, Window.parse("[0:7,0:5,2:3]"));
    writePiece(2, Window.parse("[0:7,0:5,3:6]"));
    TaskContext ctx = dirs.of(readerTask(1));
    PhaseMeter meter = new PhaseMeter(ClusterFileSystems.counterFor(ctx));

    meter.measure(PhaseBytes.FETCH, () -> FetchInputs.run(ctx));

    Window window = Window.parse("[0:7,3:5,0:6]");
    Dataset fetched = Dataset.open(local("f0-in.H"), TestDatasets.CONF);
    assertEquals(WHOLE.window(window), fetched.cube());
    assertArrayEquals(TestDatasets.readWindow(whole, window), TestDatasets.readAll(local("f0-in.H")));
    assertEquals("[0:7,3:5,0:6]", fetched.history().getString("sepyarn_window", null));
    assertEquals("tasks 0 to 2 " + PIECE, fetched.history().getString("sepyarn_pieces", null));
    assertEquals("@x", fetched.history().getString("sepyarn_source", null));
    long windowBytes = window.elementCount() * 4;
    assertTrue(meter.counted().phase(PhaseBytes.FETCH).read() >= windowBytes, meter.counted().toString());
  }

  @Test
  void theWindowIsTheSameWhateverTheSlabsItIsWrittenIn() throws Exception {
    writeJob("/d/in.H", "{'split': {'axis': 3}}", "{'split': {'axis': 3}}", "{'split': {'axis': 2}}");
    writePiece(0, Window.parse("[0:7,0:5,0:2]"));
    writePiece(1, Window.parse("[0:7,0:5,2:3]"));
    writePiece(2, Window.parse("[0:7,0:5,3:6]"));
    TaskSpec task = readerTask(0);
    Window window = Window.parse("[0:7,0:3,0:6]");
    for (int slabBytes : new int[] {4, 20, 60, 200, 1 << 20}) {
      GatheredFetch.fetch(dirs.of(task), task.files().get(0), TestDatasets.local(), local("f0-in.H"), slabBytes);

      assertArrayEquals(TestDatasets.readWindow(whole, window), TestDatasets.readAll(local("f0-in.H")),
          "slabs of " + slabBytes + " bytes");
    }
  }

  @Test
  void aPatchedReadOfASplitIntermediateTakesTheOverlapFromTheNeighbouringPieces() throws Exception {
    writeJob("/d/in.H", "{'split': {'axis': 1}}", "{'split': {'axis': 1}}",
        "{'patch': {'blocks': [2], 'overlap': [2]}}");
    writePiece(0, Window.parse("[0:3,0:5,0:6]"));
    writePiece(1, Window.parse("[3:4,0:5,0:6]"));
    writePiece(2, Window.parse("[4:7,0:5,0:6]"));

    FetchInputs.run(dirs.of(readerTask(0)));

    // Block 0 of 7 samples in 2 is [0:4]; with its overlap of 2 it reaches into pieces 1 and 2.
    Window window = Window.parse("[0:6,0:5,0:6]");
    assertEquals(WHOLE.window(window), Dataset.open(local("f0-in.H"), TestDatasets.CONF).cube());
    assertArrayEquals(TestDatasets.readWindow(whole, window), TestDatasets.readAll(local("f0-in.H")));
  }

  @Test
  void piecesWrittenInPatchesTakeTheirGridFromTheWritersInputAndGiveEachSampleFromItsOwner() throws Exception {
    String patch = "{'patch': {'axes': [2], 'blocks': [3], 'overlap': [1]}}";
    writeJob(whole.toString(), patch, patch, "{'split': {'axis': 1}}");
    // Each piece holds its patch of the writer's input, whose header (whole.H) gives the grid.
    List<Window> held = org.sepyarn.formats.job.PatchLayout.grid(WHOLE,
        new org.sepyarn.formats.job.BlockPatch(List.of(2), List.of(3), List.of(1))).outerWindows();
    for (int p = 0; p < 3; p++) {
      writePiece(p, held.get(p));
    }

    FetchInputs.run(dirs.of(readerTask(1)));

    Window window = Window.parse("[4:7,0:5,0:6]");
    assertArrayEquals(TestDatasets.readWindow(whole, window), TestDatasets.readAll(local("f0-in.H")));
  }

  @Test
  void aSummedIntermediateGivesTheTasksWindowOfTheMergesSum() throws Exception {
    writeJob("/d/in.H", "{'split': {'axis': 3}}", "'copy'", "{'split': {'axis': 1}}");
    List<DatasetReader> readers = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      TestDatasets.write(TestDatasets.local(), dirs.work.piece(p, PIECE), WHOLE,
          TestDatasets.ramp(WHOLE, 0.1f * (p + 1) + 1e6f * p), false);
      readers.add(DatasetReader.open(dirs.work.piece(p, PIECE), TestDatasets.CONF));
    }
    ByteArrayOutputStream merged = new ByteArrayOutputStream();
    Summation.of(readers, 1 << 20).writeTo(merged);
    for (DatasetReader r : readers) {
      r.close();
    }
    org.apache.hadoop.fs.Path sum = TestDatasets.write(tmp.resolve("sum.H").toFile(), WHOLE, merged.toByteArray());

    TaskSpec task = readerTask(1);
    Window window = Window.parse("[4:7,0:5,0:6]");
    for (int slabBytes : new int[] {20, 300}) {
      GatheredFetch.fetch(dirs.of(task), task.files().get(0), TestDatasets.local(), local("f0-in.H"), slabBytes);

      assertArrayEquals(TestDatasets.readWindow(sum, window), TestDatasets.readAll(local("f0-in.H")),
          "slabs of " + slabBytes + " bytes");
    }
    FetchInputs.run(dirs.of(task));

    assertArrayEquals(TestDatasets.readWindow(sum, window), TestDatasets.readAll(local("f0-in.H")));
    assertEquals("the sum of tasks 0 to 2 " + PIECE, Dataset.open(local("f0-in.H"), TestDatasets.CONF).history()
        .getString("sepyarn_pieces", null));
  }

  @Test
  void aMissingPieceIsNamedWithTheTaskThatMustRunAgain() throws Exception {
    writeJob("/d/in.H", "{'split': {'axis': 3}}", "{'split': {'axis': 3}}", "{'split': {'axis': 2}}");
    writePiece(0, Window.parse("[0:7,0:5,0:2]"));
    writePiece(2, Window.parse("[0:7,0:5,3:6]"));

    StageFailure f = assertThrows(StageFailure.class, () -> FetchInputs.run(dirs.of(readerTask(0))));

    assertEquals(RunnerExitCodes.PIECE_LOST, f.exitCode());
    assertTrue(f.getMessage().startsWith("cannot fetch input < @x: piece 1 of @x is missing: step a's task 1 (job"
        + " task 1) has no committed "), f.getMessage());
  }

  @Test
  void piecesThatDisagreeOnAnAxisTheCutLeavesAloneAreNamed() throws Exception {
    writeJob("/d/in.H", "{'split': {'axis': 3}}", "{'split': {'axis': 3}}", "{'split': {'axis': 2}}");
    writePiece(0, Window.parse("[0:7,0:5,0:2]"));
    writePiece(1, Window.parse("[0:7,0:5,2:3]"));
    writePiece(2, Window.parse("[0:6,0:5,3:6]"));

    StageFailure f = assertThrows(StageFailure.class, () -> FetchInputs.run(dirs.of(readerTask(0))));

    assertTrue(f.getMessage().contains("the pieces of @x that step a wrote do not fit together: piece 2 has n1=6 on"
        + " axis 1 but piece 0 has n1=7"), f.getMessage());
  }

  @Test
  void aFlowWithoutItsJobDescriptionSaysSo() throws Exception {
    StageFailure f = assertThrows(StageFailure.class, () -> FetchInputs.run(dirs.of(readerTask(0))));

    assertTrue(f.getMessage().contains("job.json is missing from the work folder"), f.getMessage());
  }
}
