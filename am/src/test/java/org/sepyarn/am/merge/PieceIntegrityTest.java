package org.sepyarn.am.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.am.plan.OutputMerge;
import org.sepyarn.runner.checksum.FileChecksums;
import org.sepyarn.runner.checksum.PieceChecksumFile;
import org.sepyarn.runner.spec.PieceChecksum;
import org.sepyarn.runner.spec.WorkLayout;

/** Three tasks' committed pieces of two outputs on the local file system, checksummed as a runner does. */
class PieceIntegrityTest {
  private static final OutputMerge OUT = new OutputMerge(1, "/out/image.H", "f1-image.H", OutputMerge.Kind.CONCATENATE,
      2, null, null);
  private static final OutputMerge DIP = new OutputMerge(2, "/out/dip.H", "f2-dip.H", OutputMerge.Kind.SUM, 0, null,
      null);
  private static final Configuration CONF = new Configuration();

  @TempDir
  java.nio.file.Path tmp;
  private FileSystem fs;
  private WorkLayout work;

  @BeforeEach
  void commitThreeTasks() throws IOException {
    fs = FileSystem.getLocal(CONF);
    work = new WorkLayout(new Path(tmp.resolve("work").toUri()));
    try (FileChecksums sums = new FileChecksums(CONF)) {
      for (int task = 0; task < 3; task++) {
        List<PieceChecksum> recorded = new ArrayList<>();
        for (OutputMerge m : List.of(OUT, DIP)) {
          Path piece = work.piece(task, m.localName());
          write(piece, (byte) task, 1000 + task);
          recorded.add(sums.piece(fs, piece, m.localName(), m.localName()));
        }
        PieceChecksumFile.write(fs, work.pieces(task), recorded);
      }
    }
  }

  private void write(Path file, byte value, int length) throws IOException {
    try (OutputStream out = fs.create(file, true)) {
      byte[] data = new byte[length];
      java.util.Arrays.fill(data, value);
      out.write(data);
    }
  }

  private PieceIntegrity integrity() {
    return new PieceIntegrity(CONF, work, 3, "application_1_0007");
  }

  @Test
  void untouchedPiecesPass() throws IOException {
    assertEquals(Optional.empty(), integrity().firstChanged(List.of(OUT, DIP), Set.of()));
  }

  @Test
  void aPieceReplacedAfterItsCommitIsNamedWithItsTaskOutputAndTheWayOut() throws IOException {
    write(work.piece(1, "f2-dip.H"), (byte) 9, 1001);

    String problem = integrity().firstChanged(List.of(OUT, DIP), Set.of()).orElseThrow();

    assertTrue(problem.startsWith("task 1's committed piece of output files[2] /out/dip.H changed after its commit: "
        + work.piece(1, "f2-dip.H") + " had CRC32C:"), problem);
    assertTrue(problem.contains("(1001 bytes) when task 1 committed it and has CRC32C:"), problem);
    assertTrue(problem.endsWith("sepyarn resume application_1_0007 --rerun 1"), problem);
  }

  @Test
  void aPieceThatIsGoneIsLeftToTheMergeWhichSaysSoIfItNeedsIt() throws IOException {
    fs.delete(work.piece(2, "f1-image.H"), false);

    assertEquals(Optional.empty(), integrity().firstChanged(List.of(OUT, DIP), Set.of()));
  }

  @Test
  void outputsAlreadyMergedOrBeingJoinedInPlaceAreNotCheckedAgain() throws IOException {
    write(work.piece(0, "f1-image.H"), (byte) 7, 1000);
    assertTrue(integrity().firstChanged(List.of(OUT, DIP), Set.of()).isPresent());

    assertEquals(Optional.empty(), integrity().firstChanged(List.of(OUT, DIP), Set.of(1)));
    write(work.join(1), (byte) '{', 1);
    assertEquals(Optional.empty(), integrity().firstChanged(List.of(OUT, DIP), Set.of()));
  }

  @Test
  void piecesCommittedWithoutChecksumsAreLetThrough() throws IOException {
    fs.delete(new Path(work.pieces(1), PieceChecksumFile.NAME), false);
    write(work.piece(1, "f1-image.H"), (byte) 7, 1001);

    assertEquals(Optional.empty(), integrity().firstChanged(List.of(OUT, DIP), Set.of()));
  }

  @Test
  void aChangedPieceAmongSeveralChunksOfTasksIsFound() throws IOException {
    int tasks = 260; // two chunks of tasks
    try (FileChecksums sums = new FileChecksums(CONF)) {
      for (int task = 3; task < tasks; task++) {
        Path piece = work.piece(task, OUT.localName());
        write(piece, (byte) task, 10);
        PieceChecksumFile.write(fs, work.pieces(task), List.of(sums.piece(fs, piece, OUT.localName(),
            OUT.localName())));
      }
    }
    PieceIntegrity all = new PieceIntegrity(CONF, work, tasks, "application_1_0007");
    assertEquals(Optional.empty(), all.firstChanged(List.of(OUT), Set.of()));

    write(work.piece(258, OUT.localName()), (byte) 1, 10);

    assertTrue(all.firstChanged(List.of(OUT), Set.of()).orElseThrow().startsWith("task 258's committed piece"));
  }
}
