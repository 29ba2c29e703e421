package org.sepyarn.client.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.client.Run;
import org.sepyarn.client.TestDatasets;

/** {@code sepyarn validate} of a flow: every step's datasets checked, and the step graph printed. */
class ValidateFlowTest {
  @TempDir
  Path dir;

  @BeforeEach
  void input() {
    TestDatasets data = new TestDatasets(dir);
    data.ramp("in.H", 10, 12, 8);
    data.ramp("vel.H", 10, 12);
  }

  private static String file(String tag, String path, String usage, String distribute) {
    return "{\"tag\": \"" + tag + "\", \"path\": \"" + path + "\", \"usage\": \"" + usage + "\", \"distribute\": "
        + distribute + "}";
  }

  private static String step(String name, String extra, String... files) {
    return "{\"name\": \"" + name + "\", \"program\": {\"command\": [\"sf" + name + "\"]}, \"files\": ["
        + String.join(", ", files) + "]" + extra + "}";
  }

  private static final String SPLIT2 = "{\"split\": {\"axis\": 2}}";
  private static final String SPLIT3 = "{\"split\": {\"axis\": 3}}";

  private Path flow(String... steps) {
    Path job = dir.resolve("flow.json");
    TestDatasets.write(job, ("{\"name\": \"f\", \"tasks\": 4, \"steps\": [" + String.join(",\n", steps) + "]}")
        .replace("DIR", dir.toString()));
    return job;
  }

  private Path threeSteps() {
    return flow(
        step("scale", "", file("<", "DIR/in.H", "input", SPLIT2), file(">", "@scaled", "output", SPLIT2)),
        step("smooth", "", file("<", "@scaled", "input", SPLIT2), file("vel=", "DIR/vel.H", "input", "\"copy\""),
            file(">", "@smoothed", "output", SPLIT2)),
        step("transpose", ", \"tasks\": 2", file("<", "@smoothed", "input", SPLIT3),
            file(">", "DIR/out.H", "output", SPLIT3)));
  }

  @Test
  void aValidFlowPrintsEachStepAndTheGraphOfItsStepsThroughTheirPieces() {
    Run run = Run.local("validate", threeSteps().toString());
    assertEquals(0, run.exitCode(), run.toString());
    String out = run.out();
    for (String line : new String[] {
        "flow f: 3 steps, queue default",
        "  step scale (steps[0]): 4 tasks, 1024 MiB and 1 vcore each, runs sfscale",
        "    files[1] >      output @scaled   (intermediate, kept in pieces in the work folder)",
        "              split along axis 2: 4 pieces, one per task, never merged",
        "  step transpose (steps[2]): 2 tasks, 1024 MiB and 1 vcore each, runs sftranspose",
        "flow of 3 steps: scale, smooth, transpose",
        "  step scale (4 tasks) -> @scaled (split axis 2, 4 pieces) -> step smooth (4 tasks, piece i from task i)",
        "  step smooth (4 tasks) -> @smoothed (split axis 2, 4 pieces) -> step transpose (2 tasks, split axis 3:"
            + " windows from all 4 pieces)",
        "  step scale: starts with the job",
        "  step smooth: task i starts as soon as piece i of what it reads is committed",
        "  step transpose: starts once every task of step smooth has committed (it reads all their pieces)",
        "submit runs it as one application of 10 tasks; the intermediates stay in the work folder and are deleted"
            + " when the job succeeds"}) {
      assertTrue(out.contains(line + "\n"), () -> "no line \"" + line + "\" in\n" + out);
    }
    assertTrue(out.contains("split along axis 2 (n2=12) into 4 pieces, one per task"), out);
  }

  @Test
  void aStepsMissingDatasetIsReportedAtItsFieldUnderTheStep() {
    Path job = flow(
        step("scale", "", file("<", "DIR/nothing.H", "input", SPLIT2), file(">", "@scaled", "output", SPLIT2)),
        step("smooth", "", file("<", "@scaled", "input", SPLIT2), file(">", "DIR/out.H", "output", SPLIT2)));
    Run run = Run.local("validate", job.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("steps[0].files[0]"), run.toString());
    assertTrue(run.err().contains("nothing.H"), run.toString());
  }

  private Path scaleKeptThenSmooth(String keep) {
    return flow(
        step("scale", "", file("<", "DIR/in.H", "input", SPLIT2), file(">", "@scaled", "output", SPLIT2)
            .replace("}}}", "}}, \"keep\": \"" + keep + "\"}")),
        step("smooth", "", file("<", "@scaled", "input", SPLIT2), file(">", "DIR/out.H", "output", SPLIT2)));
  }

  @Test
  void aKeptIntermediateIsPrintedWithItsDatasetAndCheckedAsAnOutputAtItsKeepField() {
    Run run = Run.local("validate", scaleKeptThenSmooth("DIR/scaled.H").toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("    files[1] >      output @scaled   (intermediate, kept in pieces in the work folder,"
        + " and merged into "), run.out());
    assertTrue(run.out().contains(dir.resolve("scaled.H") + " when the job succeeds)\n"), run.out());
    assertTrue(run.out().contains("split along axis 2: 4 pieces, one per task, merged only into its kept dataset\n"),
        run.out());

    new TestDatasets(dir).ramp("scaled.H", 10, 12, 8);
    Run exists = Run.local("validate", scaleKeptThenSmooth("DIR/scaled.H").toString());
    assertEquals(2, exists.exitCode(), exists.toString());
    assertTrue(exists.err().contains("steps[0].files[1].keep: output "), exists.toString());
    assertTrue(exists.err().contains(dir.resolve("scaled.H") + " already exists; set \"overwrite\": true"),
        exists.toString());

    Run noFolder = Run.local("validate", scaleKeptThenSmooth("DIR/none/scaled.H").toString());
    assertEquals(2, noFolder.exitCode(), noFolder.toString());
    assertTrue(noFolder.err().contains("steps[0].files[1].keep: the folder"), noFolder.toString());
  }

  @Test
  void aStepsCutThatDoesNotFitItsDatasetIsReportedUnderTheStep() {
    Path job = flow(
        step("scale", ", \"tasks\": 20", file("<", "DIR/in.H", "input", SPLIT2), file(">", "@scaled", "output", SPLIT2)),
        step("smooth", "", file("<", "@scaled", "input", SPLIT2), file(">", "DIR/out.H", "output", SPLIT2)));
    Run run = Run.local("validate", job.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("steps[0].files[0].distribute.split.axis: axis 2 of"), run.toString());
  }

  @Test
  void validateEmbeddedChecksTheProgramOfEveryStepOnThisMachine() {
    Run run = Run.local("validate", "--embedded", threeSteps().toString());
    assertEquals(2, run.exitCode(), run.toString());
    for (String step : new String[] {"steps[0].program", "steps[1].program", "steps[2].program"}) {
      assertTrue(run.err().contains(step), () -> "no problem at " + step + " in " + run);
    }
  }
}
