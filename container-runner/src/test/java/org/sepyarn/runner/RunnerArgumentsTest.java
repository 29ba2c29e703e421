package org.sepyarn.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunnerArgumentsTest {
  @Test
  void aTaskRunnerIsToldItsTaskAndAttempt() {
    RunnerArguments a = RunnerArguments.parse(new String[] {"--work", "hdfs://nn/w", "--task", "7", "--attempt", "2"});
    assertEquals(new RunnerArguments("hdfs://nn/w", 7, -1, 2), a);
    assertFalse(a.isMerge());
  }

  @Test
  void aMergeRunnerIsToldItsMergeTaskInstead() {
    RunnerArguments a = RunnerArguments.parse(new String[] {"--work", "hdfs://nn/w", "--merge", "3", "--attempt", "1"});
    assertTrue(a.isMerge());
    assertEquals(3, a.merge());
  }

  @Test
  void exactlyOneOfTaskAndMergeIsGiven() {
    assertThrows(IllegalArgumentException.class, () -> RunnerArguments.parse(new String[] {"--work", "w", "--task",
        "1", "--merge", "1", "--attempt", "1"}));
    assertThrows(IllegalArgumentException.class, () -> RunnerArguments.parse(new String[] {"--work", "w",
        "--attempt", "1"}));
    assertThrows(IllegalArgumentException.class, () -> RunnerArguments.parse(new String[] {"--work", "w", "--merge"}));
  }
}
