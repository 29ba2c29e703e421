package org.sepyarn.formats.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.job.JobSpec;

/** The step graph of a flow: each step's tasks, the pieces each task needs, and when it may start. */
class FlowPlanTest {
  private static String file(String tag, String path, String usage, String distribute) {
    return "{'tag': '" + tag + "', 'path': '" + path + "', 'usage': '" + usage + "', 'distribute': " + distribute + "}";
  }

  private static String step(String name, String extra, String... files) {
    return "{'name': '" + name + "', 'program': {'command': ['sf" + name + "']}, 'files': [" + String.join(", ", files)
        + "]" + extra + "}";
  }

  private static JobSpec flow(String... steps) {
    return JobSpec.parse(("{'tasks': 4, 'steps': [" + String.join(", ", steps) + "]}").replace('\'', '"'), "job.json");
  }

  private static final String SPLIT2 = "{'split': {'axis': 2}}";
  private static final String SPLIT3 = "{'split': {'axis': 3}}";

  @Test
  void aJobOfOneProgramIsOneStepThatStartsAtOnce() {
    JobSpec job = JobSpec.parse("{\"name\": \"smooth\", \"program\": {\"command\": [\"sfsmooth\"]}, \"tasks\": 3}",
        "job.json");
    FlowPlan plan = FlowPlan.of(job);
    assertEquals(1, plan.steps().size());
    StepPlan only = plan.steps().get(0);
    assertEquals(3, only.taskCount());
    assertTrue(only.startsAtOnce());
    assertEquals(Map.of(), only.piecesNeeded(2));
  }

  @Test
  void theSameSplitIsReadPieceByPieceAndPipelined() {
    FlowPlan plan = FlowPlan.of(flow(
        step("scale", "", file("<", "/d/in.H", "input", SPLIT2), file(">", "@scaled", "output", SPLIT2)),
        step("smooth", "", file("<", "@scaled", "input", SPLIT2), file(">", "/d/out.H", "output", SPLIT2))));
    StepPlan smooth = plan.step("smooth");
    IntermediateRead read = smooth.reads().get(0);
    assertEquals(Routing.PIECE_BY_PIECE, read.routing());
    assertEquals(0, read.writerStep());
    assertEquals(1, read.writerFile());
    assertEquals(0, read.readerFile());
    assertTrue(smooth.pipelined());
    assertEquals(List.of(), smooth.waitsForWhole());
    assertEquals(Map.of(0, List.of(2)), smooth.piecesNeeded(2));
    assertTrue(plan.step("scale").startsAtOnce());
    assertEquals(List.of("flow of 2 steps: scale, smooth",
        "  step scale (4 tasks) -> @scaled (split axis 2, 4 pieces) -> step smooth (4 tasks, piece i from task i)",
        "  step scale: starts with the job",
        "  step smooth: task i starts as soon as piece i of what it reads is committed"),
        FlowDescription.lines(plan));
  }

  @Test
  void aTransposeNeedsEveryPieceAndWaitsForTheWholeWriter() {
    FlowPlan plan = FlowPlan.of(flow(
        step("scale", "", file("<", "/d/in.H", "input", SPLIT3), file(">", "@scaled", "output", SPLIT3)),
        step("transpose", ", 'tasks': 6", file("<", "@scaled", "input", SPLIT2),
            file(">", "/d/out.H", "output", SPLIT2))));
    StepPlan t = plan.step("transpose");
    assertEquals(Routing.REDISTRIBUTED, t.reads().get(0).routing());
    assertFalse(t.pipelined());
    assertEquals(List.of(0), t.waitsForWhole());
    assertEquals(Map.of(0, List.of(0, 1, 2, 3)), t.piecesNeeded(5));
    assertEquals("  step scale (4 tasks) -> @scaled (split axis 3, 4 pieces) -> step transpose (6 tasks, split axis 2:"
        + " windows from all 4 pieces)", FlowDescription.lines(plan).get(1));
    assertEquals("  step transpose: starts once every task of step scale has committed (it reads all their pieces)",
        FlowDescription.lines(plan).get(3));
  }

  @Test
  void theSameAxisInAnotherNumberOfBlocksIsRedistributed() {
    FlowPlan plan = FlowPlan.of(flow(
        step("a", "", file("<", "/d/in.H", "input", SPLIT2), file(">", "@x", "output", SPLIT2)),
        step("b", ", 'tasks': 2", file("<", "@x", "input", SPLIT2), file(">", "/d/out.H", "output", SPLIT2))));
    assertEquals(Routing.REDISTRIBUTED, plan.step("b").reads().get(0).routing());
  }

  @Test
  void aSummedCopyIsAddedFromEveryPieceOnceAllAreWritten() {
    FlowPlan plan = FlowPlan.of(flow(
        step("migrate", "", file("<", "/d/shots.H", "input", SPLIT3), file(">", "@image", "output", "'copy'")),
        step("gain", ", 'tasks': 2", file("<", "@image", "input", SPLIT2), file(">", "/d/out.H", "output", SPLIT2))));
    StepPlan gain = plan.step("gain");
    assertEquals(Routing.SUMMED, gain.reads().get(0).routing());
    assertEquals(List.of(0), gain.waitsForWhole());
    assertEquals(Map.of(0, List.of(0, 1, 2, 3)), gain.piecesNeeded(1));
    assertTrue(FlowDescription.lines(plan).get(1).endsWith("-> @image (summed copy, 4 pieces) -> step gain (2 tasks,"
        + " split axis 2: the sum of all 4 pieces)"), FlowDescription.lines(plan).get(1));
  }

  @Test
  void theSamePatchesArePipelinedButPatchesWithAHaloAreRedistributed() {
    String patch = "{'patch': {'blocks': [2, 2], 'overlap': [4, 4]}}";
    String halo = "{'patch': {'blocks': [2, 2], 'overlap': [4, 4], 'halo': [2, 2]}}";
    FlowPlan same = FlowPlan.of(flow(
        step("a", "", file("<", "/d/in.H", "input", patch), file(">", "@p", "output", patch)),
        step("b", "", file("<", "@p", "input", patch), file(">", "/d/out.H", "output", patch))));
    assertEquals(Routing.PIECE_BY_PIECE, same.step("b").reads().get(0).routing());
    assertTrue(FlowDescription.lines(same).get(1).contains("@p (patches 2x2 on axes 1,2, 4 pieces)"));
    FlowPlan spoiled = FlowPlan.of(flow(
        step("a", "", file("<", "/d/in.H", "input", patch), file(">", "@p", "output", halo)),
        step("b", "", file("<", "@p", "input", patch), file(">", "/d/out.H", "output", patch))));
    assertEquals(Routing.REDISTRIBUTED, spoiled.step("b").reads().get(0).routing());
  }

  @Test
  void aStepReadingFromTwoStepsNeedsItsPieceOfOneAndEveryPieceOfTheOther() {
    FlowPlan plan = FlowPlan.of(flow(
        step("a", "", file("<", "/d/in.H", "input", SPLIT2), file(">", "@x", "output", SPLIT2)),
        step("b", ", 'tasks': 3", file("<", "/d/v.H", "input", SPLIT3), file(">", "@y", "output", SPLIT3)),
        step("c", "", file("<", "@x", "input", SPLIT2), file("v=", "@y", "input", "'copy'"),
            file(">", "/d/out.H", "output", SPLIT2))));
    StepPlan c = plan.step("c");
    assertEquals(Map.of(0, List.of(1), 1, List.of(0, 1, 2)), c.piecesNeeded(1));
    assertEquals(List.of(1), c.waitsForWhole());
    assertFalse(c.pipelined());
    assertThrows(IndexOutOfBoundsException.class, () -> c.piecesNeeded(4));
  }

  @Test
  void stepsWaitingForSeveralWritersNameThemAll() {
    FlowPlan plan = FlowPlan.of(flow(
        step("a", "", file("<", "/d/in.H", "input", SPLIT2), file(">", "@x", "output", SPLIT3)),
        step("b", "", file("<", "/d/v.H", "input", SPLIT2), file(">", "@y", "output", SPLIT3)),
        step("c", "", file("<", "@x", "input", SPLIT2), file("v=", "@y", "input", SPLIT2),
            file(">", "/d/out.H", "output", SPLIT2))));
    assertEquals("  step c: starts once every task of steps a and b has committed (it reads all their pieces)",
        FlowDescription.lines(plan).get(5));
  }
}
