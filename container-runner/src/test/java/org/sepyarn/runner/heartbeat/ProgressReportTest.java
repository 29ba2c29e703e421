package org.sepyarn.runner.heartbeat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressReportTest {
  @TempDir
  Path tmp;

  private File file(String text) throws IOException {
    return Files.writeString(tmp.resolve(".sepyarn-progress"), text, StandardCharsets.UTF_8).toFile();
  }

  @Test
  void aMissingFileMeansNoProgressYet() {
    assertEquals(ProgressReport.NONE, ProgressReport.read(tmp.resolve("absent").toFile()));
    assertEquals(new ProgressReport(0, null), ProgressReport.NONE);
  }

  @Test
  void progressAndAQuotedCheckpointAreReadFromOneLine() throws IOException {
    ProgressReport report = ProgressReport.read(file("progress=0.4 checkpoint=\"iteration=12\"\n"));

    assertEquals(new ProgressReport(0.4, "iteration=12"), report);
  }

  @Test
  void theLastDefinitionWinsAsTheProgramAppendsLines() throws IOException {
    ProgressReport report = ProgressReport.read(file(
        "progress=0.1 checkpoint=iter-1\nprogress=0.2\nprogress=0.35 checkpoint=iter-7\n"));

    assertEquals(new ProgressReport(0.35, "iter-7"), report);
  }

  @Test
  void aCheckpointWithoutProgressGivesProgressZero() throws IOException {
    assertEquals(new ProgressReport(0, "shot-40"), ProgressReport.read(file("checkpoint=shot-40\n")));
  }

  @Test
  void aBadNumberMeansNoProgressButKeepsTheCheckpoint() throws IOException {
    assertEquals(new ProgressReport(0, "c1"), ProgressReport.read(file("progress=almost checkpoint=c1\n")));
    assertEquals(new ProgressReport(0, null), ProgressReport.read(file("progress=1e999\n")));
  }

  @Test
  void progressIsClampedToZeroToOne() throws IOException {
    assertEquals(1, ProgressReport.read(file("progress=1.5\n")).progress());
    assertEquals(0, ProgressReport.read(file("progress=-0.2\n")).progress());
    assertEquals(1, ProgressReport.read(file("progress=1\n")).progress());
  }

  @Test
  void aFileThatIsNotKeyValueTextMeansNoProgress() throws IOException {
    assertEquals(ProgressReport.NONE, ProgressReport.read(file("par=elsewhere.par\n")));
    assertEquals(ProgressReport.NONE, ProgressReport.read(tmp.toFile()));
  }

  @Test
  void anUnfinishedLastLineIsIgnoredSoATornCheckpointIsNeverTheRetrysOne() throws IOException {
    File torn = file("progress=0.4 checkpoint=\"iteration=12\"\nprogress=0.5 checkpoint=\"iteration=1");

    assertEquals(new ProgressReport(0.4, "iteration=12"), ProgressReport.read(torn));
    assertEquals(ProgressReport.NONE, ProgressReport.read(file("progress=0.5 checkpoint=\"iter")));
  }

  @Test
  void onlyTheEndOfAFileThatGrewByAppendingIsRead() throws IOException {
    File big = file("");
    try (java.io.Writer out = new java.io.BufferedWriter(new java.io.FileWriter(big, java.nio.charset.StandardCharsets.UTF_8),
        1 << 16)) {
      for (int i = 0; i < 2_600_000; i++) {
        out.write("progress=0." + (i % 10) + " checkpoint=\"iteration=" + i + "\"\n");
      }
      out.write("progress=0.9 checkpoint=\"iteration=last\"\n");
    }
    assertEquals(true, big.length() > 100L * 1000 * 1000, "a 100 MB file, as weeks of appending make: " + big.length());

    assertEquals(new ProgressReport(0.9, "iteration=last"), ProgressReport.read(big));
  }

  @Test
  void aTailThatStartsInTheMiddleOfALineDropsThatPiece() throws IOException {
    String filler = "x".repeat(ProgressReport.TAIL_BYTES);
    // The tail starts inside the first line: its end, " checkpoint=stale", is not read as a definition.
    File cut = file("note=" + filler + " checkpoint=stale\nprogress=0.3\n");
    assertEquals(new ProgressReport(0.3, null), ProgressReport.read(cut));
    File aligned = file(filler + "\nprogress=0.2 checkpoint=c\n");
    assertEquals(new ProgressReport(0.2, "c"), ProgressReport.read(aligned));
  }

  @Test
  void aOneMegabyteCheckpointIsRefusedWithAReasonAndTheLineBeforeDoesNotCountEither() throws IOException {
    File huge = file("progress=0.3 checkpoint=iteration=3\nprogress=0.4 checkpoint=\"" + "s".repeat(1 << 20)
        + "\"\n");

    ProgressReport report = ProgressReport.read(huge);

    assertNull(report.checkpoint());
    assertTrue(report.rejected().contains("longer than the 65536 bytes the runner reads"), report.rejected());
    assertTrue(report.rejected().contains("limit of 16384 bytes"), report.rejected());
  }

  @Test
  void aCheckpointOverTheLimitButWithinTheTailIsRefusedSayingItsSize() throws IOException {
    String big = "s".repeat(CheckpointLimit.MAX_BYTES + 1);

    ProgressReport report = ProgressReport.read(file("progress=0.5 checkpoint=" + big + "\n"));

    assertEquals(0.5, report.progress());
    assertNull(report.checkpoint());
    assertTrue(report.rejected().startsWith("a checkpoint of 16385 bytes is over the limit of 16384 bytes"),
        report.rejected());
  }

  @Test
  void aCheckpointOfExactlyTheLimitIsTaken() throws IOException {
    String most = "s".repeat(CheckpointLimit.MAX_BYTES);

    assertEquals(new ProgressReport(0, most), ProgressReport.read(file("checkpoint=" + most + "\n")));
  }

  @Test
  void aCheckpointWithAControlCharacterIsRefused() throws IOException {
    ProgressReport report = ProgressReport.read(file("checkpoint=\"a\u0001b\"\n"));

    assertNull(report.checkpoint());
    assertTrue(report.rejected().contains("control character U+0001"), report.rejected());
    assertEquals(new ProgressReport(0, "a\tb"), ProgressReport.read(file("checkpoint=\"a\tb\"\n")));
  }
}
