package org.sepyarn.runner.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.runner.process.LocalProgramLauncher;
import org.sepyarn.runner.spec.AttemptReport;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.PhaseBytes;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.RunnerExitCodes;
import org.sepyarn.runner.spec.TaskFile;
import org.sepyarn.runner.spec.TaskSpec;

class TaskAttemptTest {
  private static final Hypercube CUBE = Hypercube.ofLengths(8, 6, 3);
  private static final Window WINDOW = Window.parse("[0:8,2:4,1:2]");

  @TempDir
  Path tmp;

  private Contexts dirs;
  private org.apache.hadoop.fs.Path source;

  @BeforeEach
  void writeSource() throws IOException {
    dirs = new Contexts(tmp);
    source = TestDatasets.write(tmp.resolve("in.H").toFile(), CUBE, TestDatasets.ramp(CUBE, 0));
  }

  private TaskSpec task(List<String> command) {
    return new TaskSpec(0, command, null, null, null, List.of(
        new TaskFile("<", FileRole.INPUT, "f0-in.H", source.toString(), WINDOW.toString()),
        new TaskFile(">", FileRole.OUTPUT, "f1-out.H", null, null)));
  }

  private AttemptReport report(int attempt) throws IOException {
    try (InputStream in = Files.newInputStream(dirs.clusterFile("reports/task-00000-a" + attempt + ".json").toPath())) {
      return PlanCodec.readReport(in);
    }
  }

  @Test
  void aProgramCopyingItsInputHeaderSucceedsAndItsOutputIsCommitted() throws Exception {
    long before = System.currentTimeMillis();

    int exit = new TaskAttempt(dirs.of(task(List.of("/bin/cat")))).run();

    assertEquals(RunnerExitCodes.OK, exit);
    org.apache.hadoop.fs.Path piece = dirs.work.piece(0, "f1-out.H");
    assertEquals(CUBE.window(WINDOW), Dataset.open(piece, TestDatasets.CONF).cube());
    assertArrayEquals(TestDatasets.readWindow(source, WINDOW), TestDatasets.readAll(piece));
    AttemptReport report = report(1);
    assertEquals(0, report.task());
    assertEquals(1, report.attempt());
    assertEquals("ok", report.outcome());
    assertEquals(0, report.programExitCode());
    assertEquals("the program succeeded and its outputs are committed", report.message());
    assertEquals(1, report.checksums().size(), report.toString());
    assertEquals("f1-out.H", report.checksums().get(0).file());
    assertEquals(org.sepyarn.runner.checksum.FileChecksums.readingCrc32c(TestDatasets.local(), piece),
        report.checksums().get(0).checksum());
    assertEquals("", report.stderrTail());
    assertFalse(report.host().isBlank());
    assertTrue(before <= report.startMillis() && report.startMillis() <= report.endMillis(), report.toString());
    // The test's "cluster" is the local file system, so the container's own files count too.
    long pieceBytes = TestDatasets.readWindow(source, WINDOW).length;
    assertTrue(report.bytes().phase(PhaseBytes.FETCH).read() >= pieceBytes, report.bytes().toString());
    assertTrue(report.bytes().phase(PhaseBytes.COMMIT).written() >= pieceBytes, report.bytes().toString());
  }

  @Test
  void aFailingProgramLeavesAReportWithItsExitCodeAndStderrTailAndNoPieces() throws Exception {
    TaskSpec task = task(List.of("/bin/sh", "-c", "cat > /dev/null; echo reading >&2; echo 'bad thing' >&2; exit 3"));

    int exit = new TaskAttempt(dirs.of(task, 2, 0, new LocalProgramLauncher())).run();

    assertEquals(RunnerExitCodes.PROGRAM_FAILED, exit);
    AttemptReport report = report(2);
    assertEquals("program failed", report.outcome());
    assertEquals(3, report.programExitCode());
    assertEquals("/bin/sh exited with status 3", report.message());
    assertEquals("reading\nbad thing", report.stderrTail());
    assertFalse(dirs.clusterFile("pieces").exists());
  }

  @Test
  void aProgramThatWritesNoOutputFailsTheCheckWithExitCodeZeroInTheReport() throws Exception {
    int exit = new TaskAttempt(dirs.of(task(List.of("/bin/true")))).run();

    assertEquals(RunnerExitCodes.OUTPUT_INVALID, exit);
    AttemptReport report = report(1);
    assertEquals("output invalid", report.outcome());
    assertEquals(0, report.programExitCode());
    assertEquals("output > (f1-out.H): the program wrote nothing to standard output", report.message());
    assertFalse(dirs.clusterFile("pieces").exists());
  }

  @Test
  void aRefusedCheckpointIsNotedInTheReportsMessage() throws Exception {
    int exit = new TaskAttempt(dirs.of(task(List.of("/bin/true"))), () -> "a checkpoint of 20000 bytes is over"
        + " the limit of 16384 bytes").run();

    assertEquals(RunnerExitCodes.OUTPUT_INVALID, exit);
    assertEquals("output > (f1-out.H): the program wrote nothing to standard output; note: a checkpoint of 20000"
        + " bytes is over the limit of 16384 bytes", report(1).message());
  }

  @Test
  void aProgramPastTheTimeoutIsReportedAsTimedOutWithoutAnExitCode() throws Exception {
    int exit = new TaskAttempt(dirs.of(task(List.of("/bin/sleep", "30")), 1, 300, new LocalProgramLauncher())).run();

    assertEquals(RunnerExitCodes.TIMED_OUT, exit);
    AttemptReport report = report(1);
    assertEquals("task timed out", report.outcome());
    assertNull(report.programExitCode());
    assertTrue(report.endMillis() - report.startMillis() < 20_000, report.toString());
    assertFalse(dirs.clusterFile("pieces").exists());
  }

  @Test
  void anInputThatCannotBeFetchedEndsTheAttemptBeforeTheProgramRuns() throws Exception {
    Files.delete(tmp.resolve("in.H"));
    FakeLauncher launcher = FakeLauncher.exitingWith(0, 0);

    int exit = new TaskAttempt(dirs.of(task(List.of("/bin/cat")), 1, 0, launcher)).run();

    assertEquals(RunnerExitCodes.IO_FAILED, exit);
    assertEquals(List.of(), launcher.launched);
    AttemptReport report = report(1);
    assertEquals("fetch or commit I/O failed", report.outcome());
    assertNull(report.programExitCode());
    assertTrue(report.message().startsWith("cannot fetch input < " + source), report.message());
  }

  @Test
  void aReportLeftByAnEarlierRunOfTheSameAttemptIsReplaced() throws Exception {
    Files.createDirectories(dirs.clusterFile("reports").toPath());
    Files.writeString(dirs.clusterFile("reports/task-00000-a1.json").toPath(), "{\"stale\": true}");

    new TaskAttempt(dirs.of(task(List.of("/bin/cat")))).run();

    assertEquals("ok", report(1).outcome());
  }
}
