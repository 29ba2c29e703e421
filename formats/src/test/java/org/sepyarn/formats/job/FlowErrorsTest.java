package org.sepyarn.formats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.formats.job.FlowTexts.blocks;
import static org.sepyarn.formats.job.FlowTexts.flow;
import static org.sepyarn.formats.job.FlowTexts.in;
import static org.sepyarn.formats.job.FlowTexts.out;
import static org.sepyarn.formats.job.FlowTexts.split;
import static org.sepyarn.formats.job.FlowTexts.step;
import static org.sepyarn.formats.job.JobTexts.errorAt;
import static org.sepyarn.formats.job.JobTexts.errors;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Hypercube;

/** Each kind of mistake in a flow, reported at its field path, naming the steps, files and axes. */
class FlowErrorsTest {
  private static final String IN = in("<", "/data/in.H", split(2));
  private static final String OUT = out(">", "/data/out.H", split(2));

  private static void assertMessage(JobError error, String... fragments) {
    for (String fragment : fragments) {
      assertTrue(error.message().contains(fragment), () -> "\"" + fragment + "\" not in: " + error);
    }
  }

  @Test
  void aJobWithStepsHasNeitherAProgramNorFilesOfItsOwn() {
    String text = FlowTexts.scaleThenSmooth().replace("'tasks': 4",
        "'tasks': 4, 'program': {'command': ['x']}, 'files': []");
    assertMessage(errorAt(text, "program"), "each step its program");
    assertMessage(errorAt(text, "files"), "each step its files");
  }

  @Test
  void stepsMustBeANonEmptyList() {
    assertMessage(errorAt("{'steps': []}", "steps"), "an empty list", "at least one step");
    assertMessage(errorAt("{'steps': {'name': 'a'}}", "steps"), "expected a list of steps");
  }

  @Test
  void aStepNeedsANameAndAProgramAndKnowsOnlyItsKeys() {
    String text = flow("'tasks': 2", "{'files': [" + IN + "]}", step("b", "'queue': 'q'", OUT));
    assertMessage(errorAt(text, "steps[0].name"), "missing", "give the step a name");
    assertMessage(errorAt(text, "steps[0].program"), "missing");
    assertMessage(errorAt(text, "steps[1].queue"), "\"queue\" is the job's own setting, not a step's",
        "set it at the top level of the job");
  }

  @Test
  void aStepMayNotSetTheJobsOwnSettingsAndIsToldWhereTheyGo() {
    String text = flow("'tasks': 2", step("a", "'heartbeatTimeout': '30s', 'nodeLabel': 'gpu', 'tags': ['x']",
        IN, OUT));
    JobError heartbeat = errorAt(text, "steps[0].heartbeatTimeout");
    assertMessage(heartbeat, "\"heartbeatTimeout\" is the job's own setting, not a step's",
        "one ApplicationMaster watches every step's runners by it", "set it at the top level of the job",
        "a step may set its own tasks and maxRunning", "tasksPerContainer, speculation");
    assertMessage(errorAt(text, "steps[0].nodeLabel"), "\"nodeLabel\" is the job's own setting");
    assertMessage(errorAt(text, "steps[0].tags"), "\"tags\" is the job's own setting");
    assertEquals(3, errors(text).size(), () -> errors(text).toString());
  }

  @Test
  void aFlowBuiltInCodeWhoseStepHasAnotherHeartbeatTimeoutIsRefused() {
    JobSpec plain = JobTexts.parse(FlowTexts.scaleThenSmooth());
    StepSpec scale = plain.steps().get(0);
    JobSpec own = scale.job();
    StepSpec slow = new StepSpec("scale", new JobSpec(own.name(), own.queue(), own.priority(), own.program(),
        own.files(), own.tasks(), own.maxRunning(), own.resources(), own.maxAttempts(), own.taskTimeout(),
        own.heartbeatTimeout().multipliedBy(2), own.restart(), own.overwrite(), own.tags(), own.mergeTasks(),
        own.tasksPerContainer(), own.speculation(), own.stallTimeout(), own.allowForeignBinaries(), own.acls(),
        own.nodeLabel()));
    JobValidationException e = assertThrows(JobValidationException.class, () -> new JobSpec(plain.name(),
        plain.queue(), plain.priority(), plain.program(), List.of(), plain.tasks(), plain.maxRunning(),
        plain.resources(), plain.maxAttempts(), plain.taskTimeout(), plain.heartbeatTimeout(), plain.restart(),
        plain.overwrite(), plain.tags(), plain.mergeTasks(), plain.tasksPerContainer(), plain.speculation(),
        plain.stallTimeout(), plain.allowForeignBinaries(), plain.acls(), plain.nodeLabel(),
        List.of(slow, plain.steps().get(1))));
    assertEquals(List.of("steps[0].heartbeatTimeout"), e.errors().stream().map(JobError::path).toList());
    assertMessage(e.errors().get(0), "step scale has heartbeatTimeout", "one ApplicationMaster watches every step's"
        + " runners by it");
  }

  @Test
  void aFlowsAclsReachItsSteps() {
    JobSpec job = JobTexts.parse(FlowTexts.scaleThenSmooth());
    Acls acls = new Acls(List.of("ann"), List.of());
    JobSpec shared = job.withAcls(acls);
    assertEquals(acls, shared.acls());
    shared.steps().forEach(s -> assertEquals(acls, s.job().acls()));
  }

  @Test
  void aStepNameIsAWordAndUnique() {
    String text = flow("'tasks': 2", step("scale", "", IN, out(">", "@a", split(2))),
        step("scale", "", in("<", "@a", split(2)), OUT));
    assertMessage(errorAt(text, "steps[1].name"), "\"scale\" again: steps[0] already has it");
    assertMessage(errorAt(flow("'tasks': 2", step("scale", "", IN, OUT)).replace("'name': 'scale'",
        "'name': 'sc ale'"), "steps[0].name"), "not a step name");
  }

  @Test
  void anIntermediateNameIsAWord() {
    assertMessage(errorAt(flow("'tasks': 2", step("a", "", IN, out(">", "@9x", split(2)))), "steps[0].files[1].path"),
        "\"@9x\" is not an intermediate's name");
  }

  @Test
  void aJobOfOneProgramMayNotNameAnIntermediate() {
    assertMessage(errorAt("{'program': {'command': ['x']}, 'files': [" + in("<", "@a", split(2)) + "], 'tasks': 2}",
        "files[0].path"), "\"@a\" names an intermediate, which only a job with \"steps\" has");
  }

  @Test
  void anIntermediateIsWrittenByExactlyOneStep() {
    String text = flow("'tasks': 2", step("a", "", IN, out(">", "@x", split(2))),
        step("b", "", in("<", "/data/b.H", split(2)), out(">", "@x", split(2))),
        step("c", "", in("<", "@x", split(2)), OUT));
    assertMessage(errorAt(text, "steps[1].files[1].path"), "@x is also written by step a (steps[0].files[1])",
        "exactly one step");
  }

  @Test
  void anIntermediateReadButNeverWrittenIsAnErrorSuggestingTheNearestWrittenOne() {
    String text = flow("'tasks': 2", step("a", "", IN, out(">", "@scaled", split(2))),
        step("b", "", in("<", "@scalde", split(2)), in("vel=", "@scaled", "'copy'"), OUT));
    assertMessage(errorAt(text, "steps[1].files[0].path"), "@scalde is read by step b but no step writes it",
        "did you mean @scaled?");
  }

  @Test
  void anIntermediateWrittenButNeverReadIsAnError() {
    String text = flow("'tasks': 2", step("a", "", IN, out(">", "@lost", split(2))), step("b", "", IN, OUT));
    assertMessage(errorAt(text, "steps[0].files[1].path"), "@lost is written by step a but no step reads it");
  }

  @Test
  void aStepThatReadsBeforeTheWriterRunsIsToldWhichStepToMove() {
    String text = flow("'tasks': 2", step("smooth", "", in("<", "@scaled", split(2)), OUT),
        step("scale", "", IN, out(">", "@scaled", split(2))));
    assertEquals("step smooth (steps[0]) reads @scaled before step scale (steps[1].files[1]) writes it: a step reads"
        + " only what earlier steps wrote; move step scale before step smooth",
        errorAt(text, "steps[0].files[0].path").message());
  }

  @Test
  void aCycleIsReportedAsOneWithEveryLink() {
    String text = flow("'tasks': 2",
        step("a", "", in("<", "@fromc", split(2)), out(">", "@froma", split(2))),
        step("b", "", in("<", "@froma", split(2)), out(">", "@fromb", split(2))),
        step("c", "", in("<", "@fromb", split(2)), out(">", "@fromc", split(2)),
            out("out=", "/data/out.H", split(2))));
    JobError cycle = errorAt(text, "steps");
    assertMessage(cycle, "the steps form a cycle", "step b reads @froma, which step a writes",
        "step c reads @fromb, which step b writes", "step a reads @fromc, which step c writes");
    assertEquals(List.of("steps"), errors(text).stream().map(JobError::path).toList());
  }

  @Test
  void aStepThatReadsWhatItWritesIsTold() {
    String text = flow("'tasks': 2", step("a", "", IN, out(">", "@x", split(2))),
        step("b", "", in("<", "@x", split(2)), in("y=", "@y", split(2)), out(">", "@y", split(2)), OUT));
    assertMessage(errorAt(text, "steps[1].files[2].path"), "\"@y\" is also read by this step, as files[1]");
  }

  @Test
  void aPatchedIntermediateNeedsAnInputOfItsStepPatchedTheSameWay() {
    String text = flow("'tasks': 4", step("a", "", IN, out(">", "@p", blocks("[2, 2]", "[3, 3]"))),
        step("b", "", in("<", "@p", blocks("[2, 2]", "[3, 3]")), out(">", "/data/out.H", blocks("[2, 2]", "[3, 3]"))));
    assertMessage(errorAt(text, "steps[0].files[1].distribute"), "step a writes @p in 2x2 = 4 patches along axes [1, 2]",
        "none of its inputs is patched the same way");
  }

  @Test
  void aStepWithoutTasksAndWithoutPatchesNeedsTheJobsTasks() {
    assertMessage(errorAt(flow("", step("a", "", IN, OUT)), "steps[0].tasks"), "missing");
  }

  @Test
  void aStepsTasksMustAgreeWithItsPatches() {
    String patched = blocks("[2, 2]", "[0, 0]");
    assertMessage(errorAt(flow("", step("a", "'tasks': 3", in("<", "/data/in.H", patched),
        out(">", "/data/out.H", patched))), "steps[0].tasks"), "gives 3 tasks");
  }

  @Test
  void aReadingStepsCutsMustFitTheExtentsTheWriterSettles() {
    String patched = blocks("[2, 2]", "[2, 2]");
    String text = flow("",
        step("a", "", in("<", "/data/in.H", patched), out(">", "@p", patched)),
        step("b", "'tasks': 12", in("<", "@p", split(2)), out(">", "/data/b.H", split(2))),
        step("c", "", in("<", "@p", blocks("[3, 2]", "[11, 0]")),
            out(">", "/data/c.H", blocks("[3, 2]", "[11, 0]"))));
    JobSpec job = JobTexts.parse(text);
    JobValidationException e = assertThrows(JobValidationException.class,
        () -> job.checkAgainst(Map.of("/data/in.H", Hypercube.ofLengths(30, 10))));
    assertEquals(List.of("steps[1].files[0].distribute.split.axis", "steps[2].files[0].distribute.patch.overlap[0]"),
        e.errors().stream().map(JobError::path).toList());
    assertMessage(e.errors().get(0), "step b splits @p, which step a writes, along axis 2 into 12 blocks, but it has"
        + " 10 samples there");
    assertMessage(e.errors().get(1), "step c reads @p, which step a writes, with overlap 11 along axis 1",
        "at most 10");
    job.checkAgainst(Map.of("/data/in.H", Hypercube.ofLengths(40, 12)));
  }

  @Test
  void aStepOfAFlowCannotSkipTheEmptyBlocksOfAnIrregularInput() {
    String text = flow("'tasks': 4",
        step("bin", "", in("<", "/data/survey.H",
            "{'irregular': {'keys': ['cmp_x'], 'blocks': [4], 'emptyBlocks': 'skip'}}"), out(">", "@binned", "'copy'")),
        step("smooth", "", in("<", "@binned", "'copy'"), OUT));
    assertMessage(errorAt(text, "steps[0].files[0].distribute.irregular.emptyBlocks"), "a step of a flow",
        "\"emptyBlocks\": \"run\"");
  }
}
