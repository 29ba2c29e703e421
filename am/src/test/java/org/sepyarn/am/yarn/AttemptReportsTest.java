package org.sepyarn.am.yarn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.runner.spec.AttemptReport;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.WorkLayout;

class AttemptReportsTest {
  private static final String YARN = "Exception from container-launch.\nExit code: 3";

  @TempDir
  Path tmp;

  private FileSystem fs;
  private WorkLayout work;
  private AttemptReports reports;

  @BeforeEach
  void setUp() throws IOException {
    fs = FileSystem.getLocal(new Configuration());
    work = new WorkLayout(new org.apache.hadoop.fs.Path(tmp.toUri()));
    reports = new AttemptReports(fs, work);
  }

  private AttemptReport write(int task, int attempt, String message, String stderrTail) throws IOException {
    AttemptReport report = new AttemptReport(task, attempt, "node7", "program failed", 3, message, stderrTail, 1, 2);
    try (OutputStream out = fs.create(work.report(task, attempt))) {
      out.write(PlanCodec.writeReport(report));
    }
    return report;
  }

  @Test
  void withoutAReportYarnsDiagnosticsAreKept() {
    assertEquals(YARN, reports.describe(new TaskAttemptId(3, 1), YARN));
    assertEquals(Optional.empty(), reports.read(3, 1));
  }

  @Test
  void aReportIsReadBackForItsTaskAndAttempt() throws IOException {
    AttemptReport report = write(3, 2, "Smooth exited with status 3", "boom");

    assertEquals(Optional.of(report), reports.read(3, 2));
    assertEquals(Optional.empty(), reports.read(3, 1));
  }

  @Test
  void theRunnersMessageAndTheIndentedStderrTailDescribeTheAttempt() throws IOException {
    write(3, 2, "Smooth exited with status 3", "reading in.H\nSegmentation fault");

    assertEquals("Smooth exited with status 3\n"
        + "    stderr (last lines):\n"
        + "      reading in.H\n"
        + "      Segmentation fault", reports.describe(new TaskAttemptId(3, 2), YARN));
  }

  @Test
  void aBlankStderrTailIsLeftOut() throws IOException {
    write(0, 1, "output > (f1-out.H): the program wrote nothing to standard output", "  \n");

    assertEquals("output > (f1-out.H): the program wrote nothing to standard output",
        reports.describe(new TaskAttemptId(0, 1), YARN));
  }

  @Test
  void anUnreadableReportFallsBackToYarnsDiagnostics() throws IOException {
    Files.createDirectories(tmp.resolve("reports"));
    Files.writeString(tmp.resolve("reports/task-00004-a1.json"), "{\"task\": 4, \"half", StandardCharsets.UTF_8);

    assertEquals(YARN, reports.describe(new TaskAttemptId(4, 1), YARN));
  }

  @Test
  void everyReadableReportIsReadBackForCounting() throws IOException {
    assertEquals(java.util.List.of(), reports.readAll());
    AttemptReport first = write(0, 1, "a", "");
    AttemptReport second = write(3, 2, "b", "");
    Files.writeString(tmp.resolve("reports/task-00004-a1.json"), "{\"task\": 4, \"half", StandardCharsets.UTF_8);

    assertEquals(java.util.Set.of(first, second), java.util.Set.copyOf(reports.readAll()));
  }

  @Test
  void aRunnerThatStoppedUnansweredEndedItsReportedAttemptWellAndAHandedOverOneNotAtAll() {
    int unanswered = org.sepyarn.runner.spec.RunnerExitCodes.HANDOVER_UNANSWERED;
    AttemptReport committed = new AttemptReport(2, 1, "node7", "ok", 0, "committed", "", 1, 2);
    AttemptReport failed = new AttemptReport(2, 1, "node7", "program failed", 3, "failed", "", 1, 2);

    assertEquals(0, AttemptReports.exitStatus(unanswered, Optional.of(committed)));
    assertEquals(unanswered, AttemptReports.exitStatus(unanswered, Optional.empty()), "handed over, never started");
    assertEquals(unanswered, AttemptReports.exitStatus(unanswered, Optional.of(failed)));
    assertEquals(3, AttemptReports.exitStatus(3, Optional.of(committed)), "only that status is read so");
  }
}
