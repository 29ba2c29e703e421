package org.sepyarn.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunnerArgumentsTest {
  @Test
  void theApplicationMastersCommandLineIsRead() {
    RunnerArguments a = RunnerArguments.parse(new String[] {"--work", "hdfs://nn/w", "--task", "7", "--attempt", "2",
        "--plan-offset", "123456789012", "--plan-length", "312"});

    assertEquals(new RunnerArguments("hdfs://nn/w", 7, -1, -1, 2, 123_456_789_012L, 312), a);
    assertFalse(a.isMerge());
    assertFalse(a.isScatter());
  }

  @Test
  void aMergeRunnerIsToldItsMergeTaskInstead() {
    RunnerArguments a = RunnerArguments.parse(new String[] {"--work", "hdfs://nn/w", "--merge", "3", "--attempt", "1"});
    assertTrue(a.isMerge());
    assertEquals(3, a.merge());
  }

  @Test
  void aScatterRunnerIsToldItsScatterTask() {
    RunnerArguments a = RunnerArguments.parse(new String[] {"--work", "hdfs://nn/w", "--scatter", "2", "--attempt",
        "3"});
    assertTrue(a.isScatter());
    assertFalse(a.isMerge());
    assertEquals(2, a.scatter());
    assertEquals(3, a.attempt());
  }

  @Test
  void exactlyOneOfTaskMergeAndScatterIsGiven() {
    assertThrows(IllegalArgumentException.class, () -> RunnerArguments.parse(new String[] {"--work", "w", "--scatter",
        "1", "--merge", "1", "--attempt", "1"}));
    assertThrows(IllegalArgumentException.class, () -> RunnerArguments.parse(new String[] {"--work", "w", "--scatter",
        "1", "--attempt", "1", "--plan-offset", "0", "--plan-length", "5"}));
  }

  @Test
  void exactlyOneOfTaskAndMergeIsGiven() {
    assertThrows(IllegalArgumentException.class, () -> RunnerArguments.parse(new String[] {"--work", "w", "--task",
        "1", "--merge", "1", "--attempt", "1", "--plan-offset", "0", "--plan-length", "5"}));
    assertThrows(IllegalArgumentException.class, () -> RunnerArguments.parse(new String[] {"--work", "w",
        "--attempt", "1"}));
    assertThrows(IllegalArgumentException.class, () -> RunnerArguments.parse(new String[] {"--work", "w", "--merge"}));
    assertThrows(IllegalArgumentException.class, () -> RunnerArguments.parse(new String[] {"--work", "w", "--merge",
        "1", "--attempt", "1", "--plan-offset", "0", "--plan-length", "5"}));
  }

  @Test
  void aMissingPlanRangeIsRefusedWithTheUsage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunnerArguments.parse(
        new String[] {"--work", "w", "--task", "7", "--attempt", "2"}));

    assertEquals(RunnerArguments.USAGE, e.getMessage());
  }

  @Test
  void anEmptyPlanRangeIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunnerArguments.parse(
        new String[] {"--work", "w", "--task", "7", "--attempt", "2", "--plan-offset", "0", "--plan-length", "0"}));

    assertEquals("the task's plan at byte 0, 0 bytes long, is not a range of a file; " + RunnerArguments.USAGE,
        e.getMessage());
  }
}
