package org.sepyarn.runner.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.RunnerExitCodes;
import org.sepyarn.runner.spec.TaskFile;
import org.sepyarn.runner.spec.TaskSpec;

class FetchInputsTest {
  private static final Hypercube CUBE = Hypercube.of(new Axis(7, 0, 0.004, "time", "s"), new Axis(5, 100, 25),
      new Axis(4, 1, 1));

  @TempDir
  Path tmp;

  private Contexts dirs;
  private org.apache.hadoop.fs.Path source;

  @BeforeEach
  void writeSource() throws IOException {
    dirs = new Contexts(tmp);
    source = TestDatasets.write(tmp.resolve("source.H").toFile(), CUBE, TestDatasets.ramp(CUBE, 0));
  }

  private static TaskSpec task(TaskFile... files) {
    return new TaskSpec(0, List.of("prog"), null, null, null, List.of(files));
  }

  private org.apache.hadoop.fs.Path local(String name) {
    return TestDatasets.path(new File(dirs.workDir, name));
  }

  @Test
  void theFetchedPieceHoldsExactlyTheSamplesOfItsWindow() throws Exception {
    Window window = Window.parse("[1:6,2:4,1:3]");

    FetchInputs.run(dirs.of(task(new TaskFile("<", FileRole.INPUT, "f0-in.H", source.toString(), window.toString()))));

    Dataset piece = Dataset.open(local("f0-in.H"), TestDatasets.CONF);
    assertEquals(CUBE.window(window), piece.cube());
    assertArrayEquals(TestDatasets.readWindow(source, window), TestDatasets.readAll(local("f0-in.H")));
    assertEquals(source.toString(), piece.history().getString("sepyarn_source", null));
    assertEquals("[1:6,2:4,1:3]", piece.history().getString("sepyarn_window", null));
  }

  @Test
  void anInputWithoutAWindowIsCopiedWhole() throws Exception {
    FetchInputs.run(dirs.of(task(new TaskFile("vel=", FileRole.INPUT, "f0-vel.H", source.toString(), null))));

    assertEquals(CUBE, Dataset.open(local("f0-vel.H"), TestDatasets.CONF).cube());
    assertArrayEquals(TestDatasets.readAll(source), TestDatasets.readAll(local("f0-vel.H")));
  }

  @Test
  void everyInputIsFetchedAndOutputsAreLeftAlone() throws Exception {
    FetchInputs.run(dirs.of(task(
        new TaskFile("<", FileRole.INPUT, "f0-in.H", source.toString(), "[0:7,0:5,3:4]"),
        new TaskFile(">", FileRole.OUTPUT, "f1-out.H", null, null),
        new TaskFile("vel=", FileRole.INPUT, "f2-vel.H", source.toString(), null))));

    assertTrue(new File(dirs.workDir, "f0-in.H").isFile());
    assertTrue(new File(dirs.workDir, "f2-vel.H").isFile());
    assertFalse(new File(dirs.workDir, "f1-out.H").exists());
  }

  @Test
  void fetchingAgainReplacesAPieceLeftByAnEarlierTry() throws Exception {
    TaskSpec task = task(new TaskFile("<", FileRole.INPUT, "f0-in.H", source.toString(), "[0:7,0:5,0:1]"));
    FetchInputs.run(dirs.of(task));

    FetchInputs.run(dirs.of(task));

    assertArrayEquals(TestDatasets.readWindow(source, Window.parse("[0:7,0:5,0:1]")),
        TestDatasets.readAll(local("f0-in.H")));
  }

  @Test
  void aMissingSourceFailsWithAnIoErrorNamingTheSourceAndWindow() {
    String missing = tmp.resolve("no-such.H").toUri().toString();

    StageFailure f = assertThrows(StageFailure.class, () -> FetchInputs.run(dirs.of(task(
        new TaskFile("<", FileRole.INPUT, "f0-in.H", missing, "[0:2]")))));

    assertEquals(RunnerExitCodes.IO_FAILED, f.exitCode());
    assertTrue(f.getMessage().startsWith("cannot fetch input < " + missing + " window [0:2]: "), f.getMessage());
    assertEquals(null, f.programExitCode());
  }

  @Test
  void aWindowOutsideTheSourceFailsNamingTheSource() {
    StageFailure f = assertThrows(StageFailure.class, () -> FetchInputs.run(dirs.of(task(
        new TaskFile("vel=", FileRole.INPUT, "f0-vel.H", source.toString(), "[0:7,0:5,3:9]")))));

    assertEquals(RunnerExitCodes.IO_FAILED, f.exitCode());
    assertTrue(f.getMessage().startsWith("cannot fetch input vel= " + source + " window [0:7,0:5,3:9]: "),
        f.getMessage());
    assertTrue(f.getMessage().contains("does not fit axis 3"), f.getMessage());
  }

  /** A SEP3D dataset of 6 traces of 3 samples (trace t holds t, t + 0.1, t + 0.2) and key cmp_x = 10 t. */
  private org.apache.hadoop.fs.Path sep3d() throws IOException {
    org.apache.hadoop.fs.Path header = TestDatasets.path(tmp.resolve("traces.H").toFile());
    org.sepyarn.formats.sep3d.HeaderKeys keys = org.sepyarn.formats.sep3d.HeaderKeys.of(
        org.sepyarn.formats.sep3d.HeaderKey.ofFloat("cmp_x"));
    try (org.sepyarn.formats.sep3d.Sep3dWriter w = org.sepyarn.formats.sep3d.Sep3dWriter.to(TestDatasets.local(),
        header, new Axis(3, 0, 0.004), org.sepyarn.formats.element.ElementFormat.XDR_FLOAT, keys, 6).open()) {
      java.io.DataOutputStream out = new java.io.DataOutputStream(w.traces());
      for (int t = 0; t < 6; t++) {
        for (int i = 0; i < 3; i++) {
          out.writeFloat(t + 0.1f * i);
        }
        w.writeRecord(new int[] {Float.floatToIntBits(10f * t)}, 0);
      }
      out.flush();
      w.commit();
    }
    return header;
  }

  @Test
  void anIrregularPieceHoldsOnlyItsRecordsRenumberedWithTheirCoreFlags() throws Exception {
    org.apache.hadoop.fs.Path traces = sep3d();
    FetchInputs.run(dirs.of(task(TaskFile.irregularInput("<", "f0-traces.H", traces.toString(),
        new org.sepyarn.runner.spec.IrregularInput(1, "1-2,4", "2", null, java.util.Map.of("sepyarn_block", "1"))))));

    org.sepyarn.formats.sep3d.Sep3dDataset piece = org.sepyarn.formats.sep3d.Sep3dDataset.open(local("f0-traces.H"),
        TestDatasets.CONF);
    assertEquals(3, piece.traceCount());
    assertEquals(List.of("cmp_x", "data_record_number", "block_core"), piece.keys().names());
    List<List<Integer>> records = new java.util.ArrayList<>();
    try (org.sepyarn.formats.sep3d.HeaderReader reader = new org.sepyarn.formats.sep3d.HeaderReader(piece,
        TestDatasets.CONF)) {
      reader.scan((r, w, o) -> records.add(List.of((int) Float.intBitsToFloat(w[o]), w[o + 1], w[o + 2])));
    }
    assertEquals(List.of(List.of(10, 1, 0), List.of(20, 2, 1), List.of(40, 3, 0)), records);
    java.nio.ByteBuffer data = java.nio.ByteBuffer.wrap(java.nio.file.Files.readAllBytes(
        new File(dirs.workDir, "f0-traces.H@").toPath()));
    assertEquals(1f, data.getFloat(0));
    assertEquals(2f, data.getFloat(12));
    assertEquals(4.2f, data.getFloat(32));
    assertEquals("1", piece.traces().history().getString("sepyarn_block", null));
    assertEquals(traces.toString(), piece.traces().history().getString("sepyarn_source", null));
  }

  @Test
  void anEmptyIrregularBlockIsADatasetOfNoTraces() throws Exception {
    org.apache.hadoop.fs.Path traces = sep3d();
    FetchInputs.run(dirs.of(task(TaskFile.irregularInput("<", "f0-traces.H", traces.toString(),
        new org.sepyarn.runner.spec.IrregularInput(3, "", "", null, java.util.Map.of())))));

    assertTrue(org.sepyarn.formats.sep3d.EmptySep3d.holdsNoTraces(TestDatasets.local(), local("f0-traces.H")));
  }
}
