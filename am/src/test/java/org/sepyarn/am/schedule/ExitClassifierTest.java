package org.sepyarn.am.schedule;

import org.sepyarn.runner.spec.RunnerExitCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExitClassifierTest {

  @ParameterizedTest(name = "exit status {0} is {1}")
  @CsvSource({
      "0, SUCCEEDED",
      "-100, ABORTED",
      "-101, DISKS_FAILED",
      "-102, PREEMPTED",
      "-103, MEMORY_EXCEEDED",
      "-104, MEMORY_EXCEEDED",
      "-105, RELEASED_BY_AM",
      "-106, KILLED_BY_RESOURCEMANAGER",
      "-107, KILLED_AFTER_APP_COMPLETION",
      "-108, LOGS_EXCEEDED",
      "-1000, RUNNER_FAILED",
      "-999, RUNNER_FAILED",
      "1, RUNNER_FAILED",
      "2, RUNNER_FAILED",
      "3, PROGRAM_FAILED",
      "4, OUTPUT_INVALID",
      "5, TIMED_OUT",
      "6, IO_FAILED",
      "7, LAUNCH_FAILED",
      "8, HANDOVER_LOST",
      "9, STALLED",
      "137, RUNNER_FAILED",
      "143, RUNNER_FAILED",
  })
  void eachExitStatusIsClassifiedInOnePlace(int exitStatus, ExitReason expected) {
    assertEquals(expected, ExitClassifier.classify(new ExitFacts(exitStatus, "", false, false)));
  }

  @Test
  void aCleanExitIsASuccessEvenOnALostNodeOrAReleasedContainer() {
    assertEquals(ExitReason.SUCCEEDED, ExitClassifier.classify(new ExitFacts(0, "", true, true)));
  }

  @Test
  void aContainerOnALostNodeIsNodeLostWhateverItsStatus() {
    assertEquals(ExitReason.NODE_LOST, ExitClassifier.classify(new ExitFacts(143, "", false, true)));
    assertEquals(ExitReason.NODE_LOST, ExitClassifier.classify(new ExitFacts(-100, "", true, true)));
  }

  @Test
  void aContainerTheAmReleasedIsReleasedByTheAmWhateverItsStatus() {
    assertEquals(ExitReason.RELEASED_BY_AM, ExitClassifier.classify(new ExitFacts(143, "", true, false)));
  }

  @Test
  void onlyWhatIsNobodysFaultIsFree() {
    Set<ExitReason> free = EnumSet.of(ExitReason.SUCCEEDED, ExitReason.PREEMPTED, ExitReason.ABORTED,
        ExitReason.DISKS_FAILED, ExitReason.KILLED_BY_RESOURCEMANAGER, ExitReason.KILLED_AFTER_APP_COMPLETION,
        ExitReason.NODE_LOST, ExitReason.RELEASED_BY_AM, ExitReason.HANDOVER_LOST, ExitReason.LOST_IN_AM_RESTART,
        ExitReason.SUPERSEDED);
    for (ExitReason reason : ExitReason.values()) {
      assertEquals(!free.contains(reason), reason.isChargedToTask(), reason.name());
    }
  }

  @Test
  void runningOutOfMemoryOrLogSpaceIsTheTasksFaultButNotTheNodes() {
    assertTrue(ExitReason.MEMORY_EXCEEDED.isChargedToTask());
    assertFalse(ExitReason.MEMORY_EXCEEDED.isChargedToNode());
    assertFalse(ExitReason.LOGS_EXCEEDED.isChargedToNode());
  }

  @Test
  void everyOtherChargedFailureAlsoCountsAgainstTheNode() {
    for (ExitReason reason : ExitReason.values()) {
      boolean appOnly = reason == ExitReason.MEMORY_EXCEEDED || reason == ExitReason.LOGS_EXCEEDED
          || reason == ExitReason.PIECE_LOST;
      assertEquals(reason.isChargedToTask() && !appOnly, reason.isChargedToNode(), reason.name());
    }
  }

  @Test
  void theMemoryExplanationTellsTheUserToRaiseResourcesMemory() {
    assertTrue(ExitReason.MEMORY_EXCEEDED.explanation().contains("raise resources.memory"));
  }

  @Test
  void theRunnersExitCodesAreDescribedForDiagnostics() {
    assertEquals("program failed", RunnerExitCodes.describe(RunnerExitCodes.PROGRAM_FAILED));
    assertEquals("killed by signal 9", RunnerExitCodes.describe(137));
    assertEquals("unknown exit code 42", RunnerExitCodes.describe(42));
    assertEquals("exit status 3 (program failed): boom", new CompletionStatus(3, " boom\n").describe());
    assertEquals("exit status -102", new CompletionStatus(-102, null).describe());
  }
}
