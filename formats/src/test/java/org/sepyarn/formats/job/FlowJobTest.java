package org.sepyarn.formats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.formats.job.FlowTexts.blocks;
import static org.sepyarn.formats.job.FlowTexts.flow;
import static org.sepyarn.formats.job.FlowTexts.in;
import static org.sepyarn.formats.job.FlowTexts.out;
import static org.sepyarn.formats.job.FlowTexts.split;
import static org.sepyarn.formats.job.FlowTexts.step;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Hypercube;

/** A job of steps: how it reads, what each step inherits, its canonical form, and jobs of one program. */
class FlowJobTest {
  @Test
  void aFlowHasItsStepsInOrderEachWithItsProgramFilesAndTasks() {
    JobSpec job = JobTexts.parse(FlowTexts.scaleThenSmooth());
    assertTrue(job.isFlow());
    assertEquals(List.of("scale", "smooth"), job.steps().stream().map(StepSpec::name).toList());
    StepSpec smooth = job.steps().get(1);
    assertEquals(List.of("/opt/rsf/bin/sfsmooth"), smooth.program().command());
    assertEquals("@scaled", smooth.files().get(0).path());
    assertTrue(smooth.files().get(0).isIntermediate());
    assertEquals("scaled", smooth.files().get(0).intermediateName());
    assertFalse(smooth.files().get(1).isIntermediate());
    assertEquals(4, smooth.taskCount());
    assertEquals(job.steps(), job.flowSteps());
  }

  @Test
  void aFlowWithoutANameIsNamedAfterItsStepsAndItsStepsShareTheJobsOwnSettings() {
    JobSpec job = JobTexts.parse(FlowTexts.scaleThenSmooth().replace("'tasks': 4",
        "'tasks': 4, 'queue': 'root.seismic', 'tags': ['north']"));
    assertEquals("scale-smooth", job.name());
    for (StepSpec s : job.steps()) {
      assertEquals("scale-smooth", s.job().name());
      assertEquals("root.seismic", s.job().queue());
      assertEquals(List.of("north"), s.job().tags());
    }
  }

  @Test
  void aStepTakesTheJobsTaskSettingsUnlessItSetsItsOwn() {
    JobSpec job = JobTexts.parse(flow("'tasks': 4, 'maxAttempts': 5, 'taskTimeout': '2h', 'resources': {'memory': '2g'},"
            + " 'stallTimeout': 'off', 'tasksPerContainer': 3",
        step("scale", "'maxAttempts': 2, 'resources': {'memory': '8g', 'vcores': 4}, 'tasks': 8",
            in("<", "/data/in.H", split(2)), out(">", "@scaled", split(2))),
        step("smooth", "", in("<", "@scaled", split(2)), out(">", "/data/out.H", split(2)))));
    JobSpec scale = job.steps().get(0).job();
    JobSpec smooth = job.steps().get(1).job();
    assertEquals(2, scale.maxAttempts());
    assertEquals(5, smooth.maxAttempts());
    assertEquals(new Resources(DataSize.ofMiB(8192), 4, Map.of()), scale.resources());
    assertEquals(new Resources(DataSize.ofMiB(2048), 1, Map.of()), smooth.resources());
    assertEquals(8, scale.taskCount());
    assertEquals(4, smooth.taskCount());
    assertEquals(Optional.of(Duration.ofHours(2)), scale.taskTimeout());
    assertEquals(Duration.ZERO, smooth.stallTimeout());
    assertEquals(3, scale.tasksPerContainer());
  }

  @Test
  void aStepWithPatchedFilesTakesItsTaskCountFromThemRatherThanFromTheJob() {
    JobSpec job = JobTexts.parse(flow("'tasks': 4",
        step("scale", "", in("<", "/data/in.H", split(2)), out(">", "@scaled", split(2))),
        step("smooth", "", in("<", "@scaled", blocks("[2, 3]", "[4, 4]")),
            out(">", "/data/out.H", blocks("[2, 3]", "[4, 4]")))));
    assertEquals(6, job.steps().get(1).taskCount());
  }

  @Test
  void theCanonicalFormOfAFlowWritesEveryStepInFullAndReadsBackEqual() {
    JobSpec job = JobTexts.parse(flow("'tasks': 4, 'name': 'two', 'maxAttempts': 4",
        step("scale", "'maxAttempts': 2", in("<", "/data/in.H", split(2)), out(">", "@scaled", split(2))),
        step("smooth", "'tasks': [['a=1'], ['a=2']]", in("<", "@scaled", split(2)),
            out(">", "/data/out.H", split(2)))));
    String canonical = job.toJson();
    assertEquals(job, JobSpec.parse(canonical, "canonical"));
    assertFalse(canonical.contains("\"program\" : {\n    \"command\""), canonical);
    assertTrue(canonical.contains("\"steps\""));
  }

  @Test
  void aJobOfOneProgramIsAFlowOfOneStepAndStaysAsItWas() {
    JobSpec job = JobTexts.parse("{'name': 'smooth it', 'program': {'command': ['sfsmooth']}, 'files': ["
        + in("<", "/data/in.H", split(2)) + "], 'tasks': 3}");
    assertFalse(job.isFlow());
    assertEquals(List.of(), job.steps());
    assertEquals(1, job.flowSteps().size());
    StepSpec only = job.flowSteps().get(0);
    assertEquals("smooth-it", only.name());
    assertEquals(job, only.job());
    assertFalse(job.toJson().contains("steps"));
  }

  @Test
  void aFlowsProgramAndTasksAreItsFirstStepsAndItHasNoFilesOfItsOwn() {
    JobSpec job = JobTexts.parse(FlowTexts.scaleThenSmooth());
    assertEquals(job.steps().get(0).program(), job.program());
    assertEquals(4, job.taskCount());
    assertEquals(List.of(), job.files());
    assertThrows(IllegalStateException.class, () -> job.withProgram(job.program()));
  }

  @Test
  void theExampleFlowParsesAndPipelinesItsFirstTwoSteps() throws java.io.IOException {
    JobSpec job = JobSpec.parse(java.nio.file.Files.readString(java.nio.file.Path.of(
        "../examples/jobs/flow-scale-smooth.json")), "flow-scale-smooth.json");
    assertEquals(List.of("scale", "smooth-time", "smooth-offset"), job.steps().stream().map(StepSpec::name).toList());
    org.sepyarn.formats.flow.FlowPlan plan = org.sepyarn.formats.flow.FlowPlan.of(job);
    assertTrue(plan.step("smooth-time").pipelined());
    assertEquals(List.of(1), plan.step("smooth-offset").waitsForWhole());
  }

  @Test
  void checkingAFlowAgainstItsDatasetsChecksEveryStepsDatasetsAndSkipsIntermediates() {
    JobSpec job = JobTexts.parse(FlowTexts.scaleThenSmooth());
    job.checkAgainst(Map.of("/data/in.H", Hypercube.ofLengths(10, 20)));
    JobValidationException e = assertThrows(JobValidationException.class,
        () -> job.checkAgainst(Map.of("/data/in.H", Hypercube.ofLengths(10, 3))));
    assertEquals("steps[0].files[0].distribute.split.axis", e.errors().get(0).path());
  }

  @Test
  void aStepHasItsOwnMaxRunningTasksPerContainerAndSpeculationAndTheOthersInheritTheJobs() {
    JobSpec job = JobTexts.parse(flow("'tasks': 4, 'taskTimeout': '2h', 'maxRunning': 8, 'tasksPerContainer': 5",
        step("scale", "'maxRunning': 2, 'tasksPerContainer': 2, 'speculation': true",
            in("<", "/data/in.H", split(2)), out(">", "@scaled", split(2))),
        step("smooth", "", in("<", "@scaled", split(2)), out(">", "/data/out.H", split(2)))));
    JobSpec scale = job.steps().get(0).job();
    JobSpec smooth = job.steps().get(1).job();
    assertEquals(Optional.of(2), scale.maxRunning());
    assertEquals(2, scale.tasksPerContainer());
    assertEquals(Speculation.ON, scale.speculation());
    assertEquals(Optional.of(8), smooth.maxRunning());
    assertEquals(5, smooth.tasksPerContainer());
    assertEquals(Speculation.OFF, smooth.speculation());
    assertEquals(job, JobSpec.parse(job.toJson(), "canonical"), "a step's own settings are written and read back");
  }

  @Test
  void aStepsOwnMaxRunningIsCheckedAsTheJobsIs() {
    JobValidationException e = assertThrows(JobValidationException.class, () -> JobTexts.parse(flow("'tasks': 4",
        step("scale", "'maxRunning': 0, 'tasksPerContainer': 0", in("<", "/data/in.H", split(2)),
            out(">", "@scaled", split(2))),
        step("smooth", "", in("<", "@scaled", split(2)), out(">", "/data/out.H", split(2))))));
    assertEquals(List.of("steps[0].maxRunning", "steps[0].tasksPerContainer"),
        e.errors().stream().map(JobError::path).toList());
  }

  @Test
  void aStepHasItsOwnTaskTimeoutStallTimeoutAndRestartAndTheOthersInheritTheJobs() {
    JobSpec job = JobTexts.parse(flow("'tasks': 4, 'taskTimeout': '2h', 'stallTimeout': '5m'",
        step("scale", "'taskTimeout': '10m', 'stallTimeout': 'off',"
            + " 'restart': {'args': ['resume=1'], 'checkpointArg': 'state'}",
            in("<", "/data/in.H", split(2)), out(">", "@scaled", split(2))),
        step("smooth", "", in("<", "@scaled", split(2)), out(">", "/data/out.H", split(2)))));
    JobSpec scale = job.steps().get(0).job();
    JobSpec smooth = job.steps().get(1).job();
    assertEquals(Optional.of(Duration.ofMinutes(10)), scale.taskTimeout());
    assertEquals(Duration.ZERO, scale.stallTimeout());
    assertEquals(new RestartPolicy(List.of("resume=1"), "state"), scale.restart());
    assertEquals(Optional.of(Duration.ofHours(2)), smooth.taskTimeout());
    assertEquals(Duration.ofMinutes(5), smooth.stallTimeout());
    assertEquals(RestartPolicy.DEFAULT, smooth.restart());
    assertEquals(job, JobSpec.parse(job.toJson(), "staged job.json"), "the step's own settings round-trip");
  }
}
