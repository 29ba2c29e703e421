package org.sepyarn.runner.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.runner.checksum.FileChecksums;
import org.sepyarn.runner.checksum.PieceChecksumFile;
import org.sepyarn.runner.spec.PieceChecksum;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.RunnerExitCodes;
import org.sepyarn.runner.spec.TaskFile;
import org.sepyarn.runner.spec.TaskSpec;

class CommitOutputsTest {
  private static final Hypercube CUBE = Hypercube.of(new Axis(6, 0, 0.5), new Axis(4, 10, 2));
  private static final TaskSpec TASK = new TaskSpec(2, List.of("prog"), null, null, null, List.of(
      new TaskFile("<", FileRole.INPUT, "f0-in.H", "hdfs:///in.H", null),
      new TaskFile(">", FileRole.OUTPUT, "f1-out.H", null, null),
      new TaskFile("dip=", FileRole.OUTPUT, "f2-dip.H", null, null)));

  @TempDir
  Path tmp;

  private Contexts dirs;

  @BeforeEach
  void folders() throws IOException {
    dirs = new Contexts(tmp);
  }

  private void writeOutputs(float offset) throws IOException {
    TestDatasets.write(new File(dirs.workDir, "f1-out.H"), CUBE, TestDatasets.ramp(CUBE, offset));
    TestDatasets.write(new File(dirs.workDir, "f2-dip.H"), CUBE, TestDatasets.ramp(CUBE, offset + 100));
  }

  private org.apache.hadoop.fs.Path piece(String name) {
    return dirs.work.piece(TASK.index(), name);
  }

  private static List<String> visibleNames(File folder) throws IOException {
    try (Stream<Path> s = Files.list(folder.toPath())) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
    }
  }

  @Test
  void committedOutputsAppearInTheTasksPiecesFolderAsSingleFileDatasets() throws Exception {
    writeOutputs(0);
    assertFalse(dirs.clusterFile("pieces").exists());

    List<PieceChecksum> sums = CommitOutputs.run(dirs.of(TASK));

    assertEquals(List.of("checksums.json", "f1-out.H", "f2-dip.H"), visibleNames(dirs.clusterFile("pieces/task-00002")));
    assertEquals(sums, PieceChecksumFile.read(TestDatasets.local(), dirs.work.pieces(2)).orElseThrow());
    assertEquals(List.of("f1-out.H", "f2-dip.H"), sums.stream().map(PieceChecksum::file).toList());
    assertEquals(new File(dirs.clusterFile("pieces/task-00002"), "f1-out.H").length(), sums.get(0).length());
    assertEquals(FileChecksums.readingCrc32c(TestDatasets.local(), piece("f2-dip.H")), sums.get(1).checksum());
    assertTrue(sums.get(0).checksum().startsWith("CRC32C:"), sums.get(0).checksum());
    Dataset out = Dataset.open(piece("f1-out.H"), TestDatasets.CONF);
    assertTrue(out.dataInHeader());
    assertEquals(CUBE, out.cube());
    assertArrayEquals(TestDatasets.ramp(CUBE, 0), TestDatasets.readAll(piece("f1-out.H")));
    assertArrayEquals(TestDatasets.ramp(CUBE, 100), TestDatasets.readAll(piece("f2-dip.H")));
  }

  @Test
  void theAttemptFolderIsGoneAfterTheCommit() throws Exception {
    writeOutputs(0);

    CommitOutputs.run(dirs.of(TASK));

    assertFalse(dirs.clusterFile("attempts/task-00002-a1").exists());
  }

  @Test
  void anAttemptThatCannotUploadItsOutputsLeavesNoPieces() throws Exception {
    writeOutputs(0);
    Path binary = dirs.workDir.toPath().resolve("f2-dip.H@");
    Files.write(binary, Arrays.copyOf(Files.readAllBytes(binary), 12));

    StageFailure f = assertThrows(StageFailure.class, () -> CommitOutputs.run(dirs.of(TASK)));

    assertEquals(RunnerExitCodes.IO_FAILED, f.exitCode());
    assertTrue(f.getMessage().startsWith("cannot commit the outputs of task 2: "), f.getMessage());
    assertFalse(dirs.clusterFile("pieces/task-00002").exists());
  }

  @Test
  void aSecondAttemptCommittingTheSameTaskDropsItsCopyAndSucceeds() throws Exception {
    writeOutputs(0);
    CommitOutputs.run(dirs.of(TASK, 1, 0, null));
    writeOutputs(500);

    List<PieceChecksum> second = CommitOutputs.run(dirs.of(TASK, 2, 0, null));

    assertEquals(List.of(), second, "the attempt that committed nothing records no checksums");
    assertEquals(List.of("checksums.json", "f1-out.H", "f2-dip.H"), visibleNames(dirs.clusterFile("pieces/task-00002")));
    assertArrayEquals(TestDatasets.ramp(CUBE, 0), TestDatasets.readAll(piece("f1-out.H")));
    assertFalse(dirs.clusterFile("attempts/task-00002-a2").exists());
  }

  @Test
  void aRetriedAttemptReplacesWhatAnEarlierRunOfTheSameAttemptLeftHalfUploaded() throws Exception {
    writeOutputs(0);
    File leftover = dirs.clusterFile("attempts/task-00002-a3/f1-out.H");
    Files.createDirectories(leftover.toPath().getParent());
    Files.writeString(leftover.toPath(), "half a header");

    CommitOutputs.run(dirs.of(TASK, 3, 0, null));

    assertArrayEquals(TestDatasets.ramp(CUBE, 0), TestDatasets.readAll(piece("f1-out.H")));
    assertFalse(dirs.clusterFile("attempts/task-00002-a3").exists());
  }
}
