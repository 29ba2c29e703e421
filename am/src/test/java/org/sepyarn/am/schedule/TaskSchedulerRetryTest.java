package org.sepyarn.am.schedule;

import org.sepyarn.runner.spec.RunnerExitCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.am.schedule.SchedulerFixture.container;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sepyarn.am.schedule.RecordingActions.Excluded;
import org.sepyarn.am.schedule.RecordingActions.Killed;
import org.sepyarn.am.schedule.RecordingActions.Launched;

class TaskSchedulerRetryTest {
  private final SchedulerFixture f = new SchedulerFixture();

  @Test
  void aFailedProgramIsRetriedWithANewAttemptAndOneMoreRequest() {
    f.start(1);
    f.runIn("c1", "n1");

    f.exit("c1", RunnerExitCodes.PROGRAM_FAILED);

    TaskTransition back = f.actions.transitionsOf(0).get(2);
    assertEquals(TaskState.RUNNING, back.from());
    assertEquals(TaskState.WAITING, back.to());
    assertEquals(ExitReason.PROGRAM_FAILED, back.attempt().reason().orElseThrow());
    assertEquals(1, f.actions.outstandingRequests());
    f.runIn("c2", "n2");
    assertEquals(new Launched("c2", 0, 2), f.actions.all(Launched.class).get(1));
  }

  @Test
  void aProgramThatKeepsFailingFailsTheJobAfterMaxAttemptsListingEveryAttemptAndItsReason() {
    f.start(2);
    f.runIn("c1", "n1");
    f.exit("c1", RunnerExitCodes.PROGRAM_FAILED);
    f.runIn("c2", "n2");
    f.exit("c2", YarnExitStatus.PREEMPTED);
    f.runIn("c3", "n3");
    f.exit("c3", RunnerExitCodes.OUTPUT_INVALID);
    f.runIn("c4", "n4");
    f.exit("c4", RunnerExitCodes.PROGRAM_FAILED);

    JobFailure failure = f.actions.failure().orElseThrow();
    assertEquals(JobState.FAILED, f.scheduler.jobState());
    assertEquals(TaskState.FAILED, f.stateOf(0));
    assertEquals(0, failure.taskIndex().getAsInt());
    assertEquals(List.of(ExitReason.PROGRAM_FAILED, ExitReason.PREEMPTED, ExitReason.OUTPUT_INVALID,
        ExitReason.PROGRAM_FAILED), failure.attempts().stream().map(a -> a.reason().orElseThrow()).toList());
    String text = failure.diagnostics();
    assertTrue(text.startsWith("task 0 failed: 3 of its 4 attempts failed, and maxAttempts is 3"), text);
    assertTrue(text.contains("attempt 1 on n1 in c1: PROGRAM_FAILED: exit status 3 (program failed): diagnostics of c1"),
        text);
    assertTrue(text.contains("attempt 2 on n2 in c2: PREEMPTED (not counted)"), text);
    assertTrue(text.contains("attempt 3 on n3 in c3: OUTPUT_INVALID"), text);
    assertTrue(text.contains("OUTPUT_INVALID: " + ExitReason.OUTPUT_INVALID.explanation()), text);
    assertEquals(failure.attempts(), f.scheduler.attempts(0));
  }

  @Test
  void nothingIsDecidedAfterTheJobFailed() {
    f.start(2, SchedulerFixture.POLICY.withMaxAttempts(1), 9);
    f.runIn("c1", "n1");
    f.runIn("c2", "n2");
    f.exit("c1", RunnerExitCodes.PROGRAM_FAILED);
    f.actions.clear();

    f.exit("c2", RunnerExitCodes.PROGRAM_FAILED);
    f.after(Duration.ofHours(2));

    assertEquals(List.of(), f.actions.decisions());
    assertFalse(f.scheduler.heartbeat("c2", 0.5));
  }

  @ParameterizedTest
  @ValueSource(ints = {YarnExitStatus.PREEMPTED, YarnExitStatus.ABORTED, YarnExitStatus.DISKS_FAILED,
      YarnExitStatus.KILLED_BY_RESOURCEMANAGER, YarnExitStatus.KILLED_BY_APPMASTER,
      YarnExitStatus.KILLED_AFTER_APP_COMPLETION})
  void exitsThatAreNobodysFaultAreReRunWithoutUsingUpAnAttempt(int exitStatus) {
    f.start(1, SchedulerFixture.POLICY.withMaxAttempts(1), 9);

    for (int i = 1; i <= 5; i++) {
      f.runIn("c" + i, "n1");
      f.exit("c" + i, exitStatus);
    }

    assertEquals(TaskState.WAITING, f.stateOf(0));
    assertEquals(0, f.view(0).chargedFailures());
    assertEquals(5, f.view(0).attempt());
    assertEquals(1, f.actions.outstandingRequests());
    assertTrue(f.actions.failure().isEmpty());
    assertEquals(List.of(), f.actions.all(Excluded.class));
  }

  @Test
  void aLostNodeSendsItsRunningTaskBackToWaitingUncharged() {
    f.start(2, SchedulerFixture.POLICY.withMaxAttempts(1), 9);
    f.runIn("c1", "n1");
    f.runIn("c2", "n2");

    f.scheduler.nodesLost(Set.of("n1"));

    assertEquals(TaskState.WAITING, f.stateOf(0));
    assertEquals(ExitReason.NODE_LOST, f.view(0).lastExitReason().orElseThrow());
    assertEquals(0, f.view(0).chargedFailures());
    assertEquals(TaskState.RUNNING, f.stateOf(1));
    assertEquals(1, f.actions.outstandingRequests());
    f.actions.clear();
    f.exit("c1", YarnExitStatus.ABORTED);
    assertEquals(List.of(), f.actions.decisions());
  }

  @Test
  void runningOutOfMemoryIsChargedAndTheFailureTellsTheUserToRaiseResourcesMemory() {
    f.start(1, SchedulerFixture.POLICY.withMaxAttempts(1), 9);
    f.runIn("c1", "n1");

    f.scheduler.containerCompleted("c1", new CompletionStatus(YarnExitStatus.KILLED_EXCEEDED_PMEM,
        "Container is running beyond physical memory limits"));

    String text = f.actions.failure().orElseThrow().diagnostics();
    assertTrue(text.contains("MEMORY_EXCEEDED"), text);
    assertTrue(text.contains("raise resources.memory"), text);
    assertTrue(text.contains("beyond physical memory limits"), text);
  }

  @Test
  void aContainerOnTheNodeWhereTheWaitingTaskFailedGoesToAnotherWaitingTask() {
    f.start(3);
    f.runIn("c1", "n1");
    f.runIn("c2", "n2");
    f.exit("c1", RunnerExitCodes.PROGRAM_FAILED);

    f.runIn("c3", "n1");
    f.runIn("c4", "n3");

    assertEquals(new Launched("c3", 2, 1), f.actions.all(Launched.class).get(2));
    assertEquals(new Launched("c4", 0, 2), f.actions.all(Launched.class).get(3));
  }

  @Test
  void aRetryDeclinesTheNodeWhereItFailedAndRunsOnAnotherWhenOneIsOffered() {
    f.start(1);
    f.runIn("c1", "n1");
    f.exit("c1", RunnerExitCodes.PROGRAM_FAILED);

    f.scheduler.containersAllocated(List.of(SchedulerFixture.container("c2", "n1")));
    assertEquals(List.of("c2"), f.actions.released(), "the retry declines the node it failed on");
    assertEquals(TaskState.WAITING, f.stateOf(0));
    f.runIn("c3", "n2");

    assertEquals(new Launched("c3", 0, 2), f.actions.all(Launched.class).get(1));
  }

  @Test
  void aRetryRunsOnTheNodeWhereItFailedOnceNoOtherNodeHasHadRoomForIt() {
    f.start(1);
    f.runIn("c1", "n1");
    f.exit("c1", RunnerExitCodes.PROGRAM_FAILED);

    for (int i = 0; i < RetryPlacement.MAX_DECLINES; i++) {
      f.scheduler.containersAllocated(List.of(SchedulerFixture.container("d" + i, "n1")));
    }
    f.runIn("c2", "n1");

    assertEquals(RetryPlacement.MAX_DECLINES, f.actions.released().size(), f.actions.released().toString());
    assertEquals(new Launched("c2", 0, 2), f.actions.all(Launched.class).get(1));
  }

  @Test
  void onAOneNodeClusterARetryRunsWhereItFailedAtOnce() {
    f.start(1, SchedulerFixture.POLICY, 1);
    f.runIn("c1", "n1");
    f.exit("c1", RunnerExitCodes.PROGRAM_FAILED);

    f.runIn("c2", "n1");

    assertEquals(new Launched("c2", 0, 2), f.actions.all(Launched.class).get(1));
  }

  @Test
  void anUnchargedEndDoesNotMakeTheTaskAvoidItsNode() {
    f.start(2);
    f.runIn("c1", "n1");
    f.exit("c1", YarnExitStatus.PREEMPTED);

    f.runIn("c2", "n1");

    assertEquals(new Launched("c2", 0, 2), f.actions.all(Launched.class).get(1));
  }

  @Test
  void anAttemptPastTaskTimeoutIsKilledAndRetriedAsACharge() {
    f.start(1, SchedulerFixture.POLICY.withTaskTimeout(Duration.ofMinutes(10))
        .withHeartbeatTimeout(Duration.ofHours(1)), 9);
    f.runIn("c1", "n1");

    f.after(Duration.ofMinutes(9));
    assertEquals(List.of(), f.actions.all(Killed.class));
    f.after(Duration.ofMinutes(1));

    assertEquals(List.of(new Killed("c1", ExitReason.TIMED_OUT)), f.actions.all(Killed.class));
    assertEquals(TaskState.WAITING, f.stateOf(0));
    assertEquals(1, f.view(0).chargedFailures());
    assertEquals(1, f.actions.outstandingRequests());
    assertTrue(f.scheduler.attempts(0).get(0).diagnostics().contains("taskTimeout"));
    int transitions = f.actions.transitions().size();
    f.exit("c1", YarnExitStatus.KILLED_BY_APPMASTER);
    assertEquals(transitions, f.actions.transitions().size());
  }

  @Test
  void aRunnerSilentPastHeartbeatTimeoutIsKilledAndRetriedAsACharge() {
    f.start(1);
    f.runIn("c1", "n1");
    f.clock.advance(Duration.ofSeconds(30));
    f.scheduler.heartbeat("c1", 0.1);

    f.after(Duration.ofSeconds(59));
    assertEquals(List.of(), f.actions.all(Killed.class));
    f.after(Duration.ofSeconds(1));

    assertEquals(List.of(new Killed("c1", ExitReason.RUNNER_SILENT)), f.actions.all(Killed.class));
    assertEquals(ExitReason.RUNNER_SILENT, f.view(0).lastExitReason().orElseThrow());
    assertEquals(1, f.view(0).chargedFailures());
    assertFalse(f.scheduler.heartbeat("c1", 0.2));
  }

  @Test
  void regularHeartbeatsKeepARunnerAlive() {
    f.start(1);
    f.runIn("c1", "n1");

    for (int i = 0; i < 20; i++) {
      f.clock.advance(Duration.ofSeconds(50));
      f.scheduler.heartbeat("c1", i / 20.0);
      f.scheduler.tick();
    }

    assertEquals(List.of(), f.actions.all(Killed.class));
    assertEquals(TaskState.RUNNING, f.stateOf(0));
  }

  @Test
  void aContainerWhoseRunnerNeverSpeaksIsSilentToo() {
    f.start(1);
    f.scheduler.containersAllocated(List.of(container("c1", "n1")));

    f.after(Duration.ofMinutes(1));

    assertEquals(List.of(new Killed("c1", ExitReason.RUNNER_SILENT)), f.actions.all(Killed.class));
    assertEquals(TaskState.ASSIGNED, f.actions.transitionsOf(0).get(1).from());
  }

  /** With a short heartbeat timeout a runner still gets a minute to start: JVMs start slowly on loaded nodes. */
  @Test
  void aShortHeartbeatTimeoutStillGivesARunnerAMinuteToSpeakFirst() {
    f.start(1, SchedulerFixture.POLICY.withHeartbeatTimeout(Duration.ofSeconds(10)), 9);
    f.scheduler.containersAllocated(List.of(container("c1", "n1")));
    f.scheduler.containerStarted("c1");

    f.after(Duration.ofSeconds(59));
    assertEquals(List.of(), f.actions.all(Killed.class));
    f.scheduler.heartbeat("c1", 0);
    f.after(Duration.ofSeconds(9));
    assertEquals(List.of(), f.actions.all(Killed.class));
    f.after(Duration.ofSeconds(1));

    assertEquals(List.of(new Killed("c1", ExitReason.RUNNER_SILENT)), f.actions.all(Killed.class));
  }

  @Test
  void aLaunchFailureReleasesTheContainerAndChargesTheTask() {
    f.start(1);
    f.scheduler.containersAllocated(List.of(container("c1", "n1")));

    f.scheduler.containerLaunchFailed("c1", "No NMToken sent for n1:8041");

    assertEquals(List.of("c1"), f.actions.released());
    assertEquals(ExitReason.LAUNCH_FAILED, f.view(0).lastExitReason().orElseThrow());
    assertEquals(1, f.view(0).chargedFailures());
    assertEquals(1, f.actions.outstandingRequests());
  }
}
