package org.sepyarn.am.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sepyarn.am.schedule.SchedulerFixture.container;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.schedule.RecordingActions.Launched;

class TaskSchedulerMaxRunningTest {
  private final SchedulerFixture f = new SchedulerFixture();

  @Test
  void noMoreThanMaxRunningTasksAskForOrHoldContainersAtOnce() {
    f.start(5, SchedulerFixture.POLICY.withMaxRunning(2), 9);
    assertEquals(2, f.actions.outstandingRequests());

    f.scheduler.containersAllocated(List.of(container("c1", "n1"), container("c2", "n2"), container("c3", "n3")));

    assertEquals(2, f.actions.all(Launched.class).size());
    assertEquals(List.of("c3"), f.actions.released());
    assertEquals(0, f.actions.outstandingRequests());
  }

  @Test
  void aTaskThatEndsMakesRoomForTheNextOne() {
    f.start(3, SchedulerFixture.POLICY.withMaxRunning(1), 9);
    f.runIn("c1", "n1");
    assertEquals(0, f.actions.outstandingRequests());

    f.exit("c1", 0);

    assertEquals(1, f.actions.outstandingRequests());
    f.runIn("c2", "n1");
    f.exit("c2", 0);
    f.runIn("c3", "n1");
    f.exit("c3", 0);
    assertEquals(JobState.SUCCEEDED, f.scheduler.jobState());
  }

  @Test
  void noLimitIsTheDefault() {
    f.start(4);
    assertEquals(4, f.actions.outstandingRequests());
  }
}
