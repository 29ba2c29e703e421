package org.sepyarn.am.schedule;

import org.sepyarn.runner.spec.RunnerExitCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.am.schedule.SchedulerFixture.container;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.schedule.RecordingActions.Launched;
import org.sepyarn.am.schedule.RecordingActions.Removed;
import org.sepyarn.am.schedule.RecordingActions.Requested;
import org.sepyarn.am.schedule.RecordingActions.StateChanged;

class TaskSchedulerRunTest {
  private final SchedulerFixture f = new SchedulerFixture();

  @Test
  void startingAJobRequestsOneContainerPerTask() {
    f.start(3);

    assertEquals(List.of(new Requested(3)), f.actions.all(Requested.class));
    assertEquals(JobState.RUNNING, f.scheduler.jobState());
  }

  @Test
  void aNormalRunLaunchesEveryTaskOnceAndSucceedsWhenEveryContainerExitsCleanly() {
    f.start(3);

    f.scheduler.containersAllocated(List.of(container("c1", "n1"), container("c2", "n2"), container("c3", "n3")));
    List.of("c1", "c2", "c3").forEach(f.scheduler::containerStarted);
    f.exit("c2", 0);
    f.exit("c1", 0);
    assertEquals(0, f.actions.successes());
    f.exit("c3", 0);

    assertEquals(List.of(new Launched("c1", 0, 1), new Launched("c2", 1, 1), new Launched("c3", 2, 1)),
        f.actions.all(Launched.class));
    assertEquals(1, f.actions.successes());
    assertEquals(JobState.SUCCEEDED, f.scheduler.jobState());
    assertEquals(0, f.actions.outstandingRequests());
    assertEquals(List.of(), f.actions.released());
    for (int task = 0; task < 3; task++) {
      assertEquals(List.of(TaskState.ASSIGNED, TaskState.RUNNING, TaskState.SUCCEEDED),
          f.actions.transitionsOf(task).stream().map(TaskTransition::to).toList());
    }
  }

  @Test
  void eachTransitionIsPublishedBeforeTheLaunchItLeadsTo() {
    f.start(1);
    f.actions.clear();

    f.scheduler.containersAllocated(List.of(container("c1", "n1")));

    List<RecordingActions.Decision> decisions = f.actions.decisions();
    int assigned = decisions.indexOf(decisions.stream().filter(StateChanged.class::isInstance).findFirst().get());
    assertTrue(assigned < decisions.indexOf(new Launched("c1", 0, 1)), decisions.toString());
  }

  @Test
  void surplusContainersAreReleasedAndTheirRequestsRemoved() {
    f.start(2);

    f.scheduler.containersAllocated(List.of(container("c1", "n1"), container("c2", "n2"), container("c3", "n3"),
        container("c4", "n4")));

    assertEquals(2, f.actions.all(Launched.class).size());
    assertEquals(List.of("c3", "c4"), f.actions.released());
    assertEquals(List.of(new Removed(2)), f.actions.all(Removed.class));
    assertEquals(0, f.actions.outstandingRequests());
  }

  @Test
  void containersArrivingInBatchesEachSatisfyOneRequest() {
    f.start(3);

    f.scheduler.containersAllocated(List.of(container("c1", "n1")));
    assertEquals(2, f.actions.outstandingRequests());
    f.scheduler.containersAllocated(List.of(container("c2", "n2"), container("c3", "n3")));

    assertEquals(0, f.actions.outstandingRequests());
    assertEquals(List.of(new Requested(3)), f.actions.all(Requested.class));
  }

  @Test
  void theOutstandingRequestsFollowTheWaitingTasksThroughFailuresAndLostNodes() {
    f.start(4);
    assertRequestsMatchWaitingTasks();
    f.scheduler.containersAllocated(List.of(container("c1", "n1"), container("c2", "n2"), container("c3", "n3")));
    assertRequestsMatchWaitingTasks();
    f.exit("c1", RunnerExitCodes.PROGRAM_FAILED);
    assertRequestsMatchWaitingTasks();
    f.scheduler.nodesLost(Set.of("n2"));
    assertRequestsMatchWaitingTasks();
    f.scheduler.containersAllocated(List.of(container("c4", "n4"), container("c5", "n5"), container("c6", "n6"),
        container("c7", "n7")));
    assertRequestsMatchWaitingTasks();
    List.of("c3", "c4", "c5", "c6").forEach(c -> f.exit(c, 0));

    assertEquals(1, f.actions.successes());
    assertEquals(0, f.actions.outstandingRequests());
  }

  private void assertRequestsMatchWaitingTasks() {
    assertEquals(f.scheduler.snapshot().count(TaskState.WAITING), f.actions.outstandingRequests());
  }

  @Test
  void aContainerArrivingWhenNoTaskWaitsIsReleased() {
    f.start(1);
    f.runIn("c1", "n1");

    f.scheduler.containersAllocated(List.of(container("c2", "n2")));

    assertEquals(List.of("c2"), f.actions.released());
    assertEquals(TaskState.RUNNING, f.stateOf(0));
  }

  @Test
  void aContainerAllocatedTwiceKeepsRunningItsTask() {
    f.start(2);
    f.runIn("c1", "n1");

    f.scheduler.containersAllocated(List.of(container("c1", "n1")));

    assertEquals(List.of(new Launched("c1", 0, 1)), f.actions.all(Launched.class));
    assertEquals(List.of(), f.actions.released());
    assertEquals(TaskState.RUNNING, f.stateOf(0));
  }

  @Test
  void anAssignedTaskThatFinishesBeforeItsStartIsConfirmedStillSucceeds() {
    f.start(1);
    f.scheduler.containersAllocated(List.of(container("c1", "n1")));

    f.exit("c1", 0);

    assertEquals(TaskState.SUCCEEDED, f.stateOf(0));
    assertEquals(1, f.actions.successes());
  }

  @Test
  void aHeartbeatFromAnAssignedContainerMarksItsTaskRunningWithItsProgress() {
    f.start(1);
    f.scheduler.containersAllocated(List.of(container("c1", "n1")));

    assertTrue(f.scheduler.heartbeat("c1", 0.4));

    assertEquals(TaskState.RUNNING, f.stateOf(0));
    assertEquals(0.4, f.view(0).progress(), 1e-12);
  }

  @Test
  void aHeartbeatFromAContainerWithoutALiveAttemptTellsTheRunnerToStop() {
    f.start(1);

    assertFalse(f.scheduler.heartbeat("c-unknown", 0.5));
  }

  @Test
  void progressOutsideZeroToOneIsClamped() {
    f.start(2);
    f.runIn("c1", "n1");
    f.runIn("c2", "n2");

    f.scheduler.heartbeat("c1", 7);
    f.scheduler.heartbeat("c2", Double.NaN);

    assertEquals(1.0, f.view(0).progress(), 1e-12);
    assertEquals(0.0, f.view(1).progress(), 1e-12);
  }

  @Test
  void aCompletionOfAContainerThatRunsNoTaskChangesNothing() {
    f.start(1);
    f.runIn("c1", "n1");
    f.actions.clear();

    f.exit("c-other", 3);

    assertEquals(List.of(), f.actions.decisions());
  }

  @Test
  void eventsBeforeStartAreRejectedAsTheDriversBug() {
    TaskScheduler scheduler = TaskScheduler.create(1, SchedulerFixture.POLICY, f.clock, f.actions);

    IllegalStateException e = assertThrows(IllegalStateException.class, scheduler::tick);
    assertTrue(e.getMessage().contains("tick before start()"), e.getMessage());
  }

  @Test
  void startingTwiceIsRejected() {
    f.start(1);

    assertThrows(IllegalStateException.class, f.scheduler::start);
  }

  @Test
  void containersAllocatedAfterTheJobEndedAreReleased() {
    f.start(1);
    f.runIn("c1", "n1");
    f.exit("c1", 0);

    f.scheduler.containersAllocated(List.of(container("c2", "n2")));

    assertEquals(List.of("c2"), f.actions.released());
    assertEquals(1, f.actions.all(Launched.class).size());
  }

  @Test
  void aJobNeedsAtLeastOneTask() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaskScheduler.create(0, SchedulerFixture.POLICY, f.clock, f.actions));
    assertTrue(e.getMessage().contains("task count 0"), e.getMessage());
  }

  @Test
  void theSnapshotCountsTasksByStateAndAveragesProgressOverAllTasks() {
    f.start(4);
    f.runIn("c1", "n1");
    f.exit("c1", 0);
    f.clock.advance(Duration.ofSeconds(5));
    f.runIn("c2", "n2");
    f.runIn("c3", "n3");
    f.scheduler.heartbeat("c2", 0.5);
    f.scheduler.heartbeat("c3", 0.25);

    JobSnapshot snapshot = f.scheduler.snapshot();

    assertEquals(JobState.RUNNING, snapshot.state());
    assertEquals(4, snapshot.taskCount());
    assertEquals(1, snapshot.count(TaskState.SUCCEEDED));
    assertEquals(2, snapshot.count(TaskState.RUNNING));
    assertEquals(1, snapshot.count(TaskState.WAITING));
    assertEquals(0, snapshot.count(TaskState.FAILED));
    assertEquals((1 + 0.5 + 0.25) / 4, snapshot.progress(), 1e-12);
    TaskView running = snapshot.tasks().get(1);
    assertEquals("n2", running.node().orElseThrow());
    assertEquals("c2", running.containerId().orElseThrow());
    assertEquals(f.clock.millis(), running.startedAt().getAsLong());
    assertEquals(1, running.attempt());
    assertEquals(ExitReason.SUCCEEDED, snapshot.tasks().get(0).lastExitReason().orElseThrow());
    assertTrue(snapshot.tasks().get(3).node().isEmpty());
    assertEquals(0, snapshot.tasks().get(3).attempt());
  }

  @Test
  void maxRunningCapsTheContainersRequestedAndHeldAndEachEndFreesASlot() {
    f.start(4, SchedulerFixture.POLICY.withMaxRunning(2), 9);
    assertEquals(List.of(new Requested(2)), f.actions.all(Requested.class));

    f.scheduler.containersAllocated(List.of(container("c1", "n1"), container("c2", "n2"), container("c3", "n3")));
    assertEquals(List.of(new Launched("c1", 0, 1), new Launched("c2", 1, 1)), f.actions.all(Launched.class));
    assertEquals(List.of("c3"), f.actions.released(), "a third container would be a third running task");
    assertEquals(0, f.actions.outstandingRequests());

    f.scheduler.containerStarted("c1");
    f.exit("c1", 0);
    assertEquals(1, f.actions.outstandingRequests(), "task 0's end frees one slot");
    f.scheduler.containersAllocated(List.of(container("c4", "n4")));
    assertEquals(new Launched("c4", 2, 1), f.actions.all(Launched.class).get(2));
    assertEquals(0, f.actions.outstandingRequests(), "tasks 1 and 2 hold the two slots; task 3 waits");
    assertEquals(TaskState.WAITING, f.stateOf(3));
  }

  @Test
  void aNegativeMaxRunningIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SchedulerFixture.POLICY.withMaxRunning(-1));
    assertTrue(e.getMessage().startsWith("maxRunning=-1 is not allowed"), e.getMessage());
  }
}
