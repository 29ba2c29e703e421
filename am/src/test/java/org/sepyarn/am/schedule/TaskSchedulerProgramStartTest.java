package org.sepyarn.am.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sepyarn.runner.spec.RunnerExitCodes;

/** A program that cannot start on two different nodes fails the job at once, with what the runners said. */
class TaskSchedulerProgramStartTest {
  private final SchedulerFixture f = new SchedulerFixture();

  @Test
  void notStartingOnTwoNodesFailsTheJobAtOnceWithTheRunnersMessages() {
    f.start(4, SchedulerFixture.POLICY.withMaxAttempts(10), 4);
    f.runIn("c1", "n1");
    f.runIn("c2", "n2");
    f.exit("c1", RunnerExitCodes.PROGRAM_NOT_STARTED);
    assertEquals(JobState.RUNNING, f.scheduler.jobState(), "one node may be the node's fault");

    f.exit("c2", RunnerExitCodes.PROGRAM_NOT_STARTED);

    assertEquals(JobState.FAILED, f.scheduler.jobState());
    JobFailure failure = f.actions.failure().orElseThrow();
    assertEquals(OptionalInt.empty(), failure.taskIndex(), "the job fails, not one task");
    String text = failure.diagnostics();
    assertTrue(text.startsWith("the program could not be started on 2 different nodes"), text);
    assertTrue(text.contains("task 0 on n1: exit status 7 (program could not be started): diagnostics of c1"), text);
    assertTrue(text.contains("task 1 on n2: exit status 7 (program could not be started): diagnostics of c2"), text);
  }

  @Test
  void notStartingTwiceOnOneNodeIsLeftToTheRetries() {
    f.start(2, SchedulerFixture.POLICY.withMaxAttempts(10), 2);
    f.runIn("c1", "n1");
    f.runIn("c2", "n1");
    f.exit("c1", RunnerExitCodes.PROGRAM_NOT_STARTED);
    f.exit("c2", RunnerExitCodes.PROGRAM_NOT_STARTED);

    assertEquals(JobState.RUNNING, f.scheduler.jobState());
    assertEquals(TaskState.WAITING, f.stateOf(0));
  }

  @Test
  void otherFailuresOnTwoNodesDoNotCount() {
    f.start(2, SchedulerFixture.POLICY.withMaxAttempts(10), 2);
    f.runIn("c1", "n1");
    f.runIn("c2", "n2");
    f.exit("c1", RunnerExitCodes.PROGRAM_FAILED);
    f.exit("c2", RunnerExitCodes.PROGRAM_NOT_STARTED);

    assertEquals(JobState.RUNNING, f.scheduler.jobState());
  }
}
