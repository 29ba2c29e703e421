package org.sepyarn.am.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runner messages are taken only for their container's own attempt, and only once. */
class TaskSchedulerMessageBindingTest {
  private final SchedulerFixture f = new SchedulerFixture();

  @Test
  void aMessageOfTheContainersAttemptIsTakenWithEachHigherSequence() {
    f.start(2);
    f.runIn("c1", "n1");

    assertEquals(Optional.empty(), f.scheduler.refusal("c1", 0, 1, 1, false));
    assertEquals(Optional.empty(), f.scheduler.refusal("c1", 0, 1, 2, false));
    assertEquals(Optional.empty(), f.scheduler.refusal("c1", 0, 1, 10, false), "gaps are fine");
  }

  @Test
  void aReplayedMessageIsRefusedEveryTime() {
    f.start(2);
    f.runIn("c1", "n1");
    assertEquals(Optional.empty(), f.scheduler.refusal("c1", 0, 1, 5, false));

    for (int i = 0; i < 3; i++) {
      Optional<String> refusal = f.scheduler.refusal("c1", 0, 1, 5, false);
      assertTrue(refusal.orElse("").contains("a replay"), refusal.toString());
    }
    assertTrue(f.scheduler.refusal("c1", 0, 1, 4, false).isPresent(), "an older message");
    assertTrue(f.scheduler.refusal("c1", 0, 1, 0, false).isPresent(), "an unnumbered message");
    assertEquals(Optional.empty(), f.scheduler.refusal("c1", 0, 1, 6, false));
  }

  @Test
  void aMessageForAnotherTaskThanTheContainersIsRefused() {
    f.start(2);
    f.runIn("c1", "n1");
    f.runIn("c2", "n2");

    Optional<String> other = f.scheduler.refusal("c1", 1, 1, 1, false);
    assertEquals(Optional.of("container c1 runs task 0 attempt 1, not task 1 attempt 1"), other);
    assertTrue(f.scheduler.refusal("c1", 999, 1, 1, false).isPresent(), "a task that does not exist");
    assertTrue(f.scheduler.refusal("c1", 999, 1, 1, true).isPresent(), "a done of a task that does not exist");
    assertTrue(f.scheduler.refusal("c1", 1, 1, 1, true).isPresent(), "a done of another container's task");
  }

  @Test
  void aMessageForAnotherAttemptOfTheContainersTaskIsRefused() {
    f.start(2);
    f.runIn("c1", "n1");

    assertEquals(Optional.of("container c1 runs task 0 attempt 1, not task 0 attempt 2"),
        f.scheduler.refusal("c1", 0, 2, 1, false));
  }

  @Test
  void aNewAttemptStartsItsOwnSequence() {
    f.start(2, SchedulerFixture.POLICY.withTasksPerContainer(2), 9);
    f.runIn("c1", "n1");
    assertEquals(Optional.empty(), f.scheduler.refusal("c1", 0, 1, 7, false));
    assertEquals(Optional.empty(), f.scheduler.refusal("c1", 0, 1, 8, true));
    f.scheduler.attemptCommitted("c1", 0, 1);

    assertEquals(Optional.empty(), f.scheduler.refusal("c1", 1, 1, 9, false), "the container's next task");
    assertEquals(Optional.of("container c1 runs task 1 attempt 1, not task 0 attempt 1"),
        f.scheduler.refusal("c1", 0, 1, 10, false), "a heartbeat of the task it ran before");
    assertEquals(Optional.empty(), f.scheduler.refusal("c1", 0, 1, 8, true),
        "the done of the attempt that succeeded here, repeated: its hand-over is said again");
  }

  @Test
  void aContainerRunningNothingIsNotRefusedButToldToStop() {
    f.start(2);

    assertEquals(Optional.empty(), f.scheduler.refusal("c9", 0, 1, 1, false));
    assertEquals(false, f.scheduler.heartbeat("c9", 0.5));
  }
}
