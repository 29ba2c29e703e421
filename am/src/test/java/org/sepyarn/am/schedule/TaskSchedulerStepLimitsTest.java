package org.sepyarn.am.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.schedule.RecordingActions.Killed;

/** Each task under its flow step's own limits: {@code taskTimeout} as {@code maxAttempts}. */
class TaskSchedulerStepLimitsTest {
  /** The job's taskTimeout is an hour; runners are never silent long enough to matter here. */
  private static final SchedulingPolicy POLICY = SchedulerFixture.POLICY.withHeartbeatTimeout(Duration.ofDays(1));
  /** Task 0 is step A's, with its own 10 minutes; task 1 step B's, with no limit; task 2 the job's hour. */
  private static final TaskLimits LIMITS = new TaskLimits(task -> 0,
      task -> task == 0 ? Optional.of(Duration.ofMinutes(10)) : task == 1 ? Optional.empty()
          : Optional.of(Duration.ofHours(1)));

  private final SchedulerFixture f = new SchedulerFixture();

  private void startThree(TaskScheduler scheduler) {
    f.scheduler = scheduler;
    f.scheduler.start();
    f.scheduler.clusterSizeChanged(9);
    f.runIn("c0", "n1:1");
    f.runIn("c1", "n2:1");
    f.runIn("c2", "n3:1");
  }

  private void assertEachStepsLimitHolds() {
    f.after(Duration.ofMinutes(9));
    assertEquals(List.of(), f.actions.all(Killed.class));
    f.after(Duration.ofMinutes(1));
    assertEquals(List.of(new Killed("c0", ExitReason.TIMED_OUT)), f.actions.all(Killed.class),
        "task 0's step gives it 10 minutes");
    assertTrue(f.scheduler.attempts(0).get(0).diagnostics().contains("reaching taskTimeout 10m"),
        f.scheduler.attempts(0).get(0).diagnostics());
    assertEquals(TaskState.WAITING, f.stateOf(0));
    assertEquals(1, f.view(0).chargedFailures());

    f.after(Duration.ofMinutes(50));
    assertEquals(List.of(new Killed("c0", ExitReason.TIMED_OUT), new Killed("c2", ExitReason.TIMED_OUT)),
        f.actions.all(Killed.class), "task 2 has the job's hour");
    f.after(Duration.ofHours(5));
    assertEquals(TaskState.RUNNING, f.stateOf(1), "task 1's step sets no limit, whatever the job's");
  }

  @Test
  void aNewJobKillsEachTaskAtItsStepsTaskTimeout() {
    startThree(TaskScheduler.create(Collections.nCopies(3, TaskPreference.NONE), TaskPrerequisites.none(3), LIMITS,
        POLICY, f.clock, f.actions));
    assertEachStepsLimitHolds();
  }

  @Test
  void aRecoveredJobKeepsEachStepsTaskTimeout() {
    startThree(TaskScheduler.recover(Collections.nCopies(3, TaskPreference.NONE), TaskPrerequisites.none(3), LIMITS,
        List.of(), List.of(), Set.of(), POLICY, f.clock, f.actions));
    assertEachStepsLimitHolds();
  }

  @Test
  void limitsOfAttemptsAloneLeaveThePolicysTimeLimit() {
    startThree(TaskScheduler.create(Collections.nCopies(3, TaskPreference.NONE), TaskPrerequisites.none(3),
        TaskLimits.attempts(task -> 5), POLICY, f.clock, f.actions));
    f.after(Duration.ofMinutes(59));
    assertEquals(List.of(), f.actions.all(Killed.class));
    f.after(Duration.ofMinutes(1));
    assertEquals(3, f.actions.all(Killed.class).size(), "every task has the job's hour");
  }
}
