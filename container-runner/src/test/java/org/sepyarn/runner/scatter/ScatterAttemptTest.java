package org.sepyarn.runner.scatter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.scatter.ScatterLayout;
import org.sepyarn.runner.spec.AttemptReport;
import org.sepyarn.runner.spec.PhaseBytes;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.RunnerExitCodes;
import org.sepyarn.runner.spec.ScatterPlan;
import org.sepyarn.runner.spec.WorkLayout;

class ScatterAttemptTest {
  private static final Hypercube CUBE = Hypercube.ofLengths(20, 6, 8);
  private static final List<Window> READERS = List.of(Window.parse("[0:12,0:6,0:8]"), Window.parse("[8:20,0:6,0:8]"));
  private static final int TASKS = 2;

  @TempDir
  Path tmp;

  private WorkLayout work;
  private FileSystem fs;

  @BeforeEach
  void makeWork() throws IOException {
    work = new WorkLayout(ScatterPlans.path(tmp.resolve("work")));
    fs = work.root().getFileSystem(ScatterPlans.CONF);
  }

  private ScatterPlan plan(org.apache.hadoop.fs.Path source) {
    return ScatterPlans.of(source, ScatterLayout.of(CUBE, 4, READERS, 1000), TASKS);
  }

  private AttemptReport report(int task, int attempt) throws IOException {
    try (InputStream in = fs.open(work.report(task, attempt))) {
      return PlanCodec.readReport(in);
    }
  }

  private int run(ScatterPlan plan, int number, int attempt) {
    return new ScatterAttempt(ScatterPlans.CONF, work, number, attempt, tmp.resolve("progress").toFile()).run(plan);
  }

  @Test
  void anAttemptCommitsItsPartsAndReportsOkWithItsBytesAsTheFetchPhases() throws Exception {
    org.apache.hadoop.fs.Path source = ScatterPlans.write(tmp.resolve("in.H"), CUBE, ElementFormat.XDR_FLOAT, 0.5);
    ScatterPlan plan = plan(source);
    assertTrue(plan.tasks().size() > 2);

    int exit = run(plan, 2, 3);

    assertEquals(RunnerExitCodes.OK, exit);
    AttemptReport report = report(TASKS + 2, 3);
    assertEquals(TASKS + 2, report.task());
    assertEquals(3, report.attempt());
    assertEquals(RunnerExitCodes.describe(RunnerExitCodes.OK), report.outcome());
    assertTrue(report.committed());
    assertTrue(report.bytes().phase(PhaseBytes.FETCH).read() > 0, report.bytes().toString());
    assertTrue(report.bytes().phase(PhaseBytes.FETCH).written() > 0, report.bytes().toString());
    Window part0 = Window.parse(plan.task(2).parts().get(0).window());
    try (InputStream in = fs.open(work.piece(TASKS + 2, "part-0"))) {
      assertArrayEquals(ScatterPlans.readWindow(source, part0), in.readAllBytes());
    }
    assertEquals("progress=1.0\n", Files.readString(tmp.resolve("progress")));
  }

  @Test
  void aSecondAttemptAfterACommitIsOkAndSaysItsPartsAreDropped() throws Exception {
    ScatterPlan plan = plan(ScatterPlans.write(tmp.resolve("in.H"), CUBE, ElementFormat.XDR_FLOAT, 0.5));
    assertEquals(RunnerExitCodes.OK, run(plan, 0, 1));

    assertEquals(RunnerExitCodes.OK, run(plan, 0, 2));

    assertEquals("scatter task 0 was committed by another attempt; this one's parts are dropped",
        report(TASKS, 2).message());
  }

  @Test
  void aMissingSourceFailsAsAnIoFailureWhoseReportNamesTheSource() throws Exception {
    org.apache.hadoop.fs.Path missing = ScatterPlans.path(tmp.resolve("no-such.H"));

    int exit = run(plan(missing), 1, 1);

    assertEquals(RunnerExitCodes.IO_FAILED, exit);
    AttemptReport report = report(TASKS + 1, 1);
    assertEquals(RunnerExitCodes.describe(RunnerExitCodes.IO_FAILED), report.outcome());
    assertTrue(report.message().startsWith("scatter task 1 ("), report.message());
    assertTrue(report.message().contains(missing.toString()), report.message());
    assertFalse(fs.exists(work.pieces(TASKS + 1)));
  }

  @Test
  void readPlanReadsBackThePlanTheApplicationMasterWrote() throws Exception {
    ScatterPlan plan = plan(ScatterPlans.path(tmp.resolve("in.H")));
    try (FSDataOutputStream out = fs.create(work.scatterPlan())) {
      out.write(PlanCodec.write(plan));
    }

    ScatterPlan back = ScatterAttempt.readPlan(fs, work);

    assertEquals(plan, back);
    assertEquals(plan.task(1).parts(), back.task(1).parts());
  }
}
