package org.sepyarn.am.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.am.schedule.SchedulerFixture.container;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.schedule.RecordingActions.Continued;
import org.sepyarn.am.schedule.RecordingActions.Launched;

class TaskSchedulerReuseTest {
  private final SchedulerFixture f = new SchedulerFixture();

  private static SchedulingPolicy perContainer(int tasks) {
    return SchedulerFixture.POLICY.withTasksPerContainer(tasks);
  }

  @Test
  void aJobAsksForAContainerPerTasksPerContainerTasks() {
    f.start(10, perContainer(4), 9);
    assertEquals(3, f.actions.outstandingRequests(), "10 tasks, 4 to a container");
  }

  @Test
  void aContainerThatCommittedItsTaskIsHandedTheNextWaitingOne() {
    f.start(3, perContainer(3), 9);
    f.runIn("c1", "n1");
    assertEquals(List.of(new Launched("c1", 0, 1)), f.actions.all(Launched.class));

    Optional<Handover> next = f.scheduler.attemptCommitted("c1", 0, 1);

    assertEquals(Optional.of(new Handover(1, 1)), next);
    assertEquals(TaskState.SUCCEEDED, f.stateOf(0));
    assertEquals(TaskState.RUNNING, f.stateOf(1));
    assertEquals("c1", f.scheduler.attempts(1).get(0).containerId());
    assertEquals(List.of(new Continued("c1", 1, 1)), f.actions.all(Continued.class));
    assertEquals(1, f.actions.all(Launched.class).size(), "no new launch");

    assertEquals(Optional.of(new Handover(2, 1)), f.scheduler.attemptCommitted("c1", 1, 1));
    assertEquals(Optional.empty(), f.scheduler.attemptCommitted("c1", 2, 1), "nothing left to run");
    assertEquals(JobState.SUCCEEDED, f.scheduler.jobState());
    assertEquals(1, f.actions.successes());
    f.exit("c1", 0);
    assertEquals(JobState.SUCCEEDED, f.scheduler.jobState(), "the container's end changes nothing");
  }

  @Test
  void aContainerRunsNoMoreThanTasksPerContainerTasks() {
    f.start(5, perContainer(2), 9);
    f.runIn("c1", "n1");
    assertEquals(Optional.of(new Handover(1, 1)), f.scheduler.attemptCommitted("c1", 0, 1));
    assertEquals(Optional.empty(), f.scheduler.attemptCommitted("c1", 1, 1));
    assertEquals(TaskState.WAITING, f.stateOf(2));
    assertTrue(f.actions.outstandingRequests() >= 2, "the waiting tasks get containers of their own: "
        + f.actions.outstandingRequests());
  }

  @Test
  void aContainerOfAJobWithOneTaskPerContainerIsHandedNothing() {
    f.start(2);
    f.runIn("c1", "n1");
    assertEquals(Optional.empty(), f.scheduler.attemptCommitted("c1", 0, 1));
    assertEquals(TaskState.SUCCEEDED, f.stateOf(0));
    assertEquals(TaskState.WAITING, f.stateOf(1));
    assertEquals(List.of(), f.actions.all(Continued.class));
  }

  @Test
  void aRepeatedReportGetsTheSameHandoverAndAGivenUpAttemptNone() {
    f.start(3, perContainer(3), 9);
    f.runIn("c1", "n1");
    Optional<Handover> first = f.scheduler.attemptCommitted("c1", 0, 1);
    assertEquals(first, f.scheduler.attemptCommitted("c1", 0, 1), "the answer was lost: said again");
    assertEquals(1, f.actions.all(Continued.class).size());

    f.after(Duration.ofMinutes(2));
    assertEquals(TaskState.WAITING, f.stateOf(1), "silent past the heartbeat timeout: given up");
    assertEquals(Optional.empty(), f.scheduler.attemptCommitted("c1", 1, 1));
  }

  @Test
  void aTaskHandedOverAndThenFailedIsRetriedAndChargedAsAnyOther() {
    f.start(2, perContainer(2), 9);
    f.runIn("c1", "n1");
    f.scheduler.attemptCommitted("c1", 0, 1);
    f.exit("c1", 3);

    assertEquals(TaskState.WAITING, f.stateOf(1));
    assertEquals(1, f.scheduler.attempts(1).size());
    assertEquals(TaskState.SUCCEEDED, f.stateOf(0), "a committed task stays done");
    f.runIn("c2", "n2");
    assertEquals(new Launched("c2", 1, 2), f.actions.all(Launched.class).get(1));
  }

  @Test
  void aContainerOnANodeExcludedMeanwhileIsHandedNothing() {
    f.start(6, perContainer(6), 9);
    f.runIn("c1", "n1");
    f.runIn("bad1", "n1");
    f.exit("bad1", 3);
    f.runIn("bad2", "n1");
    f.exit("bad2", 3);
    assertTrue(f.scheduler.excludedNodes().contains("n1"), f.scheduler.excludedNodes().toString());

    assertEquals(Optional.empty(), f.scheduler.attemptCommitted("c1", 0, 1));
    assertEquals(TaskState.SUCCEEDED, f.stateOf(0));
  }

  @Test
  void aHandoverTheRunnerNeverReceivedRunsAgainUncharged() {
    f.start(2, perContainer(2), 9);
    f.runIn("c1", "n1");
    assertEquals(Optional.of(new Handover(1, 1)), f.scheduler.attemptCommitted("c1", 0, 1));
    f.exit("c1", org.sepyarn.runner.spec.RunnerExitCodes.HANDOVER_UNANSWERED);

    assertEquals(TaskState.WAITING, f.stateOf(1));
    assertEquals(0, f.view(1).chargedFailures(), "nobody's fault");
    assertEquals(TaskState.SUCCEEDED, f.stateOf(0));
  }

  @Test
  void everyTaskRunsAndEveryContainerRunsAtMostItsShareOverRandomRuns() {
    Random random = new Random(42);
    for (int run = 0; run < 50; run++) {
      SchedulerFixture g = new SchedulerFixture();
      int tasks = 1 + random.nextInt(40);
      int perContainer = 1 + random.nextInt(6);
      g.start(tasks, perContainer(perContainer).withMaxAttempts(50), 5);
      int next = 0;
      List<String> live = new ArrayList<>();
      java.util.Map<String, Integer> ran = new java.util.HashMap<>();
      java.util.Map<String, int[]> running = new java.util.HashMap<>();
      Set<Integer> done = new HashSet<>();
      while (g.scheduler.jobState() == JobState.RUNNING) {
        int asked = g.actions.outstandingRequests();
        for (int i = 0; i < Math.min(asked, 1 + random.nextInt(3)); i++) {
          String id = "c" + next++;
          int before = g.actions.all(Launched.class).size();
          g.scheduler.containersAllocated(List.of(container(id, "n" + random.nextInt(5))));
          List<Launched> launched = g.actions.all(Launched.class);
          if (launched.size() > before) {
            Launched l = launched.get(launched.size() - 1);
            running.put(id, new int[] {l.taskIndex(), l.attemptNumber()});
            ran.put(id, 1);
            live.add(id);
          }
        }
        if (live.isEmpty()) {
          continue;
        }
        String c = live.get(random.nextInt(live.size()));
        int[] attempt = running.get(c);
        if (random.nextInt(10) == 0) {
          g.exit(c, 3);
          live.remove(c);
          continue;
        }
        done.add(attempt[0]);
        Optional<Handover> h = g.scheduler.attemptCommitted(c, attempt[0], attempt[1]);
        if (h.isPresent()) {
          running.put(c, new int[] {h.get().taskIndex(), h.get().attemptNumber()});
          ran.merge(c, 1, Integer::sum);
        } else {
          live.remove(c);
          g.exit(c, 0);
        }
      }
      assertEquals(JobState.SUCCEEDED, g.scheduler.jobState(), "run " + run);
      assertEquals(tasks, done.size());
      for (int count : ran.values()) {
        assertTrue(count <= perContainer, count + " tasks in a container of " + perContainer);
      }
    }
  }
}
