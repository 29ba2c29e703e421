package org.sepyarn.am.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.am.schedule.SchedulerFixture.container;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a job that ended with tasks still holding containers shows them. */
class JobSnapshotEndedTest {
  private final SchedulerFixture f = new SchedulerFixture();

  @Test
  void tasksHoldingAContainerWhenTheJobEndsAreKilledAndTheOthersKeepTheirStates() {
    f.start(5);
    f.runIn("c0", "n1");
    f.exit("c0", 0);
    f.runIn("c1", "n2");
    f.scheduler.containersAllocated(List.of(container("c2", "n3")));

    JobSnapshot live = f.scheduler.snapshot();
    JobSnapshot ended = live.ended();

    assertEquals(List.of(TaskState.SUCCEEDED, TaskState.KILLED, TaskState.KILLED, TaskState.WAITING,
        TaskState.WAITING), ended.tasks().stream().map(TaskView::state).toList());
    assertEquals(2, ended.count(TaskState.KILLED));
    assertEquals(0, ended.count(TaskState.RUNNING) + ended.count(TaskState.ASSIGNED));
    assertEquals(1, ended.count(TaskState.SUCCEEDED));
    assertEquals(2, ended.count(TaskState.WAITING));
    assertEquals(live.progress(), ended.progress(), "how far the job got does not change");
    assertEquals(live.tasks().get(1).node(), ended.tasks().get(1).node(), "the killed task keeps its attempt's node");
    assertEquals(live.tasks().get(1).attempt(), ended.tasks().get(1).attempt());
    assertEquals(TaskState.RUNNING, live.tasks().get(1).state(), "the live snapshot is unchanged");
  }

  @Test
  void killedIsTerminalAndNoSchedulerMoveLeadsThere() {
    assertTrue(TaskState.KILLED.isTerminal());
    assertFalse(TaskState.KILLED.holdsContainer());
    for (TaskState s : TaskState.values()) {
      assertFalse(s.canMoveTo(TaskState.KILLED), s + " -> KILLED");
      assertFalse(TaskState.KILLED.canMoveTo(s), "KILLED -> " + s);
    }
    assertThrows(IllegalStateException.class, () -> TaskState.RUNNING.checkMove(3, TaskState.KILLED));
  }
}
