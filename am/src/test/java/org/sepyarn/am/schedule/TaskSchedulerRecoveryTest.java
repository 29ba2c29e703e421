package org.sepyarn.am.schedule;

import org.sepyarn.runner.spec.RunnerExitCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.am.schedule.SchedulerFixture.container;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.health.ManualClock;
import org.sepyarn.am.schedule.RecordingActions.Launched;
import org.sepyarn.am.schedule.RecordingActions.Requested;

/**
 * A first AM attempt runs four tasks until it dies: task 0 succeeded, task 1 runs in c2 (which
 * survives), task 2 runs in c3 (which does not), task 3 failed once in c4 and waits. The second
 * attempt recovers from the transitions the first one published.
 */
class TaskSchedulerRecoveryTest {
  private final SchedulerFixture first = new SchedulerFixture();
  /** The second attempt starts two minutes after the first one's last event. */
  private final ManualClock clock = new ManualClock(first.clock.millis() + Duration.ofMinutes(2).toMillis());
  private final RecordingActions actions = new RecordingActions();
  private List<TaskTransition> journal;

  @BeforeEach
  void runAFirstAttemptUntilItDies() {
    first.start(4);
    first.runIn("c1", "n1");
    first.runIn("c2", "n2");
    first.runIn("c3", "n3");
    first.runIn("c4", "n4");
    first.exit("c1", 0);
    first.exit("c4", RunnerExitCodes.PROGRAM_FAILED);
    journal = first.actions.transitions();
  }

  private TaskScheduler recover(List<Allocated> survivors) {
    return recover(survivors, Set.of());
  }

  private TaskScheduler recover(List<Allocated> survivors, Set<String> committedWhileAway) {
    TaskScheduler scheduler = TaskScheduler.recover(4, journal, survivors, committedWhileAway, SchedulerFixture.POLICY,
        clock, actions);
    scheduler.start();
    return scheduler;
  }

  @Test
  void succeededTasksAreNeverLaunchedAgain() {
    TaskScheduler scheduler = recover(List.of(container("c2", "n2")));

    scheduler.containersAllocated(List.of(container("c5", "n5"), container("c6", "n6"), container("c7", "n7")));

    assertEquals(TaskState.SUCCEEDED, scheduler.snapshot().tasks().get(0).state());
    assertTrue(actions.all(Launched.class).stream().noneMatch(l -> l.taskIndex() == 0));
    assertEquals(List.of("c7"), actions.released());
  }

  @Test
  void aTaskWhoseContainerSurvivedRunsOnInItUntilItSucceeds() {
    TaskScheduler scheduler = recover(List.of(container("c2", "n2")));

    assertTrue(scheduler.heartbeat("c2", 0.7));
    assertEquals(TaskState.RUNNING, scheduler.snapshot().tasks().get(1).state());
    scheduler.containerCompleted("c2", new CompletionStatus(0, ""));

    assertEquals(TaskState.SUCCEEDED, scheduler.snapshot().tasks().get(1).state());
    assertTrue(actions.all(Launched.class).stream().noneMatch(l -> l.taskIndex() == 1));
  }

  @Test
  void anAdoptedContainerIsWatchedForSilenceFromTheRecovery() {
    TaskScheduler scheduler = recover(List.of(container("c2", "n2")));

    clock.advance(Duration.ofMinutes(1));
    scheduler.tick();

    assertEquals(List.of(new RecordingActions.Killed("c2", ExitReason.RUNNER_SILENT)),
        actions.all(RecordingActions.Killed.class));
  }

  @Test
  void anAdoptedAttemptsTaskTimeoutStillCountsFromItsLaunch() {
    TaskScheduler scheduler = recover(List.of(container("c2", "n2")));

    for (int minute = 1; minute <= 57; minute++) {
      clock.advance(Duration.ofMinutes(1));
      scheduler.heartbeat("c2", 0.5);
      scheduler.tick();
    }
    assertEquals(List.of(), actions.all(RecordingActions.Killed.class));
    clock.advance(Duration.ofMinutes(1));
    scheduler.tick();

    assertEquals(List.of(new RecordingActions.Killed("c2", ExitReason.TIMED_OUT)),
        actions.all(RecordingActions.Killed.class));
  }

  @Test
  void aTaskWhoseContainerDidNotSurviveWaitsAgainUnchargedAndKeepsCountingAttempts() {
    TaskScheduler scheduler = recover(List.of(container("c2", "n2")));

    TaskTransition lost = actions.transitionsOf(2).get(0);
    assertEquals(TaskState.RUNNING, lost.from());
    assertEquals(TaskState.WAITING, lost.to());
    assertEquals(ExitReason.LOST_IN_AM_RESTART, lost.attempt().reason().orElseThrow());
    assertEquals(0, scheduler.snapshot().tasks().get(2).chargedFailures());
    scheduler.containersAllocated(List.of(container("c5", "n5"), container("c6", "n6")));
    assertEquals(List.of(new Launched("c5", 2, 2), new Launched("c6", 3, 2)), actions.all(Launched.class));
  }

  @Test
  void aTaskWhoseContainerCommittedWhileNoApplicationMasterRanSucceedsAndIsNeverRunAgain() {
    TaskScheduler scheduler = recover(List.of(container("c2", "n2")), Set.of("c3"));

    TaskTransition committed = actions.transitionsOf(2).get(0);
    assertEquals(TaskState.RUNNING, committed.from());
    assertEquals(TaskState.SUCCEEDED, committed.to());
    assertEquals(ExitReason.SUCCEEDED, committed.attempt().reason().orElseThrow());
    assertEquals(1, committed.attempt().number());
    assertEquals(List.of(new Requested(1)), actions.all(Requested.class));
    scheduler.containersAllocated(List.of(container("c5", "n5"), container("c6", "n6")));
    assertEquals(List.of(new Launched("c5", 3, 2)), actions.all(Launched.class));
    assertEquals(List.of("c6"), actions.released());
  }

  @Test
  void aCommittedContainerThatStillRunsIsAdoptedNotEndedEarly() {
    TaskScheduler scheduler = recover(List.of(container("c2", "n2")), Set.of("c2"));

    assertEquals(TaskState.RUNNING, scheduler.snapshot().tasks().get(1).state());
    scheduler.containerCompleted("c2", new CompletionStatus(0, ""));
    assertEquals(TaskState.SUCCEEDED, scheduler.snapshot().tasks().get(1).state());
  }

  @Test
  void theTasksThatWaitAreRequestedAgain() {
    recover(List.of(container("c2", "n2")));

    assertEquals(List.of(new Requested(2)), actions.all(Requested.class));
  }

  @Test
  void aWaitingTaskKeepsItsChargedFailuresAcrossTheRestart() {
    TaskScheduler scheduler = TaskScheduler.recover(4, journal, List.of(container("c2", "n2")), Set.of(),
        SchedulerFixture.POLICY.withMaxAttempts(2), clock, actions);
    scheduler.start();
    assertEquals(1, scheduler.snapshot().tasks().get(3).chargedFailures());

    scheduler.containersAllocated(List.of(container("c5", "n5"), container("c6", "n6")));
    scheduler.containerCompleted("c6", new CompletionStatus(RunnerExitCodes.PROGRAM_FAILED, ""));

    JobFailure failure = actions.failure().orElseThrow();
    assertEquals(3, failure.taskIndex().getAsInt());
    assertEquals(2, failure.attempts().size());
  }

  @Test
  void survivingContainersThatRunNoUnfinishedTaskAreReleased() {
    recover(List.of(container("c2", "n2"), container("c99", "n9")));

    assertEquals(List.of("c99"), actions.released());
  }

  @Test
  void anAssignedTaskWhoseContainerSurvivedIsAdoptedAsRunning() {
    first.scheduler.containersAllocated(List.of(container("c5", "n5")));
    journal = first.actions.transitions();

    recover(List.of(container("c2", "n2"), container("c3", "n3"), container("c5", "n5")));

    TaskTransition adopted = actions.transitionsOf(3).get(0);
    assertEquals(TaskState.ASSIGNED, adopted.from());
    assertEquals(TaskState.RUNNING, adopted.to());
    assertEquals(List.of(), actions.all(Requested.class));
  }

  @Test
  void aJournalWhereEveryTaskSucceededFinishesTheJobAtStart() {
    first.exit("c2", 0);
    first.exit("c3", 0);
    first.runIn("c5", "n5");
    first.exit("c5", 0);
    journal = first.actions.transitions();

    TaskScheduler scheduler = recover(List.of());

    assertEquals(JobState.SUCCEEDED, scheduler.jobState());
    assertEquals(1, actions.successes());
    assertEquals(List.of(), actions.all(Requested.class));
  }

  @Test
  void aJournalEndingWithAFailedTaskFailsTheJobAtStart() {
    first.runIn("c5", "n5");
    first.exit("c5", RunnerExitCodes.PROGRAM_FAILED);
    first.runIn("c6", "n6");
    first.exit("c6", RunnerExitCodes.PROGRAM_FAILED);
    journal = first.actions.transitions();

    TaskScheduler scheduler = recover(List.of(container("c2", "n2"), container("c3", "n3")));

    assertEquals(JobState.FAILED, scheduler.jobState());
    assertEquals(3, actions.failure().orElseThrow().taskIndex().getAsInt());
  }

  @Test
  void aJournalThatSkipsAStateIsRejectedNamingTheRecordAndTheTask() {
    List<TaskTransition> broken = journal.stream().filter(t -> t.to() != TaskState.RUNNING).toList();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaskScheduler.recover(4, broken, List.of(), Set.of(), SchedulerFixture.POLICY, clock, actions));
    assertTrue(e.getMessage().contains("moves task 0 from RUNNING to SUCCEEDED but the records before left it ASSIGNED"),
        e.getMessage());
  }

  @Test
  void aJournalOfMoreTasksThanTheJobHasIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaskScheduler.recover(2, journal, List.of(), Set.of(), SchedulerFixture.POLICY, clock, actions));
    assertTrue(e.getMessage().contains("moves task 2 but the job has tasks 0 to 1"), e.getMessage());
  }
}
