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
import static org.sepyarn.formats.job.JobTexts.errorAt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An intermediate kept as a dataset as well: {@code keep} on the file of the step that writes it. */
class FlowKeepTest {
  private static final String IN = in("<", "/data/in.H", split(2));
  private static final String OUT = out(">", "/data/out.H", split(2));

  /** An intermediate the step writes, kept as {@code keep} (a JSON value). */
  private static String kept(String name, String distribute, String keep) {
    return out(">", name, distribute).replace("}}}", "}}, 'keep': " + keep + "}");
  }

  private static String scaleKeptThenSmooth(String keep) {
    return flow("'tasks': 4", step("scale", "", IN, kept("@scaled", split(2), keep)),
        step("smooth", "", in("<", "@scaled", split(2)), OUT));
  }

  private static void assertMessage(JobError error, String... fragments) {
    for (String fragment : fragments) {
      assertTrue(error.message().contains(fragment), () -> "\"" + fragment + "\" not in: " + error);
    }
  }

  @Test
  void theWritingStepSaysWhereTheIntermediateIsKeptAndItCountsAsAnOutputDataset() {
    JobSpec job = JobTexts.parse(scaleKeptThenSmooth("'hdfs:///data/scaled.H'"));

    FileSpec written = job.steps().get(0).files().get(1);
    assertTrue(written.isIntermediate());
    assertTrue(written.isKept());
    assertEquals(Optional.of("hdfs:///data/scaled.H"), written.keep());
    assertEquals("hdfs:///data/scaled.H", written.mergedPath());
    FileSpec dataset = written.keptDataset();
    assertEquals(List.of("hdfs:///data/scaled.H", Usage.OUTPUT, new Split(2), false),
        List.of(dataset.path(), dataset.usage(), dataset.distribute(), dataset.isIntermediate()));
    assertFalse(job.steps().get(1).files().get(0).isKept(), "the reader's file keeps nothing");
    assertEquals(List.of("/data/in.H", "hdfs:///data/scaled.H", "/data/out.H"),
        job.datasets().stream().map(FileSpec::path).toList());
    assertEquals("/data/out.H", job.steps().get(1).files().get(1).mergedPath());
  }

  @Test
  void keepFalseOrNullKeepsNothing() {
    for (String keep : List.of("false", "null")) {
      JobSpec job = JobTexts.parse(scaleKeptThenSmooth(keep));
      assertFalse(job.steps().get(0).files().get(1).isKept(), keep);
      assertEquals(2, job.datasets().size(), keep);
    }
  }

  @Test
  void aKeptIntermediateRoundTripsThroughTheCanonicalJson() {
    JobSpec job = JobTexts.parse(scaleKeptThenSmooth("'/data/scaled.H'"));
    String json = job.toJson();
    assertTrue(json.contains("\"keep\" : \"/data/scaled.H\"") || json.contains("\"keep\": \"/data/scaled.H\""), json);
    JobSpec again = JobSpec.parse(json, "staged job.json");
    assertEquals(job, again);
    assertEquals(json, again.toJson());
  }

  @Test
  void aFlowBuiltInCodeKeepsAnIntermediateWithKeptAsAndRoundTrips() {
    JobSpec plain = JobTexts.parse(FlowTexts.scaleThenSmooth());
    StepSpec scale = plain.steps().get(0);
    List<FileSpec> files = new ArrayList<>(scale.files());
    files.set(1, files.get(1).keptAs("/models/iter-07.H"));
    List<StepSpec> steps = new ArrayList<>(plain.steps());
    steps.set(0, new StepSpec("scale", new JobSpec(scale.job().name(), scale.job().queue(), 0, scale.program(), files,
        scale.job().tasks(), scale.job().maxRunning(), scale.job().resources(), scale.job().maxAttempts(),
        scale.job().taskTimeout(), scale.job().heartbeatTimeout(), scale.job().restart(), false, List.of(),
        Optional.empty(), 1, Speculation.OFF, scale.job().stallTimeout(), false, Acls.OWNER_ONLY, Optional.empty())));
    JobSpec job = new JobSpec(plain.name(), plain.queue(), plain.priority(), plain.program(), List.of(), plain.tasks(),
        plain.maxRunning(), plain.resources(), plain.maxAttempts(), plain.taskTimeout(), plain.heartbeatTimeout(),
        plain.restart(), plain.overwrite(), plain.tags(), plain.mergeTasks(), plain.tasksPerContainer(),
        plain.speculation(), plain.stallTimeout(), plain.allowForeignBinaries(), plain.acls(), plain.nodeLabel(),
        steps);

    JobSpec again = JobSpec.parse(job.toJson(), "generated.json");
    assertEquals(job, again);
    assertEquals(Optional.of("/models/iter-07.H"), again.steps().get(0).files().get(1).keep());
  }

  @Test
  void keptAsIsOnlyForAnIntermediateAStepWritesAndTakesADatasetPath() {
    FileSpec dataset = new FileSpec(FileTag.parse(">", new Problems()), "/data/out.H", Usage.OUTPUT, new Split(2));
    assertThrows(JobValidationException.class, () -> dataset.keptAs("/data/again.H"));
    FileSpec read = new FileSpec(FileTag.parse("<", new Problems()), "@scaled", Usage.INPUT, new Split(2));
    assertThrows(JobValidationException.class, () -> read.keptAs("/data/scaled.H"));
    FileSpec written = new FileSpec(FileTag.parse(">", new Problems()), "@scaled", Usage.OUTPUT, new Split(2));
    assertThrows(JobValidationException.class, () -> written.keptAs("data/scaled.H"));
    assertThrows(JobValidationException.class, () -> written.keptAs("@other"));
    assertThrows(IllegalStateException.class, written::keptDataset);
    assertEquals("/data/scaled.H", written.keptAs("/data/scaled.H").withPath("@scaled").mergedPath());
  }

  @Test
  void movingAFlowsFilesMovesItsKeptDatasetsAndKeepsTheIntermediatesNames() {
    JobSpec job = JobTexts.parse(scaleKeptThenSmooth("'/data/scaled.H'"));
    JobSpec moved = job.withFilePaths(List.of("hdfs://nn/data/in.H", "@scaled", "@scaled", "hdfs://nn/data/out.H"),
        List.of(Optional.empty(), Optional.of("hdfs://nn/data/scaled.H"), Optional.empty(), Optional.empty()));
    FileSpec written = moved.steps().get(0).files().get(1);
    assertEquals("@scaled", written.path());
    assertEquals(Optional.of("hdfs://nn/data/scaled.H"), written.keep());
    assertEquals(job, job.withFilePaths(List.of("/data/in.H", "@scaled", "@scaled", "/data/out.H")),
        "paths alone leave the kept dataset as it is");
  }

  @Test
  void keepTrueSaysToGiveThePath() {
    assertMessage(errorAt(scaleKeptThenSmooth("true"), "steps[0].files[1].keep"), "true does not say where",
        "\"keep\": \"/data/scaled.H\"");
    assertMessage(errorAt(scaleKeptThenSmooth("3"), "steps[0].files[1].keep"), "expected a string");
  }

  @Test
  void aKeptDatasetIsAnAbsolutePathOrAUriNotAnIntermediate() {
    assertMessage(errorAt(scaleKeptThenSmooth("'scaled.H'"), "steps[0].files[1].keep"), "is relative");
    assertMessage(errorAt(scaleKeptThenSmooth("'@smoothed'"), "steps[0].files[1].keep"), "an intermediate's name",
        "\"/data/scaled.H\"");
  }

  @Test
  void onlyTheWritingStepKeepsAnIntermediate() {
    String text = flow("'tasks': 4", step("scale", "", IN, out(">", "@scaled", split(2))),
        step("smooth", "", kept("@scaled", split(2), "'/data/scaled.H'").replace("'output'", "'input'")
            .replace("'>'", "'<'"), OUT));
    assertMessage(errorAt(text, "steps[1].files[0].keep"), "@scaled is read here", "the step that writes it");
  }

  @Test
  void aDatasetIsNotKeptAgain() {
    String text = flow("'tasks': 4", step("scale", "", IN, out(">", "@scaled", split(2))),
        step("smooth", "", in("<", "@scaled", split(2)), kept("/data/out.H", split(2), "'/data/o2.H'")));
    assertMessage(errorAt(text, "steps[1].files[1].keep"), "is a dataset, which is kept anyway");
  }

  @Test
  void aKeptDatasetNamesNoOtherFileOfTheFlow() {
    assertMessage(errorAt(scaleKeptThenSmooth("'/data/out.H'"), "steps[0].files[1].keep"),
        "@scaled would be kept as /data/out.H", "step smooth (steps[1].files[1]) writes it");
    assertMessage(errorAt(scaleKeptThenSmooth("'/data/in.H'"), "steps[0].files[1].keep"),
        "step scale (steps[0].files[0]) reads it");
  }

  @Test
  void twoIntermediatesAreNotKeptAsOneDataset() {
    String text = flow("'tasks': 4",
        step("scale", "", IN, kept("@a", split(2), "'/data/k.H'")),
        step("smooth", "", in("<", "@a", split(2)), kept("@b", split(2), "'/data/k.H'")),
        step("gain", "", in("<", "@b", split(2)), OUT));
    assertMessage(errorAt(text, "steps[1].files[1].keep"), "@b would be kept as /data/k.H",
        "@a of step scale (steps[0].files[1]) is kept as it");
  }

  @Test
  void aPatchedIntermediateIsKeptOnlyWithADatasetInputPatchedTheSameWay() {
    String patches = blocks("[2, 2]", "[1, 1]");
    JobSpec ok = JobTexts.parse(flow("",
        step("scale", "", in("<", "/data/in.H", patches), kept("@a", patches, "'/data/a.H'")),
        step("smooth", "", in("<", "@a", patches), out(">", "/data/out.H", patches))));
    assertTrue(ok.steps().get(0).files().get(1).isKept());
    String text = flow("",
        step("scale", "", in("<", "/data/in.H", patches), out(">", "@a", patches)),
        step("smooth", "", in("<", "@a", patches), kept("@b", patches, "'/data/b.H'")),
        step("gain", "", in("<", "@b", patches), out(">", "/data/out.H", patches)));
    assertMessage(errorAt(text, "steps[1].files[1].keep"), "step smooth writes @b in 2x2 = 4 patches",
        "patch a dataset input of the step the same way, or split @b");
  }
}
