package org.sepyarn.am.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.AxisPatching;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.PatchGrid;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.JobValidationException;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.TaskFile;
import org.sepyarn.runner.spec.TaskSpec;

class JobPlannerTest {
  private static final UnaryOperator<String> QUALIFY = p -> "hdfs://nn:8020" + p;
  private static final Hypercube IN = Hypercube.ofLengths(8, 7, 2);

  private static JobPlan plan(String json, Map<String, Hypercube> cubes) {
    return JobPlanner.plan(JobSpec.parse(json, "test"), cubes, QUALIFY);
  }

  private static List<String> windows(JobPlan plan, int file) {
    return plan.tasks().tasks().stream().map(t -> t.files().get(file).window()).toList();
  }

  private static String file(String tag, String path, String usage, String distribute) {
    return "{\"tag\": \"" + tag + "\", \"path\": \"" + path + "\", \"usage\": \"" + usage + "\", \"distribute\": "
        + distribute + "}";
  }

  private static String job(String tasks, String... files) {
    return "{\"name\": \"j\", \"program\": {\"command\": [\"/opt/sep/bin/Smooth\", \"-v\"], \"args\": [\"rect1=5\"],"
        + " \"env\": {\"OMP_NUM_THREADS\": \"1\"}}, \"files\": [" + String.join(", ", files) + "]"
        + (tasks == null ? "" : ", \"tasks\": " + tasks) + "}";
  }

  @Test
  void aSplitInputGivesEachTaskItsBlockBySepsRuleAndASplitOutputIsConcatenated() {
    JobPlan plan = plan(job("3",
        file("<", "/data/in.H", "input", "{\"split\": {\"axis\": 2}}"),
        file(">", "/data/out.H", "output", "{\"split\": {\"axis\": 2}}")), Map.of("/data/in.H", IN));

    assertEquals(List.of("[0:8,0:3,0:2]", "[0:8,3:5,0:2]", "[0:8,5:7,0:2]"), windows(plan, 0));
    assertEquals(List.of(new OutputMerge(1, "/data/out.H", "f1-out.H", OutputMerge.Kind.CONCATENATE, 2, null, null)),
        plan.merges());
  }

  @Test
  void everyTaskGetsTheProgramTheQualifiedSourceAndItsFilesInJobOrder() {
    JobPlan plan = plan(job("2",
        file("<", "/data/in.H", "input", "{\"split\": {\"axis\": 3}}"),
        file("vel=", "/data/vel.H", "input", "\"copy\""),
        file(">", "/data/out.H", "output", "{\"split\": {\"axis\": 3}}")), Map.of("/data/in.H", IN));

    TaskSpec t1 = plan.tasks().task(1);
    assertEquals(1, t1.index());
    assertEquals(List.of("/opt/sep/bin/Smooth", "-v"), t1.command());
    assertEquals(List.of("rect1=5"), t1.args());
    assertEquals(List.of(), t1.taskArgs());
    assertEquals("1", t1.env().get("OMP_NUM_THREADS"));
    assertEquals(List.of(
        new TaskFile("<", FileRole.INPUT, "f0-in.H", "hdfs://nn:8020/data/in.H", "[0:8,0:7,1:2]"),
        new TaskFile("vel=", FileRole.INPUT, "f1-vel.H", "hdfs://nn:8020/data/vel.H", null),
        new TaskFile(">", FileRole.OUTPUT, "f2-out.H", null, null).joinedInto("hdfs://nn:8020/data/out.H", 3)),
        t1.files(), "a split output names its final dataset and axis, so runners can commit joinable pieces");
    assertEquals("j", plan.tasks().jobName());
  }

  @Test
  void perTaskArgumentListsBecomeEachTasksOwnArguments() {
    JobPlan plan = plan(job("[[\"fmin=5\", \"fmax=15\"], [], [\"fmin=25\"]]",
        file("<", "/data/in.H", "input", "{\"split\": {\"axis\": 2}}")), Map.of("/data/in.H", IN));

    assertEquals(List.of(List.of("fmin=5", "fmax=15"), List.of(), List.of("fmin=25")),
        plan.tasks().tasks().stream().map(TaskSpec::taskArgs).toList());
  }

  @Test
  void sepPatchesGiveEachTaskItsOuterWindowAndThePatchedOutputIsBlendedOnTheInputsGrid() {
    String patch = "{\"patch\": {\"blocks\": [2, 2], \"overlap\": [1, 1]}}";
    JobPlan plan = plan(job(null,
        file("<", "/data/in.H", "input", patch),
        file(">", "/data/out.H", "output", patch)), Map.of("/data/in.H", IN));

    // axis 1: blocks [0,4) [4,8) widened by 1; axis 2: blocks [0,4) [4,7) widened by 1
    List<String> expected = List.of("[0:5,0:5,0:2]", "[3:8,0:5,0:2]", "[0:5,3:7,0:2]", "[3:8,3:7,0:2]");
    assertEquals(4, plan.tasks().tasks().size());
    assertEquals(expected, windows(plan, 0));
    PatchGrid grid = PatchGrid.of(IN, AxisPatching.sep(IN, 1, 2, 1), AxisPatching.sep(IN, 2, 2, 1));
    OutputMerge merge = plan.merges().get(0);
    assertEquals(OutputMerge.Kind.BLEND, merge.kind());
    assertEquals(IN, merge.cube());
    assertEquals(grid.outerWindows(), merge.placements());
    assertEquals(expected, merge.placements().stream().map(Window::toString).toList());
    assertEquals("f1-out.H", merge.localName());
  }

  @Test
  void claerboutWindowsAreSpreadEvenlyAndBlendedOnTheInputsGrid() {
    String patch = "{\"patch\": {\"axes\": [1], \"size\": [4], \"count\": [3]}}";
    JobPlan plan = plan(job(null,
        file("<", "/data/in.H", "input", patch),
        file(">", "/data/out.H", "output", patch)), Map.of("/data/in.H", IN));

    // window i starts at i * (8 - 4) / (3 - 1)
    List<String> expected = List.of("[0:4,0:7,0:2]", "[2:6,0:7,0:2]", "[4:8,0:7,0:2]");
    assertEquals(expected, windows(plan, 0));
    assertEquals(expected, plan.merges().get(0).placements().stream().map(Window::toString).toList());
    assertEquals(PatchGrid.of(IN, AxisPatching.claerbout(IN, 1, 4, 3)).outerWindows(),
        plan.merges().get(0).placements());
    assertEquals(IN, plan.merges().get(0).cube());
  }

  @Test
  void aCopiedInputGoesWholeToEveryTaskAndACopiedOutputIsSummed() {
    JobPlan plan = plan(job("3",
        file("data=", "/data/fk.H", "input", "\"copy\""),
        file(">", "/data/image.H", "output", "\"copy\"")), Map.of());

    assertEquals(3, plan.tasks().tasks().size());
    plan.tasks().tasks().forEach(t -> assertNull(t.files().get(0).window()));
    assertEquals(List.of(new OutputMerge(1, "/data/image.H", "f1-image.H", OutputMerge.Kind.SUM, 0, null, null)),
        plan.merges());
  }

  @Test
  void aPatchedOutputWithoutAnInputPatchedTheSameWayIsAnErrorNamingTheFile() {
    String json = job(null,
        file("<", "/data/in.H", "input", "{\"patch\": {\"blocks\": [2], \"overlap\": [1]}}"),
        file(">", "/data/out.H", "output", "{\"patch\": {\"blocks\": [2], \"overlap\": [2]}}"));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> plan(json, Map.of("/data/in.H", IN)));

    assertEquals("files[1].distribute: the patched output /data/out.H needs an input patched the same way, whose "
        + "grid it takes; none is", e.getMessage());
  }

  @Test
  void anOutputFindsItsInputWhenTheSamePatchingIsWrittenDifferently() {
    JobPlan plan = plan(job(null,
        file("<", "/data/in.H", "input", "{\"patch\": {\"axes\": [1, 2], \"blocks\": [2, 2]}}"),
        file(">", "/data/out.H", "output", "{\"patch\": {\"blocks\": [2, 2], \"overlap\": [0, 0]}}")),
        Map.of("/data/in.H", IN));

    assertEquals(windows(plan, 0), plan.merges().get(0).placements().stream().map(Window::toString).toList());
  }

  @Test
  void aPatchedOutputTakesTheGridOfTheInputPatchedLikeItNotOfAnother() {
    Hypercube vel = Hypercube.ofLengths(8, 7);
    JobPlan plan = plan(job(null,
        file("vel=", "/data/vel.H", "input", "{\"patch\": {\"size\": [6], \"count\": [2]}}"),
        file("<", "/data/in.H", "input", "{\"patch\": {\"blocks\": [2]}}"),
        file(">", "/data/out.H", "output", "{\"patch\": {\"blocks\": [2]}}")),
        Map.of("/data/in.H", IN, "/data/vel.H", vel));

    OutputMerge merge = plan.merges().get(0);
    assertEquals(IN, merge.cube());
    assertEquals(List.of("[0:4,0:7,0:2]", "[4:8,0:7,0:2]"), merge.placements().stream().map(Window::toString).toList());
    assertEquals(List.of("[0:6,0:7]", "[2:8,0:7]"), windows(plan, 0));
  }

  @Test
  void aPatchedOutputBesideOnlyCopiedInputsIsAnError() {
    String json = job(null,
        file("vel=", "/data/vel.H", "input", "\"copy\""),
        file(">", "/data/out.H", "output", "{\"patch\": {\"blocks\": [2]}}"));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plan(json, Map.of()));

    assertTrue(e.getMessage().startsWith("files[1].distribute: the patched output /data/out.H"), e.getMessage());
  }

  @Test
  void aJobThatDoesNotFitItsInputsIsRefusedWithTheJobsOwnError() {
    String json = job("3", file("<", "/data/in.H", "input", "{\"split\": {\"axis\": 4}}"));

    JobValidationException e = assertThrows(JobValidationException.class,
        () -> plan(json, Map.of("/data/in.H", IN)));

    assertEquals("job j against its input datasets", e.source());
    assertTrue(e.getMessage().contains("files[0].distribute.split.axis: axis 4 but /data/in.H has 3 axes"),
        e.getMessage());
  }

  @Test
  void aJobWithoutFilesRunsItsPerTaskArguments() {
    JobPlan plan = plan("{\"name\": \"pit\", \"program\": {\"command\": [\"/opt/pit/bin/Model\"]},"
        + " \"tasks\": [[\"shot=1\"], [\"shot=2\"]]}", Map.of());

    assertEquals(2, plan.tasks().tasks().size());
    assertEquals(List.of("shot=2"), plan.tasks().task(1).taskArgs());
    assertEquals(List.of(), plan.tasks().task(1).files());
    assertEquals(List.of(), plan.merges());
  }

  @Test
  void theTaskTimeoutIsCarriedInMillisecondsAndAbsentMeansNone() {
    JobPlan timed = plan("{\"program\": {\"command\": [\"p\"]}, \"tasks\": 1, \"taskTimeout\": \"2h\"}", Map.of());
    JobPlan untimed = plan("{\"program\": {\"command\": [\"p\"]}, \"tasks\": 1}", Map.of());

    assertEquals(7_200_000, timed.tasks().taskTimeoutMillis());
    assertEquals(0, untimed.tasks().taskTimeoutMillis());
  }

  private static String step(String name, String command, String tasks, String... files) {
    return "{\"name\": \"" + name + "\", \"program\": {\"command\": [\"" + command + "\"]}, \"tasks\": " + tasks
        + ", \"files\": [" + String.join(", ", files) + "]}";
  }

  @Test
  void aRunnerAsksForANextTaskWhenAnyStepReusesContainers() {
    String scale = step("scale", "sfscale", "2", file("<", "/data/in.H", "input", "{\"split\": {\"axis\": 2}}"),
        file(">", "@scaled", "output", "{\"split\": {\"axis\": 2}}"));
    String smooth = step("smooth", "sfsmooth", "2", file("<", "@scaled", "input", "{\"split\": {\"axis\": 2}}"),
        file(">", "/data/out.H", "output", "{\"split\": {\"axis\": 2}}"));
    String reusing = smooth.replace("\"tasks\": 2", "\"tasks\": 2, \"tasksPerContainer\": 4");
    assertEquals(4, JobPlanner.runnerTasksPerContainer(JobSpec.parse("{\"name\": \"f\", \"steps\": [" + scale
        + ", " + reusing + "]}", "test")), "step smooth's own 4, though the job's is 1");
    assertEquals(1, JobPlanner.runnerTasksPerContainer(JobSpec.parse("{\"name\": \"f\", \"steps\": [" + scale
        + ", " + smooth + "]}", "test")));
  }

  @Test
  void aFlowIsPlannedWithJobWideNumbersItsReadersTakingPiecesAndWaitingForThem() {
    String json = "{\"name\": \"f\", \"steps\": ["
        + step("scale", "sfscale", "2", file("<", "/data/in.H", "input", "{\"split\": {\"axis\": 2}}"),
            file(">", "@scaled", "output", "{\"split\": {\"axis\": 2}}")) + ", "
        + step("smooth", "sfsmooth", "2", file("<", "@scaled", "input", "{\"split\": {\"axis\": 2}}"),
            file(">", "@smoothed", "output", "{\"split\": {\"axis\": 2}}")) + ", "
        + step("fft", "sffft", "3", file("<", "@smoothed", "input", "{\"split\": {\"axis\": 1}}"),
            file(">", "/data/out.H", "output", "{\"split\": {\"axis\": 1}}")) + "]}";
    JobPlan plan = JobPlanner.plan(JobSpec.parse(json, "test"), Map.of("/data/in.H", IN), QUALIFY,
        (task, local) -> "hdfs://nn:8020/work/pieces/task-" + task + "/" + local);

    List<org.sepyarn.runner.spec.TaskSpec> tasks = plan.tasks().tasks();
    assertEquals(7, tasks.size());
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), tasks.stream().map(org.sepyarn.runner.spec.TaskSpec::index).toList());
    assertEquals(List.of("sfscale", "sfscale", "sfsmooth", "sfsmooth", "sffft", "sffft", "sffft"),
        tasks.stream().map(t -> t.command().get(0)).toList());
    // Step smooth's task 1 reads step scale's piece 1 as written, from the work folder.
    org.sepyarn.runner.spec.TaskFile piece = tasks.get(3).files().get(0);
    assertEquals("hdfs://nn:8020/work/pieces/task-1/f1-_scaled", piece.source());
    assertEquals(null, piece.window());
    assertEquals("f3-_smoothed", tasks.get(3).files().get(1).localName());
    // Step fft reads across every piece of step smooth (a transpose).
    org.sepyarn.runner.spec.TaskFile gathered = tasks.get(5).files().get(0);
    assertEquals(new org.sepyarn.runner.spec.PieceGather(2, 0, 1, 2, 2, "f3-_smoothed"), gathered.gather());
    // Only the final output is merged, from step fft's three tasks.
    assertEquals(1, plan.merges().size());
    OutputMerge merge = plan.merges().get(0);
    assertEquals(5, merge.fileIndex());
    assertEquals(4, merge.firstTask());
    assertEquals(3, merge.taskCount());
    assertEquals("f5-out.H", merge.localName());
    org.sepyarn.am.schedule.TaskPrerequisites p = plan.prerequisites();
    assertTrue(p.ready(0) && p.ready(1));
    assertFalse(p.ready(2) || p.ready(3) || p.ready(4));
    assertEquals(1, p.localWriter(3));
    assertEquals(List.of(3), p.succeeded(1));
    assertEquals(List.of(2), p.succeeded(0));
    assertEquals(List.of(), p.succeeded(2));
    assertEquals(3, p.succeeded(3).size(), "every fft task waited for both smooth pieces");
  }

  @Test
  void aKeptIntermediateIsMergedAsItsStepsOutputWhileItsReadersStillTakeThePieces() {
    String kept = file(">", "@scaled", "output", "{\"split\": {\"axis\": 2}}")
        .replace("}}}", "}}, \"keep\": \"/data/scaled.H\"}");
    String summed = file("sum=", "@sum", "output", "\"copy\"").replace("\"copy\"}", "\"copy\", \"keep\": \"/data/sum.H\"}");
    String json = "{\"name\": \"f\", \"steps\": ["
        + step("scale", "sfscale", "2", file("<", "/data/in.H", "input", "{\"split\": {\"axis\": 2}}"), kept,
            summed) + ", "
        + step("smooth", "sfsmooth", "2", file("<", "@scaled", "input", "{\"split\": {\"axis\": 2}}"),
            file("sum=", "@sum", "input", "\"copy\""), file(">", "/data/out.H", "output", "{\"split\": {\"axis\": 2}}"))
        + "]}";
    JobPlan plan = JobPlanner.plan(JobSpec.parse(json, "test"), Map.of("/data/in.H", IN), QUALIFY,
        (task, local) -> "hdfs://nn:8020/work/pieces/task-" + task + "/" + local);

    assertEquals(List.of("/data/scaled.H", "/data/sum.H", "/data/out.H"),
        plan.merges().stream().map(OutputMerge::path).toList());
    OutputMerge scaled = plan.merges().get(0);
    assertEquals(List.of(1, 0, 2), List.of(scaled.fileIndex(), scaled.firstTask(), scaled.taskCount()));
    assertEquals("f1-_scaled", scaled.localName(), "merged from the intermediate's pieces");
    assertEquals(OutputMerge.Kind.CONCATENATE, scaled.kind());
    assertEquals(2, scaled.axis());
    assertEquals(OutputMerge.Kind.SUM, plan.merges().get(1).kind());
    TaskFile written = plan.tasks().tasks().get(1).files().get(1);
    assertNull(written.joinInto(), "the pieces stay whole for the readers: never joined in place");
    assertEquals("hdfs://nn:8020/work/pieces/task-1/f1-_scaled", plan.tasks().tasks().get(3).files().get(0).source());
    assertEquals(5, plan.merges().get(2).fileIndex());
  }

  @Test
  void aStepsOwnTimeoutsAndRestartGoWithItsTasksAndTheOthersRunWithThePlans() {
    String json = "{\"name\": \"f\", \"taskTimeout\": \"2h\", \"stallTimeout\": \"5m\", \"steps\": ["
        + step("scale", "sfscale", "2", file("<", "/data/in.H", "input", "{\"split\": {\"axis\": 2}}"),
            file(">", "@scaled", "output", "{\"split\": {\"axis\": 2}}")).replace("\"tasks\": 2,",
            "\"tasks\": 2, \"taskTimeout\": \"10m\", \"stallTimeout\": \"off\","
            + " \"restart\": {\"args\": [\"resume=1\"], \"checkpointArg\": \"state\"},") + ", "
        + step("smooth", "sfsmooth", "2", file("<", "@scaled", "input", "{\"split\": {\"axis\": 2}}"),
            file(">", "/data/out.H", "output", "{\"split\": {\"axis\": 2}}")) + "]}";
    JobPlan plan = JobPlanner.plan(JobSpec.parse(json, "test"), Map.of("/data/in.H", IN), QUALIFY,
        (task, local) -> "hdfs://nn:8020/work/pieces/task-" + task + "/" + local);

    assertEquals(7_200_000L, plan.tasks().taskTimeoutMillis());
    assertEquals(300_000L, plan.tasks().stallTimeoutMillis());
    org.sepyarn.runner.spec.StepSettings own = new org.sepyarn.runner.spec.StepSettings(600_000L, 0L,
        List.of("resume=1"), "state");
    assertEquals(own, plan.tasks().tasks().get(0).step());
    assertEquals(own, plan.tasks().tasks().get(1).step());
    assertNull(plan.tasks().tasks().get(2).step(), "step smooth runs with the plan's settings");
    org.sepyarn.runner.spec.PlanSettings settings = new org.sepyarn.runner.spec.PlanSettings("f", 7_200_000L,
        List.of("restart=y"), "checkpoint", 4, 1, 300_000L);
    assertEquals(own, plan.tasks().tasks().get(0).settings(settings));
    assertEquals(List.of(7_200_000L, 300_000L), List.of(plan.tasks().tasks().get(3).settings(settings)
        .taskTimeoutMillis(), plan.tasks().tasks().get(3).settings(settings).stallTimeoutMillis()));
    assertEquals(List.of("resume=1", "state=it=3"), plan.tasks().tasks().get(0).settings(settings).resumeArgs("it=3"));
  }

  private static org.sepyarn.formats.irregular.IrregularPiece piece(int block, long... records) {
    return new org.sepyarn.formats.irregular.IrregularPiece(block, records, records, java.util.Optional.empty(),
        Map.of("sepyarn_block", Integer.toString(block)));
  }

  private static String irregularJob(String empty) {
    return job(null,
        file("<", "/data/traces.H", "input", "{\"irregular\": {\"keys\": [\"cmp_x\"], \"blocks\": [3],"
            + " \"emptyBlocks\": \"" + empty + "\"}}"),
        file(">", "/data/image.H", "output", "\"copy\""));
  }

  @Test
  void anIrregularInputGivesEachTaskItsBlocksRecordsAsRuns() {
    Map<String, List<org.sepyarn.formats.irregular.IrregularPiece>> pieces = Map.of("/data/traces.H",
        List.of(piece(0, 0, 1, 2, 5), piece(1), piece(2, 7)));
    JobSpec job = JobSpec.parse(irregularJob("run"), "test");
    JobPlan plan = JobPlanner.plan(IrregularTasks.runnable(job, pieces), Map.of("/data/traces.H", IN), pieces,
        QUALIFY);

    assertEquals(3, plan.tasks().tasks().size());
    TaskFile first = plan.tasks().tasks().get(0).files().get(0);
    assertEquals("hdfs://nn:8020/data/traces.H", first.source());
    assertNull(first.window());
    assertEquals("0-2,5", first.irregular().records());
    assertEquals("", plan.tasks().tasks().get(1).files().get(0).irregular().records());
    assertEquals("1", plan.tasks().tasks().get(1).files().get(0).irregular().parameters().get("sepyarn_block"));
  }

  @Test
  void skippedEmptyBlocksGetNoTaskAndTheOthersKeepTheirBlocks() {
    Map<String, List<org.sepyarn.formats.irregular.IrregularPiece>> pieces = Map.of("/data/traces.H",
        List.of(piece(0, 0, 1), piece(1), piece(2, 7)));
    JobSpec job = IrregularTasks.runnable(JobSpec.parse(irregularJob("skip"), "test"), pieces);
    assertEquals(2, job.taskCount());
    JobPlan plan = JobPlanner.plan(job, Map.of("/data/traces.H", IN), pieces, QUALIFY);
    assertEquals(List.of(0, 2), plan.tasks().tasks().stream().map(t -> t.files().get(0).irregular().block()).toList());
    assertEquals("7", plan.tasks().tasks().get(1).files().get(0).irregular().records());
    Map<String, List<org.sepyarn.formats.irregular.IrregularPiece>> allEmpty = Map.of("/data/traces.H",
        List.of(piece(0), piece(1), piece(2)));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> IrregularTasks.runnable(
        JobSpec.parse(irregularJob("skip"), "test"), allEmpty)).getMessage().contains("no task to run"));
  }

  @Test
  void theTaskFilesOfAPlanWithIrregularPiecesReadBackFromJson() throws Exception {
    Map<String, List<org.sepyarn.formats.irregular.IrregularPiece>> pieces = Map.of("/data/traces.H",
        List.of(piece(0, 0, 1), piece(1), piece(2, 7)));
    JobPlan plan = JobPlanner.plan(JobSpec.parse(irregularJob("run"), "test"), Map.of("/data/traces.H", IN), pieces,
        QUALIFY);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    org.sepyarn.runner.spec.PlanCodec.writePlan(plan.tasks(), out);
    assertEquals(plan.tasks(), org.sepyarn.runner.spec.PlanCodec.readPlan(
        new java.io.ByteArrayInputStream(out.toByteArray())));
  }
}
