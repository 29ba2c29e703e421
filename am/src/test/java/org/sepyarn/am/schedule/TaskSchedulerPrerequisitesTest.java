package org.sepyarn.am.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.schedule.RecordingActions.Launched;

/** A flow's readers wait for the pieces they read, and no container is asked for them before. */
class TaskSchedulerPrerequisitesTest {
  private final SchedulerFixture f = new SchedulerFixture();

  /** Two steps of two tasks each: task 2 reads piece 0, task 3 reads piece 1. */
  private static TaskPrerequisites pieceByPiece() {
    return TaskPrerequisites.builder(4).readsPieceOf(2, 0).readsPieceOf(3, 1).build();
  }

  private void start(TaskPrerequisites prerequisites, int tasks) {
    f.scheduler = TaskScheduler.create(Collections.nCopies(tasks, TaskPreference.NONE), prerequisites,
        SchedulerFixture.POLICY, f.clock, f.actions);
    f.scheduler.start();
    f.scheduler.clusterSizeChanged(9);
  }

  private List<Integer> requestedTasks() {
    return f.actions.outstandingAsks().stream().map(ContainerAsk::taskIndex).toList();
  }

  @Test
  void readersAreNotRequestedUntilTheirPieceIsCommitted() {
    start(pieceByPiece(), 4);
    assertEquals(List.of(0, 1), requestedTasks());

    f.runIn("c1", "n1:1");
    f.runIn("c2", "n2:1");
    f.exit("c2", 0);

    assertEquals(List.of(3), requestedTasks(), "piece 1 released its reader, task 3, and only it");
    assertEquals(TaskState.WAITING, f.stateOf(2));
  }

  @Test
  void aReaderStartsBeforeTheOtherWritersEndAndPrefersItsWritersNode() {
    start(pieceByPiece(), 4);
    f.runIn("c1", "n1:1");
    f.runIn("c2", "n2:1");
    f.exit("c2", 0);

    f.scheduler.containersAllocated(List.of(new Allocated("c3", "n5:1", "n5", null)));

    assertEquals(new Launched("c3", 3, 1), f.actions.all(Launched.class).get(2));
    assertEquals(TaskState.RUNNING, f.stateOf(0), "step 1's task 0 still runs");
    assertEquals(List.of(new TaskPreference(List.of("n2"), List.of())),
        f.actions.asked().stream().filter(a -> a.taskIndex() == 3).map(ContainerAsk::preference).toList());
  }

  @Test
  void aContainerIsNeverGivenToAHeldBackTask() {
    start(pieceByPiece(), 4);
    f.runIn("c1", "n1:1");
    f.runIn("c2", "n2:1");
    f.scheduler.containersAllocated(List.of(new Allocated("c9", "n9:1")));

    assertEquals(List.of("c9"), f.actions.released());
    assertEquals(TaskState.WAITING, f.stateOf(2));
    assertEquals(TaskState.WAITING, f.stateOf(3));
  }

  @Test
  void aStepReadingEveryPieceWaitsForTheWholeStepThenTheJobSucceeds() {
    TaskPrerequisites p = TaskPrerequisites.builder(4).needs(2, 0, 2).needs(3, 0, 2).build();
    start(p, 4);
    f.runIn("c1", "n1:1");
    f.runIn("c2", "n2:1");
    f.exit("c1", 0);
    assertEquals(List.of(), requestedTasks());
    f.exit("c2", 0);
    assertEquals(List.of(2, 3), requestedTasks());
    f.runIn("c3", "n1:1");
    f.runIn("c4", "n2:1");
    f.exit("c3", 0);
    f.exit("c4", 0);
    assertEquals(JobState.SUCCEEDED, f.scheduler.jobState());
  }

  @Test
  void aRecoveredJobReleasesTheReadersOfPiecesCommittedBefore() {
    start(pieceByPiece(), 4);
    f.runIn("c1", "n1:1");
    f.exit("c1", 0);
    List<TaskTransition> journal = f.actions.journal();

    SchedulerFixture again = new SchedulerFixture();
    again.scheduler = TaskScheduler.recover(Collections.nCopies(4, TaskPreference.NONE), pieceByPiece(), journal,
        List.of(), Set.of(), SchedulerFixture.POLICY, again.clock, again.actions);
    again.scheduler.start();
    again.scheduler.clusterSizeChanged(9);

    List<Integer> asked = again.actions.outstandingAsks().stream().map(ContainerAsk::taskIndex).toList();
    assertEquals(List.of(1, 2), asked, "task 0 is done, so its reader waits for nothing; task 3 still waits");
    assertTrue(again.scheduler.snapshot().tasks().get(0).state() == TaskState.SUCCEEDED);
  }

  @Test
  void aTaskOfAStepWithItsOwnMaxAttemptsFailsTheJobAfterThoseAttempts() {
    f.scheduler = TaskScheduler.create(Collections.nCopies(2, TaskPreference.NONE), TaskPrerequisites.none(2),
        task -> task == 1 ? 1 : 0, SchedulerFixture.POLICY, f.clock, f.actions);
    f.scheduler.start();
    f.scheduler.clusterSizeChanged(9);
    f.runIn("c1", "n1:1");
    f.runIn("c2", "n2:1");
    f.exit("c1", 3);
    assertEquals(TaskState.WAITING, f.stateOf(0), "task 0 has the policy's 3 attempts");
    f.exit("c2", 3);
    assertEquals(TaskState.FAILED, f.stateOf(1));
    assertTrue(f.actions.failure().orElseThrow().toString().contains("maxAttempts is 1"),
        f.actions.failure().toString());
  }

  @Test
  void aLostPieceSendsItsWriterBackUnchargedAndHoldsItsReaderUntilItIsWrittenAgain() {
    start(pieceByPiece(), 4);
    f.runIn("c1", "n1:1");
    f.runIn("c2", "n2:1");
    f.exit("c1", 0);
    f.runIn("c3", "n1:1");
    assertEquals(TaskState.RUNNING, f.stateOf(2), "task 2 reads piece 0");
    f.exit("c3", org.sepyarn.runner.spec.RunnerExitCodes.PIECE_LOST);
    assertEquals(TaskState.WAITING, f.stateOf(2));
    assertEquals(List.of(2), requestedTasks(), "until the driver finds the piece lost, task 2 is retried");

    f.scheduler.committedLost(List.of(0), "piece 0 is gone");

    assertEquals(TaskState.WAITING, f.stateOf(0));
    assertEquals(0, f.view(0).chargedFailures(), "a lost piece is not its writer's fault");
    assertEquals(List.of(0), requestedTasks(), "task 2 waits for piece 0 again; task 0 runs again");
    TaskTransition back = f.actions.transitionsOf(0).get(f.actions.transitionsOf(0).size() - 1);
    assertEquals(TaskState.SUCCEEDED, back.from());
    assertEquals(TaskState.WAITING, back.to());

    f.runIn("c4", "n1:1");
    f.exit("c4", 0);
    assertEquals(List.of(2), requestedTasks(), "piece 0 written again releases task 2");
    f.runIn("c5", "n3:1");
    f.exit("c5", 0);
    assertEquals(TaskState.SUCCEEDED, f.stateOf(2));
    f.exit("c2", 0);
    assertEquals(List.of(3), requestedTasks());
    f.runIn("c6", "n2:1");
    f.exit("c6", 0);
    assertEquals(List.of(TaskState.SUCCEEDED, TaskState.SUCCEEDED, TaskState.SUCCEEDED, TaskState.SUCCEEDED),
        List.of(f.stateOf(0), f.stateOf(1), f.stateOf(2), f.stateOf(3)));
    assertEquals(JobState.SUCCEEDED, f.scheduler.jobState());
  }

  @Test
  void aJournalWithALostCommitReplaysToAWaitingWriterAndAHeldBackReader() {
    start(pieceByPiece(), 4);
    f.runIn("c1", "n1:1");
    f.exit("c1", 0);
    f.scheduler.committedLost(List.of(0), "piece 0 is gone");

    SchedulerFixture again = new SchedulerFixture();
    again.scheduler = TaskScheduler.recover(Collections.nCopies(4, TaskPreference.NONE), pieceByPiece(),
        f.actions.journal(), List.of(), Set.of(), SchedulerFixture.POLICY, again.clock, again.actions);
    again.scheduler.start();
    again.scheduler.clusterSizeChanged(9);
    assertEquals(List.of(0, 1), again.actions.outstandingAsks().stream().map(ContainerAsk::taskIndex).toList());
  }
}
