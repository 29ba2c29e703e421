package org.sepyarn.am.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.am.schedule.SchedulerFixture.container;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.health.ManualClock;
import org.sepyarn.am.schedule.RecordingActions.Launched;
import org.sepyarn.formats.job.Speculation;

/**
 * The steps of a flow, each with its own {@code maxRunning}, {@code tasksPerContainer} and
 * {@code speculation}: step a's tasks come first (0 to a-1), then step b's.
 */
class TaskSchedulerStepSettingsTest {
  /** Look after 3 of 4 tasks, at twice the median, after 20 s. */
  private static final Speculation QUICK = new Speculation(true, 0.75, 2, Duration.ofSeconds(20));
  /** The same, but only after an hour. */
  private static final Speculation PATIENT = new Speculation(true, 0.75, 2, Duration.ofHours(1));

  private final SchedulerFixture f = new SchedulerFixture();

  private static StepScheduling.Step step(int tasks, int maxRunning, int tasksPerContainer, Speculation rule) {
    return new StepScheduling.Step(tasks, maxRunning, tasksPerContainer, rule);
  }

  private static StepScheduling steps(StepScheduling.Step... steps) {
    return StepScheduling.of(List.of(steps));
  }

  private static TaskScheduler create(StepScheduling steps, SchedulingPolicy policy, ManualClock clock,
      RecordingActions actions) {
    int n = steps.taskCount();
    return TaskScheduler.create(Collections.nCopies(n, TaskPreference.NONE), TaskPrerequisites.none(n),
        TaskLimits.POLICY.withSteps(steps), policy, clock, actions);
  }

  private void start(StepScheduling steps, SchedulingPolicy policy) {
    f.scheduler = create(steps, policy, f.clock, f.actions);
    f.scheduler.start();
    f.scheduler.clusterSizeChanged(9);
  }

  private List<Integer> requestedTasks() {
    return f.actions.outstandingAsks().stream().map(ContainerAsk::taskIndex).sorted().toList();
  }

  private List<Integer> launchedTasks() {
    return f.actions.all(Launched.class).stream().map(Launched::taskIndex).toList();
  }

  @Test
  void aStepsMaxRunningCapsItsRequestsAndItsContainersWhileTheOtherStepRunsFreely() {
    start(steps(step(3, 1, 1, Speculation.OFF), step(3, 0, 1, Speculation.OFF)), SchedulerFixture.POLICY);
    assertEquals(List.of(0, 3, 4, 5), requestedTasks(), "one request for step a, one per task of step b");

    f.scheduler.containersAllocated(List.of(container("c1", "n1"), container("c2", "n2"), container("c3", "n3"),
        container("c4", "n4"), container("c5", "n5")));

    assertEquals(List.of(0, 3, 4, 5), launchedTasks());
    assertEquals(List.of("c5"), f.actions.released(), "step a is at its limit: no second task of it runs");
    assertEquals(List.of(), requestedTasks());

    f.scheduler.containerStarted("c1");
    f.exit("c1", 0);
    assertEquals(List.of(1), requestedTasks(), "step a's task 0 ended: room for its next");
    f.exit("c2", 0);
    assertEquals(List.of(1), requestedTasks(), "step b's end makes no room for step a");
    f.runIn("c6", "n6");
    f.runIn("c7", "n7");
    assertEquals(List.of(0, 3, 4, 5, 1), launchedTasks());
    assertEquals(List.of("c5", "c7"), f.actions.released());
  }

  @Test
  void aJobOfStepsWithTheirOwnSettingsRunsToItsEnd() {
    start(steps(step(3, 1, 2, Speculation.OFF), step(4, 0, 1, QUICK), step(2, 2, 1, Speculation.OFF)),
        SchedulerFixture.POLICY.withMaxRunning(3));
    int containers = 0;
    for (int round = 0; round < 20 && f.scheduler.jobState() == JobState.RUNNING; round++) {
      List<String> ids = new java.util.ArrayList<>();
      for (int i = f.actions.outstandingRequests(); i > 0; i--) {
        ids.add("c" + containers++);
      }
      ids.forEach(id -> f.runIn(id, "n" + (ids.indexOf(id) % 8)));
      f.clock.advance(Duration.ofSeconds(5));
      for (String id : ids) {
        f.exit(id, 0);
      }
    }
    assertEquals(JobState.SUCCEEDED, f.scheduler.jobState());
    assertEquals(1, f.actions.successes());
    assertEquals(0, f.actions.outstandingRequests(), "no request is left once every step is done");
    assertEquals(9, f.actions.all(Launched.class).size());
  }

  @Test
  void theJobsMaxRunningStillCapsEveryStepTogether() {
    start(steps(step(3, 1, 1, Speculation.OFF), step(3, 0, 1, Speculation.OFF)),
        SchedulerFixture.POLICY.withMaxRunning(2));
    assertEquals(List.of(0, 3), requestedTasks());
    f.scheduler.containersAllocated(List.of(container("c1", "n1"), container("c2", "n2"), container("c3", "n3")));
    assertEquals(List.of(0, 3), launchedTasks());
    assertEquals(List.of("c3"), f.actions.released());
  }

  @Test
  void aStepAtItsLimitIsSkippedAsARangeNotTaskByTask() {
    int many = 100_000;
    int later = 20_000;
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      start(steps(step(many, 1, 1, Speculation.OFF), step(later, 0, 1, Speculation.OFF)), SchedulerFixture.POLICY);
      assertEquals(1 + later, f.actions.outstandingRequests());
      f.runIn("a", "n0");
      for (int i = 0; i < later; i++) {
        String id = "b" + i;
        f.scheduler.containersAllocated(List.of(container(id, "n" + (1 + i % 8))));
        f.scheduler.containerStarted(id);
        f.exit(id, 0);
      }
    }, "every container of step b passes step a's 100,000 waiting tasks: a scan per container would be quadratic");
    List<Launched> launched = f.actions.all(Launched.class);
    assertEquals(1 + later, launched.size());
    assertEquals(0, launched.get(0).taskIndex());
    assertEquals(many + later - 1, launched.get(later).taskIndex());
    assertEquals(TaskState.RUNNING, f.stateOf(0));
    assertEquals(TaskState.WAITING, f.stateOf(1));
    assertEquals(0, f.actions.outstandingRequests(), "step a is at its limit, step b is done");
  }

  @Test
  void aContainerRunsTasksOfItsOwnStepOnlyAsManyAsThatStepAllows() {
    start(steps(step(3, 0, 3, Speculation.OFF), step(2, 0, 1, Speculation.OFF)), SchedulerFixture.POLICY);
    assertEquals(List.of(0, 3, 4), requestedTasks(), "step a: 3 tasks, 3 to a container; step b: one each");

    f.runIn("c1", "n1");
    assertEquals(List.of(3, 4), requestedTasks(), "c1 covers step a's other two tasks");
    assertEquals(Optional.of(new Handover(1, 1)), f.scheduler.attemptCommitted("c1", 0, 1));
    assertEquals(Optional.of(new Handover(2, 1)), f.scheduler.attemptCommitted("c1", 1, 1));
    assertEquals(Optional.empty(), f.scheduler.attemptCommitted("c1", 2, 1), "three of step a's tasks: no more");

    f.runIn("c2", "n2");
    assertEquals(List.of(0, 3), launchedTasks());
    assertEquals(Optional.empty(), f.scheduler.attemptCommitted("c2", 3, 1),
        "step b runs one task to a container, though task 4 waits");
    assertEquals(TaskState.WAITING, f.stateOf(4));
    assertEquals(List.of(4), requestedTasks());
  }

  @Test
  void aContainerIsNotHandedATaskOfAnotherStep() {
    start(steps(step(2, 0, 5, Speculation.OFF), step(2, 0, 5, Speculation.OFF)), SchedulerFixture.POLICY);
    f.runIn("c1", "n1");
    f.runIn("c2", "n2");
    f.runIn("c3", "n3");
    assertEquals(List.of(0, 1, 2), launchedTasks());

    assertEquals(Optional.empty(), f.scheduler.attemptCommitted("c1", 0, 1), "step a has no task left; task 3 is b's");
    assertEquals(Optional.of(new Handover(3, 1)), f.scheduler.attemptCommitted("c3", 2, 1));
  }

  @Test
  void aStepsMaxRunningHoldsForTheTaskACommittedContainerIsHanded() {
    start(steps(step(4, 1, 4, Speculation.OFF)), SchedulerFixture.POLICY);
    f.runIn("c1", "n1");
    f.scheduler.containersAllocated(List.of(container("c2", "n2")));
    assertEquals(List.of("c2"), f.actions.released());
    assertEquals(Optional.of(new Handover(1, 1)), f.scheduler.attemptCommitted("c1", 0, 1),
        "the finished task's place goes to the next");
  }

  /** Tasks 0-3 are step a's, 4-7 step b's, one on each node; all but 3 and 7 succeed after 10 s. */
  private void threeOfFourDoneInEachStep(Speculation a, Speculation b) {
    start(steps(step(4, 0, 1, a), step(4, 0, 1, b)), SchedulerFixture.POLICY);
    for (int i = 0; i < 8; i++) {
      f.runIn("c" + i, "n" + i);
    }
    f.clock.advance(Duration.ofSeconds(10));
    for (int i : new int[] {0, 1, 2, 4, 5, 6}) {
      f.exit("c" + i, 0);
    }
    f.actions.clear();
  }

  private void stillRunningFor(Duration time) {
    for (long s = 0; s < time.toSeconds(); s++) {
      assertTrue(f.scheduler.heartbeat("c3", 0.01));
      assertTrue(f.scheduler.heartbeat("c7", 0.01));
      f.after(Duration.ofSeconds(1));
    }
  }

  @Test
  void onlyTheStragglersOfAStepWithSpeculationGetASecondAttempt() {
    threeOfFourDoneInEachStep(QUICK, Speculation.OFF);
    stillRunningFor(Duration.ofSeconds(30));
    assertEquals(List.of(3), requestedTasks(), "task 3's step speculates; task 7's does not");
    f.scheduler.containersAllocated(List.of(container("spec", "n8"), container("more", "n8")));
    assertEquals(List.of(new Launched("spec", 3, 2)), f.actions.all(Launched.class));
    assertEquals(List.of("more"), f.actions.released());
    stillRunningFor(Duration.ofSeconds(30));
    assertEquals(List.of(), requestedTasks(), "task 7's step still asks nothing");
  }

  @Test
  void eachStepJudgesItsStragglersByItsOwnRule() {
    threeOfFourDoneInEachStep(PATIENT, QUICK);
    stillRunningFor(Duration.ofSeconds(30));
    assertEquals(List.of(7), requestedTasks(), "step b looks after 20 s, step a only after an hour");
  }

  @Test
  void aStepAtItsMaxRunningGetsNoSpeculativeAttempt() {
    start(steps(step(4, 1, 1, QUICK), step(1, 0, 1, Speculation.OFF)), SchedulerFixture.POLICY);
    f.runIn("c0", "n0");
    f.runIn("b", "n8");
    for (int i = 0; i < 3; i++) {
      f.clock.advance(Duration.ofSeconds(10));
      f.exit("c" + i, 0);
      f.runIn("c" + (i + 1), "n" + (i + 1));
    }
    assertEquals(List.of(0, 4, 1, 2, 3), launchedTasks(), "step a's tasks one at a time");
    f.actions.clear();
    for (int s = 0; s < 30; s++) {
      assertTrue(f.scheduler.heartbeat("c3", 0.01));
      assertTrue(f.scheduler.heartbeat("b", 0.01));
      f.after(Duration.ofSeconds(1));
    }
    assertEquals(List.of(), requestedTasks(), "task 3 straggles, but a second attempt would be step a's second"
        + " container");
    f.scheduler.containersAllocated(List.of(container("spare", "n7")));
    assertEquals(List.of("spare"), f.actions.released());
  }

  @Test
  void aRecoveredJobKeepsEachStepsSettings() {
    StepScheduling limited = steps(step(3, 1, 1, Speculation.OFF), step(3, 0, 1, Speculation.OFF));
    start(limited, SchedulerFixture.POLICY);
    f.runIn("c1", "n1");
    f.runIn("c2", "n2");
    assertEquals(List.of(0, 3), launchedTasks());
    List<TaskTransition> journal = f.actions.journal();

    RecordingActions actions = new RecordingActions();
    TaskScheduler recovered = TaskScheduler.recover(Collections.nCopies(6, TaskPreference.NONE),
        TaskPrerequisites.none(6), TaskLimits.POLICY.withSteps(limited), journal,
        List.of(container("c1", "n1"), container("c2", "n2")), Set.of(), SchedulerFixture.POLICY, f.clock, actions);
    recovered.start();
    recovered.clusterSizeChanged(9);
    assertEquals(List.of(4, 5), actions.outstandingAsks().stream().map(ContainerAsk::taskIndex).sorted().toList(),
        "step a's task 0 still runs in c1: no request for its others");
    recovered.containersAllocated(List.of(container("c3", "n3"), container("c4", "n4"), container("c5", "n5")));
    assertEquals(List.of(4, 5), actions.all(Launched.class).stream().map(Launched::taskIndex).toList());
    assertEquals(List.of("c5"), actions.released());
  }
}
