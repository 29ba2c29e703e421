package org.sepyarn.am.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.am.schedule.SchedulerFixture.container;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.schedule.RecordingActions.Killed;
import org.sepyarn.am.schedule.RecordingActions.Launched;
import org.sepyarn.formats.job.Speculation;

/**
 * Stragglers and their speculative attempts: when one starts, on which node, who wins the race,
 * what the loser costs, and how a journal with two live attempts recovers.
 */
class TaskSchedulerSpeculationTest {
  /** Look after 3 of 4 tasks, at twice the median, after 20 s. */
  private static final Speculation RULE = new Speculation(true, 0.75, 2, Duration.ofSeconds(20));
  private final SchedulerFixture f = new SchedulerFixture();

  private static SchedulingPolicy speculating(Speculation rule) {
    return SchedulerFixture.POLICY.withSpeculation(rule);
  }

  /** Four tasks on n0..n3; tasks 0-2 succeed after 10 s, task 3 (on n3) keeps running. */
  private void threeOfFourDone(SchedulingPolicy policy) {
    f.start(4, policy, 9);
    for (int i = 0; i < 4; i++) {
      f.runIn("c" + i, "n" + i);
    }
    f.clock.advance(Duration.ofSeconds(10));
    for (int i = 0; i < 3; i++) {
      f.exit("c" + i, 0);
    }
    f.actions.clear();
  }

  private void beat(String container, double progress) {
    assertTrue(f.scheduler.heartbeat(container, progress));
  }

  @Test
  void withoutSpeculationASlowTaskIsLeftAlone() {
    threeOfFourDone(SchedulerFixture.POLICY);
    for (int i = 0; i < 10; i++) {
      beat("c3", 0.01);
      f.after(Duration.ofSeconds(10));
    }
    assertEquals(0, f.actions.outstandingRequests());
    assertTrue(f.actions.all(Launched.class).isEmpty());
  }

  @Test
  void aStragglerGetsASecondAttemptOnAnotherNodeOnceItOutrunsTheRule() {
    threeOfFourDone(speculating(RULE));
    f.after(Duration.ofSeconds(9));
    beat("c3", 0);
    assertEquals(0, f.actions.outstandingRequests(), "19 s run: below minRuntime");

    f.after(Duration.ofSeconds(2));
    assertEquals(1, f.actions.outstandingRequests(), "21 s run, over 2 x the 10 s median: one request");

    f.scheduler.containersAllocated(List.of(container("same", "n3")));
    assertEquals(List.of("same"), f.actions.released(), "a container on the straggler's own node is no use");
    assertTrue(f.actions.all(Launched.class).isEmpty());

    f.after(Duration.ofSeconds(1));
    f.scheduler.containersAllocated(List.of(container("spec", "n7")));
    assertEquals(List.of(new Launched("spec", 3, 2)), f.actions.all(Launched.class));
    TaskTransition started = f.actions.transitionsOf(3).get(0);
    assertEquals(TaskState.RUNNING, started.from());
    assertEquals(TaskState.RUNNING, started.to());
    assertFalse(started.attempt().hasEnded());
    assertEquals("n7", started.attempt().node());
    assertEquals(TaskState.RUNNING, f.stateOf(3));
    assertEquals(0, f.actions.outstandingRequests());
  }

  @Test
  void theSpeculativeAttemptCommitsFirstAndTheFirstIsStoppedUncharged() {
    threeOfFourDone(speculating(RULE));
    f.after(Duration.ofSeconds(21));
    f.scheduler.containersAllocated(List.of(container("spec", "n7")));
    beat("spec", 0.5);
    beat("c3", 0.1);
    assertEquals(0.5, f.view(3).progress(), 1e-9, "the task shows its furthest attempt");

    f.exit("spec", 0);

    assertEquals(List.of(new Killed("c3", ExitReason.SUPERSEDED)), f.actions.all(Killed.class));
    List<Attempt> attempts = f.scheduler.attempts(3);
    assertEquals(ExitReason.SUPERSEDED, attempts.get(0).reason().orElseThrow());
    assertEquals(ExitReason.SUCCEEDED, attempts.get(1).reason().orElseThrow());
    assertEquals(0, f.view(3).chargedFailures());
    assertEquals(TaskState.SUCCEEDED, f.stateOf(3));
    assertEquals(JobState.SUCCEEDED, f.scheduler.jobState());
    assertEquals(1, f.actions.successes());
    f.exit("c3", 137);
    assertEquals(JobState.SUCCEEDED, f.scheduler.jobState(), "the stopped loser's end changes nothing");
  }

  @Test
  void theFirstAttemptCommitsFirstAndTheSpeculativeOneIsStopped() {
    threeOfFourDone(speculating(RULE));
    f.after(Duration.ofSeconds(21));
    f.scheduler.containersAllocated(List.of(container("spec", "n7")));

    assertTrue(f.scheduler.attemptCommitted("c3", 3, 1).isEmpty());

    assertEquals(List.of(new Killed("spec", ExitReason.SUPERSEDED)), f.actions.all(Killed.class));
    assertEquals(ExitReason.SUCCEEDED, f.scheduler.attempts(3).get(0).reason().orElseThrow());
    assertEquals(ExitReason.SUPERSEDED, f.scheduler.attempts(3).get(1).reason().orElseThrow());
    assertEquals(JobState.SUCCEEDED, f.scheduler.jobState());
    assertFalse(f.scheduler.heartbeat("spec", 0.9), "the loser's runner is told to stop");
  }

  @Test
  void aFailedSpeculativeAttemptIsChargedButTheTaskRunsOnInItsFirst() {
    threeOfFourDone(speculating(RULE));
    f.after(Duration.ofSeconds(21));
    f.scheduler.containersAllocated(List.of(container("spec", "n7")));

    f.exit("spec", 3);

    assertEquals(TaskState.RUNNING, f.stateOf(3));
    assertEquals(1, f.view(3).chargedFailures());
    assertTrue(f.scheduler.heartbeat("c3", 0.2));
    f.exit("c3", 0);
    assertEquals(JobState.SUCCEEDED, f.scheduler.jobState());
  }

  @Test
  void aLostNodeEndsOnlyTheAttemptOnItAndTheOtherFinishesTheTask() {
    threeOfFourDone(speculating(RULE));
    f.after(Duration.ofSeconds(21));
    f.scheduler.containersAllocated(List.of(container("spec", "n7")));

    f.scheduler.nodesLost(Set.of("n3"));

    assertEquals(TaskState.RUNNING, f.stateOf(3));
    assertEquals(ExitReason.NODE_LOST, f.scheduler.attempts(3).get(0).reason().orElseThrow());
    assertEquals(0, f.view(3).chargedFailures());
    f.exit("spec", 0);
    assertEquals(JobState.SUCCEEDED, f.scheduler.jobState());
  }

  @Test
  void whenBothAttemptsFailTheTaskWaitsForARetry() {
    threeOfFourDone(speculating(RULE));
    f.after(Duration.ofSeconds(21));
    f.scheduler.containersAllocated(List.of(container("spec", "n7")));

    f.exit("c3", 3);
    assertEquals(TaskState.RUNNING, f.stateOf(3));
    f.exit("spec", 3);

    assertEquals(TaskState.WAITING, f.stateOf(3));
    assertEquals(2, f.view(3).chargedFailures());
    assertEquals(1, f.actions.outstandingRequests(), "a retry like any other");
  }

  @Test
  void progressReportsCatchASlowAttemptBeforeItsTimeDoes() {
    threeOfFourDone(speculating(new Speculation(true, 0.75, 2, Duration.ofSeconds(5))));
    f.after(Duration.ofSeconds(6));
    assertEquals(0, f.actions.outstandingRequests(), "16 s run, no progress report: under 2 x 10 s");
    beat("c3", 0.1);
    f.after(Duration.ofSeconds(1));
    assertEquals(1, f.actions.outstandingRequests(), "17 s for a tenth: 170 s expected, over 20 s");
  }

  @Test
  void anAttemptReportingGoodProgressIsNotAStraggler() {
    threeOfFourDone(speculating(new Speculation(true, 0.75, 2, Duration.ofSeconds(5))));
    beat("c3", 0.9);
    f.after(Duration.ofSeconds(6));
    assertEquals(0, f.actions.outstandingRequests(), "16 s for 0.9: 17.8 s expected, under 20 s");
    beat("c3", 0.5);
    f.after(Duration.ofSeconds(1));
    assertEquals(1, f.actions.outstandingRequests(), "17 s for a half: 34 s expected, over 20 s");
  }

  @Test
  void nothingIsLookedForBeforeTheQuantileOfTasksSucceeded() {
    f.start(4, speculating(RULE), 9);
    for (int i = 0; i < 4; i++) {
      f.runIn("c" + i, "n" + i);
    }
    f.clock.advance(Duration.ofSeconds(10));
    f.exit("c0", 0);
    f.exit("c1", 0);
    f.actions.clear();
    beat("c2", 0);
    beat("c3", 0);
    f.after(Duration.ofSeconds(40));
    assertEquals(0, f.actions.outstandingRequests(), "2 of 4 is under 0.75");
  }

  @Test
  void aClusterOfOneNodeNeverSpeculates() {
    f.start(4, speculating(RULE), 1);
    for (int i = 0; i < 4; i++) {
      f.runIn("c" + i, "n0");
    }
    f.clock.advance(Duration.ofSeconds(10));
    for (int i = 0; i < 3; i++) {
      f.exit("c" + i, 0);
    }
    beat("c3", 0);
    f.after(Duration.ofSeconds(40));
    assertEquals(0, f.actions.outstandingRequests());
  }

  @Test
  void aStragglerOfferedOnlyItsOwnNodeIsGivenUpAfterThreeContainers() {
    threeOfFourDone(speculating(RULE));
    f.after(Duration.ofSeconds(21));
    for (int i = 0; i < Stragglers.MISSES_BEFORE_GIVING_UP; i++) {
      assertEquals(1, f.actions.outstandingRequests());
      f.scheduler.containersAllocated(List.of(container("same" + i, "n3")));
      beat("c3", 0);
      f.after(Duration.ofSeconds(1));
    }
    assertEquals(0, f.actions.outstandingRequests(), "given up: no more asking");
    assertTrue(f.actions.all(Launched.class).isEmpty());
  }

  @Test
  void atMostATenthOfTheTasksSpeculateAtOnce() {
    f.start(40, speculating(new Speculation(true, 0.5, 2, Duration.ofSeconds(20))), 9);
    for (int i = 0; i < 40; i++) {
      f.runIn("c" + i, "n" + (i % 4));
    }
    f.clock.advance(Duration.ofSeconds(10));
    for (int i = 0; i < 20; i++) {
      f.exit("c" + i, 0);
    }
    f.actions.clear();
    for (int i = 20; i < 40; i++) {
      beat("c" + i, 0);
    }
    f.after(Duration.ofSeconds(21));
    assertEquals(4, f.actions.outstandingRequests(), "20 stragglers, at most 40 / 10 at once");
  }

  @Test
  void speculativeAttemptsCountTowardsMaxRunning() {
    f.start(4, speculating(RULE).withMaxRunning(1), 9);
    f.runIn("c0", "n0");
    f.clock.advance(Duration.ofSeconds(10));
    f.exit("c0", 0);
    f.runIn("c1", "n1");
    f.clock.advance(Duration.ofSeconds(10));
    f.exit("c1", 0);
    f.runIn("c2", "n2");
    f.clock.advance(Duration.ofSeconds(10));
    f.exit("c2", 0);
    f.runIn("c3", "n3");
    f.actions.clear();
    beat("c3", 0);
    f.after(Duration.ofSeconds(30));
    assertEquals(0, f.actions.outstandingRequests(), "the one running slot is taken by the straggler itself");
  }

  @Test
  void aJournalWithTwoLiveAttemptsRecoversBothAndTheRaceGoesOn() {
    threeOfFourDone(speculating(RULE));
    f.after(Duration.ofSeconds(21));
    f.scheduler.containersAllocated(List.of(container("spec", "n7")));
    List<TaskTransition> journal = journalOf(f);

    RecordingActions actions = new RecordingActions();
    TaskScheduler recovered = TaskScheduler.recover(4, journal, List.of(container("c3", "n3"), container("spec", "n7")),
        Set.of(), speculating(RULE), f.clock, actions);
    recovered.start();

    assertTrue(recovered.heartbeat("c3", 0.2));
    assertTrue(recovered.heartbeat("spec", 0.6));
    recovered.containerCompleted("spec", new CompletionStatus(0, ""));
    assertEquals(List.of(new Killed("c3", ExitReason.SUPERSEDED)), actions.all(Killed.class));
    assertEquals(JobState.SUCCEEDED, recovered.jobState());
  }

  @Test
  void afterARestartASpeculativeAttemptThatCommittedWhileAwayWinsAndTheLostOneIsNotCharged() {
    threeOfFourDone(speculating(RULE));
    f.after(Duration.ofSeconds(21));
    f.scheduler.containersAllocated(List.of(container("spec", "n7")));
    List<TaskTransition> journal = journalOf(f);

    RecordingActions actions = new RecordingActions();
    TaskScheduler recovered = TaskScheduler.recover(4, journal, List.of(), Set.of("spec"), speculating(RULE), f.clock,
        actions);
    recovered.start();

    List<Attempt> attempts = recovered.attempts(3);
    assertEquals(ExitReason.LOST_IN_AM_RESTART, attempts.get(0).reason().orElseThrow());
    assertEquals(ExitReason.SUCCEEDED, attempts.get(1).reason().orElseThrow());
    assertEquals(JobState.SUCCEEDED, recovered.jobState());
  }

  @Test
  void afterARestartTheSurvivorOfARaceIsStoppedWhenTheOtherCommittedWhileAway() {
    threeOfFourDone(speculating(RULE));
    f.after(Duration.ofSeconds(21));
    f.scheduler.containersAllocated(List.of(container("spec", "n7")));
    List<TaskTransition> journal = journalOf(f);

    RecordingActions actions = new RecordingActions();
    TaskScheduler recovered = TaskScheduler.recover(4, journal, List.of(container("c3", "n3")), Set.of("spec"),
        speculating(RULE), f.clock, actions);
    recovered.start();

    assertEquals(List.of(new Killed("c3", ExitReason.SUPERSEDED)), actions.all(Killed.class));
    assertEquals(JobState.SUCCEEDED, recovered.jobState());
  }

  private static List<TaskTransition> journalOf(SchedulerFixture f) {
    return f.actions.journal();
  }
}
