package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.TaskStatus;

class JobViewTest {

  @Test
  void tasksAreCountedByStateWithEveryStateListed() {
    assertEquals(Map.of(TaskState.WAITING, 1, TaskState.ASSIGNED, 0, TaskState.RUNNING, 2, TaskState.SUCCEEDED, 1,
        TaskState.FAILED, 0, TaskState.KILLED, 0), Views.mixed().counts());
  }

  @Test
  void onlyAttemptsChargedToTheirTaskCountAsFailures() {
    JobView view = Views.mixed();

    assertEquals(5, view.attemptCount());
    assertEquals(1, view.failureCount());
  }

  @Test
  void theTimeLeftComesFromTheSucceededAttemptsAndTheRunningOnes() {
    // mean 60s (task 0's second attempt); running for 69s and 75s need nothing more; task 3 waits: 60s on 2
    // containers is 30s, but the waiting task needs 60s alone
    assertEquals(OptionalLong.of(60_000), Views.mixed().timeLeft());
  }

  @Test
  void thereIsNoTimeLeftEstimateOnceTheTasksAreDone() {
    JobView v = Views.mixed();
    JobView merging = new JobView(v.name(), v.application(), v.user(), JobPhase.MERGING, 0.95, v.argv(), v.files(),
        v.startedAt(), v.takenAt(), v.tasks(), v.attempts(), null);

    assertTrue(merging.timeLeft().isEmpty());
    assertNull(merging.timeLeftMillis());
  }

  @Test
  void theViewConvertsToTheStatusRecordOfTheSameMoment() {
    JobStatus status = Views.mixed().toStatus();

    assertEquals(Views.APP, status.application());
    assertEquals("mixed", status.name());
    assertEquals("RUNNING", status.state());
    assertEquals(0.5, status.progress());
    assertEquals(Views.T0 + 100_000, status.updatedAt());
    assertEquals(new TaskStatus(0, "SUCCEEDED", 2, 1, "node-b:45454", "container_1700000000000_0007_01_000003",
        Views.T0 + 22_000, 1, "SUCCEEDED"), status.tasks().get(0));
    assertEquals(new TaskStatus(3, "WAITING", 0, 0, null, null, null, 0, null), status.tasks().get(3));
  }

  @Test
  void tasksOutOfOrderAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Views.view("j", JobPhase.RUNNING, List.of(Views.waiting(1)), List.of(), 0));
    assertEquals("job j: tasks[0] is task 1, but tasks must be listed in order of index from 0", e.getMessage());
  }

  @Test
  void anAttemptOfAnUnknownTaskIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Views.view("j",
        JobPhase.RUNNING, List.of(Views.waiting(0)), List.of(Views.running(4, 1, "n:1", 0)), 10));
    assertEquals("job j: attempt 1 is of task 4, but the job has tasks 0 to 0", e.getMessage());
  }

  @Test
  void attemptsOfTheScatterAndMergeTasksAfterTheTasksAreAcceptedButNoneBeyondThem() {
    JobView oneTask = Views.view("j", JobPhase.MERGING, List.of(Views.waiting(0)), List.of(), 10);
    AttemptRow scatter = Views.ended(1, 1, "n:1", 0, 5, ExitReason.SUCCEEDED, "");
    AttemptRow merge = Views.running(2, 1, "n:1", 6);

    JobView view = oneTask.withScatterTasks(List.of(Views.task(0, TaskState.SUCCEEDED, scatter, 10)), List.of(scatter))
        .withMergeTasks(List.of(Views.task(0, TaskState.RUNNING, merge, 10)), List.of(merge));

    assertEquals(List.of(scatter, merge), view.attempts());
    assertEquals(2, view.firstMergeTask());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> view.withMergeTasks(view.mergeTasks(), List.of(Views.running(3, 1, "n:1", 6))));
    assertEquals("job j: attempt 1 is of task 3, but the job has tasks 0 to 0, 1 scatter tasks and 1 merge tasks",
        e.getMessage());
  }

  @Test
  void theScatterTasksAttemptsDoNotWeighInTheTasksTimeLeft() {
    AttemptRow longScatter = Views.ended(4, 1, "node-c:45454", 0, 90_000, ExitReason.SUCCEEDED, "");

    JobView view = Views.mixed().withScatterTasks(List.of(Views.task(0, TaskState.SUCCEEDED, longScatter, 100_000)),
        List.of(longScatter));

    assertEquals(OptionalLong.of(60_000), view.timeLeft(), "as without the scatter task: " + view.attempts());
  }

  @Test
  void theStatusOfTheSameMomentListsTheScatterTasks() {
    AttemptRow scatter = Views.running(4, 1, "node-c:45454", 0);
    JobView view = Views.mixed().withScatterTasks(List.of(Views.task(0, TaskState.RUNNING, scatter, 100_000),
        Views.waiting(1)), List.of(scatter));

    JobStatus status = view.toStatus();

    assertEquals(List.of("RUNNING", "WAITING"), status.scatterTasks().stream().map(TaskStatus::state).toList());
    assertEquals("node-c:45454", status.scatterTasks().get(0).node());
    assertEquals(6, status.firstMergeTask());
    assertEquals(2, view.toStatus(org.sepyarn.am.status.TaskQuery.first()).scatterTasks().size());
  }

  @Test
  void anAttemptWithAnEndButNoReasonIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AttemptRow(2, 1, "c", "n:1", 10, 20L, null, "", null));
    assertEquals("attempt 1 of task 2 has end 20 and exit reason null: an ended attempt has both, a running one"
        + " neither", e.getMessage());
  }

  @Test
  void progressOutsideZeroToOneIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TaskRow(3, TaskState.RUNNING, 1, 0, "n", "c", 0L, 0L, 1.5, null, null));
    assertEquals("task 3: progress 1.5 is not between 0 and 1", e.getMessage());
  }

  @Test
  void anAttemptsOutcomeFollowsWhoseFaultItsEndWas() {
    assertEquals(AttemptOutcome.RUNNING, AttemptOutcome.of(null));
    assertEquals(AttemptOutcome.SUCCEEDED, AttemptOutcome.of(ExitReason.SUCCEEDED));
    assertEquals(AttemptOutcome.FAILED, AttemptOutcome.of(ExitReason.MEMORY_EXCEEDED));
    assertEquals(AttemptOutcome.NOT_CHARGED, AttemptOutcome.of(ExitReason.PREEMPTED));
    assertEquals(AttemptOutcome.NOT_CHARGED, AttemptOutcome.of(ExitReason.NODE_LOST));
  }
}
