package org.sepyarn.formats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The value types built directly in Java enforce the same rules the parser reports. */
class JobModelTest {
  private static JobSpec job(List<FileSpec> files, TaskList tasks) {
    return new JobSpec("j", "default", 0, ProgramSpec.of("sfsmooth"), files, tasks, Optional.empty(),
        Resources.DEFAULT, 3, Optional.empty(), Duration.ofSeconds(60), RestartPolicy.DEFAULT, false, List.of());
  }

  @Test
  void aSplitAlongAnAxisOutsideOneToNineIsRefused() {
    JobValidationException e = assertThrows(JobValidationException.class, () -> new Split(10));
    assertEquals(List.of(new JobError("axis", "10 is not an axis: axes are numbered 1 to 9 (axis 1 is the fastest)")),
        e.errors());
    assertEquals(3, new Split(3).axis());
  }

  @Test
  void patchesWithMismatchedListsAreRefused() {
    assertThrows(JobValidationException.class, () -> BlockPatch.of(List.of(2, 2), List.of(1)));
    assertThrows(JobValidationException.class, () -> new WindowPatch(List.of(2, 1), List.of(5, 5), List.of(2, 2)));
    assertEquals(List.of(0, 0), BlockPatch.withoutOverlap(List.of(3, 2)).overlap());
  }

  @Test
  void aPatchCountsItsPatchesAndDescribesThem() {
    BlockPatch patch = BlockPatch.of(List.of(4, 2, 3), List.of(1, 1, 1));
    assertEquals(24, patch.patchCount());
    assertEquals("4x2x3 = 24 patches", patch.describeCount());
    assertEquals(List.of(1, 2, 3), patch.axes());
    assertEquals("1 patch", WindowPatch.of(List.of(10), List.of(1)).describeCount());
  }

  @Test
  void eachDistributionNamesItsKind() {
    assertEquals("split", new Split(1).kind());
    assertEquals("patch", BlockPatch.withoutOverlap(List.of(2)).kind());
    assertEquals("patch", WindowPatch.of(List.of(2), List.of(2)).kind());
    assertEquals("copy", Copy.INSTANCE.kind());
  }

  @Test
  void fileTagsParseAndPrintBack() {
    assertEquals(FileTag.STDIN, FileTag.parse("<"));
    assertEquals(FileTag.STDOUT, FileTag.parse(">"));
    assertEquals(FileTag.parameter("vel"), FileTag.parse("vel="));
    for (String text : List.of("<", ">", "vel=", "data_2=", "a-b=")) {
      assertEquals(text, FileTag.parse(text).toString());
    }
    assertTrue(FileTag.STDIN.isStream());
    assertFalse(FileTag.parameter("vel").isStream());
    assertThrows(IllegalArgumentException.class, () -> FileTag.parse("="));
    assertThrows(IllegalArgumentException.class, () -> FileTag.parse("v el="));
    assertThrows(JobValidationException.class, () -> FileTag.parameter("2d"));
    assertThrows(IllegalArgumentException.class, () -> new FileTag(FileTag.Kind.STDIN, "x"));
  }

  @Test
  void usageWordsReadAndPrintBack() {
    assertEquals(Usage.INPUT, Usage.fromJson("input"));
    assertEquals("output", Usage.OUTPUT.jsonName());
    assertThrows(IllegalArgumentException.class, () -> Usage.fromJson("Input"));
  }

  @Test
  void aFileWhoseTagContradictsItsUsageIsRefused() {
    JobValidationException e = assertThrows(JobValidationException.class,
        () -> new FileSpec(FileTag.STDOUT, "/d/x.H", Usage.INPUT, Copy.INSTANCE));
    assertEquals("tag", e.errors().get(0).path());
    assertThrows(JobValidationException.class, () -> new FileSpec(FileTag.STDIN, "x.H", Usage.INPUT, Copy.INSTANCE));
  }

  @Test
  void aProgramKnowsItsNameAndItsLocalizedFileNames() {
    assertEquals("sfsmooth", ProgramSpec.of("/opt/rsf/bin/sfsmooth", "-v").commandName());
    assertEquals("tool", ProgramSpec.localName(URI.create("hdfs://nn:8020/apps/bin/tool")));
    assertEquals("t2", ProgramSpec.localName(URI.create("/apps/bin/tool#t2")));
    assertThrows(JobValidationException.class, () -> ProgramSpec.of());
    ProgramSpec program = new ProgramSpec(List.of("x"), List.of(), Map.of("B", "2", "A", "1"), List.of());
    assertEquals(List.of("A", "B"), List.copyOf(program.env().keySet()));
  }

  @Test
  void taskListsGiveEachTaskItsArgumentsAndRefuseTasksThatDoNotExist() {
    TaskList count = new TaskList.Count(3);
    TaskList perTask = new TaskList.PerTaskArgs(List.of(List.of("shot=1"), List.of()));
    assertEquals(List.of(), count.argsFor(2));
    assertEquals(List.of("shot=1"), perTask.argsFor(0));
    assertEquals(2, perTask.count());
    assertThrows(IndexOutOfBoundsException.class, () -> count.argsFor(3));
    assertThrows(IndexOutOfBoundsException.class, () -> perTask.argsFor(-1));
    assertThrows(JobValidationException.class, () -> new TaskList.Count(0));
    assertThrows(JobValidationException.class, () -> new TaskList.PerTaskArgs(List.of()));
  }

  @Test
  void resourcesBelowTheMinimumAreRefused() {
    assertThrows(JobValidationException.class, () -> new Resources(DataSize.ofMiB(63), 1));
    assertThrows(JobValidationException.class, () -> new Resources(new DataSize(65 * 1024 * 1024 + 1), 1));
    assertThrows(JobValidationException.class, () -> new Resources(DataSize.ofMiB(64), 0));
    assertEquals(64, new Resources(DataSize.ofMiB(64), 1).memoryMiB());
  }

  @Test
  void aRestartPolicyAppendsTheCheckpointParameter() {
    RestartPolicy policy = new RestartPolicy(List.of("restart=y", "verb=1"), "ckpt");
    assertEquals(List.of("restart=y", "verb=1", "ckpt=/tmp/c"), policy.argsFor("/tmp/c"));
    assertThrows(JobValidationException.class, () -> new RestartPolicy(List.of(), "datapath"));
  }

  @Test
  void aJobWhosePatchedFilesDisagreeWithItsTasksIsRefused() {
    FileSpec patched = new FileSpec(FileTag.STDIN, "/d/in.H", Usage.INPUT, BlockPatch.withoutOverlap(List.of(2, 2)));
    assertEquals(4, job(List.of(patched), new TaskList.Count(4)).taskCount());
    JobValidationException e = assertThrows(JobValidationException.class,
        () -> job(List.of(patched), new TaskList.Count(5)));
    assertEquals("tasks", e.errors().get(0).path());
    assertTrue(e.getMessage().startsWith("job j: 1 error"), e::getMessage);
  }

  @Test
  void aJobWithOutOfRangeSettingsIsRefused() {
    assertThrows(JobValidationException.class, () -> new JobSpec("j", "default", 0, ProgramSpec.of("x"), List.of(),
        new TaskList.Count(1), Optional.of(0), Resources.DEFAULT, 3, Optional.empty(), Duration.ofSeconds(60),
        RestartPolicy.DEFAULT, false, List.of()));
    assertThrows(JobValidationException.class, () -> new JobSpec("j", "default", 0, ProgramSpec.of("x"), List.of(),
        new TaskList.Count(1), Optional.empty(), Resources.DEFAULT, 3, Optional.of(Duration.ofMillis(1500)),
        Duration.ofSeconds(60), RestartPolicy.DEFAULT, false, List.of()));
  }

  @Test
  void aValidationFailureNeedsAtLeastOneError() {
    assertThrows(IllegalArgumentException.class, () -> new JobValidationException("x", List.of()));
  }
}
