package org.sepyarn.formats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.formats.job.JobTexts.file;
import static org.sepyarn.formats.job.JobTexts.parse;
import static org.sepyarn.formats.job.JobTexts.parseWith;
import static org.sepyarn.formats.job.JobTexts.withFiles;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobSpecDefaultsTest {
  private final JobSpec minimal = parse("{'program': {'command': ['/opt/sep/bin/Monte']}, 'tasks': 8}");

  @Test
  void nameDefaultsToTheProgramsFileName() {
    assertEquals("Monte", minimal.name());
  }

  @Test
  void queueDefaultsToDefault() {
    assertEquals("default", minimal.queue());
  }

  @Test
  void priorityDefaultsToZero() {
    assertEquals(0, minimal.priority());
  }

  @Test
  void programArgsEnvAndLocalizeDefaultToEmpty() {
    assertEquals(List.of("/opt/sep/bin/Monte"), minimal.program().command());
    assertEquals(List.of(), minimal.program().args());
    assertEquals(Map.of(), minimal.program().env());
    assertEquals(List.of(), minimal.program().localize());
  }

  @Test
  void filesDefaultToNone() {
    assertEquals(List.of(), minimal.files());
  }

  @Test
  void aNumberOfTasksGivesEachTaskNoArgumentsOfItsOwn() {
    assertEquals(8, minimal.taskCount());
    assertEquals(new TaskList.Count(8), minimal.tasks());
    assertEquals(List.of(), minimal.taskArgs(7));
  }

  @Test
  void maxRunningDefaultsToNoLimit() {
    assertEquals(Optional.empty(), minimal.maxRunning());
  }

  @Test
  void resourcesDefaultToOneGigabyteAndOneVcore() {
    assertEquals(DataSize.ofMiB(1024), minimal.resources().memory());
    assertEquals(1024, minimal.resources().memoryMiB());
    assertEquals(1, minimal.resources().vcores());
  }

  @Test
  void anEmptyResourcesObjectAndAPartialOneFillTheRestWithDefaults() {
    assertEquals(Resources.DEFAULT, parseWith("'resources': {}").resources());
    assertEquals(new Resources(DataSize.ofMiB(2048), 1), parseWith("'resources': {'memory': '2g'}").resources());
    assertEquals(new Resources(DataSize.ofMiB(1024), 4), parseWith("'resources': {'vcores': 4}").resources());
  }

  @Test
  void maxAttemptsDefaultsToThree() {
    assertEquals(3, minimal.maxAttempts());
  }

  @Test
  void taskTimeoutDefaultsToNoLimit() {
    assertEquals(Optional.empty(), minimal.taskTimeout());
  }

  @Test
  void stallTimeoutDefaultsToThirtyMinutesAndOffOrZeroTurnsItOff() {
    assertEquals(Duration.ofMinutes(30), minimal.stallTimeout());
    assertEquals(Optional.of(Duration.ofMinutes(30)), minimal.stallLimit());
    assertEquals(Duration.ZERO, parseWith("'stallTimeout': 'off'").stallTimeout());
    assertEquals(Optional.empty(), parseWith("'stallTimeout': 'OFF'").stallLimit());
    assertEquals(Duration.ZERO, parseWith("'stallTimeout': 0").stallTimeout());
    assertEquals(Duration.ofMinutes(30), parseWith("'stallTimeout': null").stallTimeout());
  }

  @Test
  void heartbeatTimeoutDefaultsToSixtySeconds() {
    assertEquals(Duration.ofSeconds(60), minimal.heartbeatTimeout());
  }

  @Test
  void restartDefaultsToRestartYesAndACheckpointParameter() {
    assertEquals(List.of("restart=y"), minimal.restart().args());
    assertEquals("checkpoint", minimal.restart().checkpointArg());
    assertEquals(List.of("restart=y", "checkpoint=./ckpt"), minimal.restart().argsFor("./ckpt"));
  }

  @Test
  void aPartialRestartObjectKeepsTheOtherDefault() {
    assertEquals(new RestartPolicy(List.of("resume=1"), "checkpoint"),
        parseWith("'restart': {'args': ['resume=1']}").restart());
    assertEquals(new RestartPolicy(List.of("restart=y"), "ckpt"),
        parseWith("'restart': {'checkpointArg': 'ckpt'}").restart());
  }

  @Test
  void overwriteDefaultsToFalse() {
    assertFalse(minimal.overwrite());
  }

  @Test
  void tagsDefaultToNone() {
    assertEquals(List.of(), minimal.tags());
  }

  @Test
  void aKeySetToNullMeansTheDefault() {
    JobSpec spec = parseWith("'queue': null, 'taskTimeout': null, 'resources': null, 'tags': null");
    assertEquals("default", spec.queue());
    assertEquals(Optional.empty(), spec.taskTimeout());
    assertEquals(Resources.DEFAULT, spec.resources());
    assertEquals(List.of(), spec.tags());
  }

  @Test
  void blockPatchOverlapDefaultsToZeroAndAxesToTheFirstOnes() {
    JobSpec spec = parse(withFiles(file("<", "/d/in.H", "input", "{'patch': {'blocks': [2, 3]}}"), "'tasks': 6"));
    assertEquals(new BlockPatch(List.of(1, 2), List.of(2, 3), List.of(0, 0)), spec.files().get(0).distribute());
  }

  @Test
  void windowPatchAxesDefaultToTheFirstOnes() {
    JobSpec spec = parse(withFiles(
        file("<", "/d/in.H", "input", "{'patch': {'size': [100, 50, 20], 'count': [2, 3, 1]}}"), ""));
    assertEquals(new WindowPatch(List.of(1, 2, 3), List.of(100, 50, 20), List.of(2, 3, 1)),
        spec.files().get(0).distribute());
  }

  @Test
  void tasksLeftOutAreTheNumberOfPatches() {
    JobSpec spec = parse(withFiles(
        file("<", "/d/in.H", "input", "{'patch': {'blocks': [4, 4], 'overlap': [10, 10]}}") + ", "
        + file(">", "/d/out.H", "output", "{'patch': {'blocks': [4, 4], 'overlap': [10, 10]}}"), ""));
    assertEquals(new TaskList.Count(16), spec.tasks());
  }

  @Test
  void aJobNeedsNoFilesWhenTasksIsAList() {
    JobSpec spec = parse("{'program': {'command': ['model']}, 'tasks': [['seed=1'], ['seed=2'], []]}");
    assertTrue(spec.files().isEmpty());
    assertEquals(3, spec.taskCount());
    assertEquals(List.of("seed=2"), spec.taskArgs(1));
    assertEquals(List.of(), spec.taskArgs(2));
  }
}
