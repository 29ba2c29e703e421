package org.sepyarn.formats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.formats.job.JobTexts.errorAt;
import static org.sepyarn.formats.job.JobTexts.errors;
import static org.sepyarn.formats.job.JobTexts.file;
import static org.sepyarn.formats.job.JobTexts.withFiles;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Hypercube;

/** Irregular inputs in job.json: how they parse, what they imply, and each mistake's message. */
class IrregularJobSpecTest {
  private static final String IN = "/data/traces.H";
  private static final String OUT = "/data/image.H";
  private static final String BY_CMP = "{'irregular': {'keys': ['cmp_x', 'cmp_y'], 'blocks': [4, 2],"
      + " 'overlap': [50.0, 50.0]}}";

  private static String job(String inputDistribute, String outputDistribute, String extra) {
    return withFiles(file("<", IN, "input", inputDistribute) + "," + file(">", OUT, "output", outputDistribute), extra);
  }

  private static void assertMessage(JobError error, String... fragments) {
    for (String fragment : fragments) {
      assertTrue(error.message().contains(fragment), () -> "\"" + fragment + "\" not in: " + error);
    }
  }

  @Test
  void anIrregularInputImpliesOneTaskPerBlockAndRunsEmptyBlocksByDefault() {
    JobSpec spec = JobTexts.parse(job(BY_CMP, "'copy'", ""));
    Irregular irregular = (Irregular) spec.files().get(0).distribute();
    assertEquals(List.of("cmp_x", "cmp_y"), irregular.keys());
    assertEquals(List.of(4, 2), irregular.blocks());
    assertEquals(List.of(50.0, 50.0), irregular.overlap());
    assertEquals(Irregular.EmptyBlocks.RUN, irregular.empty());
    assertEquals(8, spec.taskCount());
    assertTrue(spec.hasIrregularInputs());
  }

  @Test
  void theCanonicalFormReadsBackToTheSameJob() {
    for (String d : List.of(BY_CMP, "{'irregular': {'blocks': [3], 'overlap': [1], 'emptyBlocks': 'skip'}}",
        "{'irregular': {'keys': ['offset'], 'blocks': [5]}}")) {
      JobSpec spec = JobTexts.parse(job(d, "'copy'", ""));
      assertEquals(spec, JobSpec.parse(spec.toJson(), "canonical"));
    }
  }

  @Test
  void withoutKeysTheBlocksCutTheGridAxesAndTheOverlapIsInCells() {
    Irregular grid = (Irregular) JobTexts.parse(job("{'irregular': {'blocks': [2, 3], 'overlap': [1, 0]}}",
        "{'split': {'axis': 2}}", "")).files().get(0).distribute();
    assertTrue(grid.overGrid());
    assertEquals(6, grid.blockCount());
    assertMessage(errorAt(job("{'irregular': {'blocks': [2], 'overlap': [1.5]}}", "'copy'", ""),
        "files[0].distribute.irregular.overlap[0]"), "not a whole number of cells");
  }

  @Test
  void anOutputCannotBeIrregular() {
    JobError e = errorAt(job("'copy'", BY_CMP, "'tasks': 8"), "files[1].distribute.irregular");
    assertMessage(e, "an output cannot be irregular", "only inputs are cut by header keys", "\"copy\" (summed)");
  }

  @Test
  void blocksAndOverlapsMustMatchTheKeys() {
    assertMessage(errorAt(job("{'irregular': {'keys': ['cmp_x', 'cmp_y'], 'blocks': [4]}}", "'copy'", ""),
        "files[0].distribute.irregular.blocks"), "1 block count for 2 keys [cmp_x, cmp_y]", "one block count per key");
    assertMessage(errorAt(job("{'irregular': {'keys': ['cmp_x', 'cmp_y'], 'blocks': [4, 2], 'overlap': [50]}}",
        "'copy'", ""), "files[0].distribute.irregular.overlap"), "1 overlap for 2 block counts", "one overlap per key");
    assertMessage(errorAt(job("{'irregular': {'keys': ['cmp_x'], 'blocks': [4], 'overlap': [-1]}}", "'copy'", ""),
        "files[0].distribute.irregular.overlap[0]"), "-1.0 is not an overlap", "units of key cmp_x");
    assertMessage(errorAt(job("{'irregular': {'keys': ['cmp_x', 'cmp_x'], 'blocks': [4, 2]}}", "'copy'", ""),
        "files[0].distribute.irregular.keys[1]"), "key cmp_x again");
    assertMessage(errorAt(job("{'irregular': {'keys': ['cmp_x'], 'overlap': [1]}}", "'copy'", "'tasks': 4"),
        "files[0].distribute.irregular"), "give the header keys to cut by");
  }

  @Test
  void emptyBlocksIsRunOrSkip() {
    assertMessage(errorAt(job("{'irregular': {'keys': ['cmp_x'], 'blocks': [4], 'emptyBlocks': 'drop'}}", "'copy'",
        ""), "files[0].distribute.irregular.emptyBlocks"), "\"drop\" is not what empty blocks do", "\"run\"",
        "\"skip\"");
    assertMessage(errorAt(job("{'irregular': {'keys': ['cmp_x'], 'blocks': [4], 'emptyblocks': 'run'}}", "'copy'",
        ""), "files[0].distribute.irregular.emptyblocks"), "did you mean \"emptyBlocks\"?");
  }

  @Test
  void theTaskCountMustAgreeWithTheBlocks() {
    assertMessage(errorAt(job(BY_CMP, "'copy'", "'tasks': 6"), "tasks"), "gives 6 tasks",
        "is cut into 4x2 = 8 blocks of cmp_x, cmp_y");
  }

  @Test
  void skippingEmptyBlocksCutsNothingElseByTheTaskCount() {
    String skip = "{'irregular': {'keys': ['cmp_x'], 'blocks': [4], 'emptyBlocks': 'skip'}}";
    assertEquals(4, JobTexts.parse(job(skip, "{'split': {'axis': 2}}", "")).taskCount());
    String split = withFiles(file("<", IN, "input", skip) + "," + file("vel=", "/data/v.H", "input",
        "{'split': {'axis': 2}}") + "," + file(">", OUT, "output", "'copy'"), "");
    assertMessage(errorAt(split, "files[1].distribute"), "an input cannot be split when empty blocks are skipped");
    assertMessage(errorAt(job(skip, "'copy'", "'tasks': [['a=1'], ['a=2'], ['a=3'], ['a=4']]"),
        "files[0].distribute.irregular.emptyBlocks"), "per-task arguments");
    String twoWays = withFiles(file("<", IN, "input", skip) + "," + file("more=", "/data/more.H", "input",
        "{'irregular': {'keys': ['cmp_x'], 'blocks': [4]}}") + "," + file(">", OUT, "output", "'copy'"), "");
    assertMessage(errorAt(twoWays, "files[1].distribute.irregular.emptyBlocks"), "\"run\" but files[0] says \"skip\"");
  }

  @Test
  void theApplicationMasterMayRunFewerTasksOnlyWhenEmptyBlocksAreSkipped() {
    String skip = "{'irregular': {'keys': ['cmp_x'], 'blocks': [4], 'emptyBlocks': 'skip'}}";
    assertEquals(3, JobTexts.parse(job(skip, "'copy'", "")).withTaskCount(3).taskCount());
    JobSpec run = JobTexts.parse(job(BY_CMP, "'copy'", ""));
    assertThrows(JobValidationException.class, () -> run.withTaskCount(3));
  }

  @Test
  void anIntermediateCannotBeIrregular() {
    String flow = "{'steps': [{'name': 'a', 'program': {'command': ['x']}, 'files': ["
        + file(">", "@mid", "output", "{'split': {'axis': 2}}") + "]}, {'name': 'b', 'program': {'command': ['y']},"
        + " 'files': [" + file("<", "@mid", "input", BY_CMP) + "]}], 'tasks': 8}";
    assertMessage(errorAt(flow, "steps[1].files[0].distribute.irregular"), "@mid is an intermediate");
  }

  @Test
  void againstItsDatasetAnIrregularInputNeedsSep3dKeysOrAGrid() {
    JobSpec spec = JobTexts.parse(job(BY_CMP, "'copy'", ""));
    JobValidationException regular = assertThrows(JobValidationException.class,
        () -> spec.checkIrregular(Map.of(IN, IrregularSource.REGULAR)));
    assertMessage(regular.errors().get(0), "/data/traces.H is not a SEP3D dataset", "split or patch");
    assertEquals("files[0].distribute.irregular", regular.errors().get(0).path());
    JobValidationException typo = assertThrows(JobValidationException.class, () -> spec.checkIrregular(
        Map.of(IN, new IrregularSource(true, List.of("cmp_x", "cmp_yy", "offset"), Optional.empty()))));
    assertEquals("files[0].distribute.irregular.keys[1]", typo.errors().get(0).path());
    assertMessage(typo.errors().get(0), "key cmp_y is not one of the header keys of /data/traces.H (cmp_x, cmp_yy,"
        + " offset); did you mean");
    spec.checkIrregular(Map.of(IN, new IrregularSource(true, List.of("cmp_y", "cmp_x"), Optional.empty())));
  }

  @Test
  void aGridCutNeedsAGridWhoseAxesItsBlocksFit() {
    JobSpec spec = JobTexts.parse(job("{'irregular': {'blocks': [4, 2], 'overlap': [3, 0]}}", "'copy'", ""));
    List<String> keys = List.of("cmp_x");
    assertMessage(assertThrows(JobValidationException.class, () -> spec.checkIrregular(
        Map.of(IN, new IrregularSource(true, keys, Optional.empty())))).errors().get(0), "has no grid",
        "name the header keys");
    JobValidationException tooMuch = assertThrows(JobValidationException.class, () -> spec.checkIrregular(
        Map.of(IN, new IrregularSource(true, keys, Optional.of(Hypercube.ofLengths(10, 1))))));
    assertEquals(List.of("files[0].distribute.irregular.overlap[0]", "files[0].distribute.irregular.blocks[1]"),
        tooMuch.errors().stream().map(JobError::path).toList());
    assertMessage(tooMuch.errors().get(0), "overlap 3 is too large", "at most 2");
    assertThrows(JobValidationException.class, () -> spec.checkIrregular(
        Map.of(IN, new IrregularSource(true, keys, Optional.of(Hypercube.ofLengths(10))))));
    spec.checkIrregular(Map.of(IN, new IrregularSource(true, keys, Optional.of(Hypercube.ofLengths(12, 4)))));
  }

  @Test
  void everyErrorOfOneFileIsReportedTogether() {
    List<JobError> all = errors(job("{'irregular': {'keys': ['cmp_x'], 'blocks': [0], 'overlap': [1, 2]}}",
        "'copy'", "'tasks': 4"));
    assertTrue(all.size() >= 1);
    assertEquals("files[0].distribute.irregular.blocks[0]", all.get(0).path());
  }
}
