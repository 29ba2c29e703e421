package org.sepyarn.am.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.health.NodeHealthPolicy;
import org.sepyarn.am.schedule.RecordingActions.Launched;

class TaskSchedulerLocalityTest {
  private final SchedulerFixture f = new SchedulerFixture();

  private static TaskPreference on(String host, String rack) {
    return new TaskPreference(List.of(host), List.of(rack));
  }

  private static Allocated at(String id, String host, String rack) {
    return new Allocated(id, host + ":8041", host, rack);
  }

  private void start(List<TaskPreference> preferences, SchedulingPolicy policy) {
    f.scheduler = TaskScheduler.create(preferences, policy, f.clock, f.actions);
    f.scheduler.start();
    f.scheduler.clusterSizeChanged(9);
  }

  private Locality localityOf(int task) {
    return f.scheduler.attempts(task).get(f.scheduler.attempts(task).size() - 1).locality().orElseThrow();
  }

  @Test
  void eachRequestCarriesItsTasksPreferredHostsAndRacks() {
    start(List.of(on("h1", "/r1"), TaskPreference.NONE, on("h3", "/r2")), SchedulerFixture.POLICY);

    assertEquals(List.of(on("h1", "/r1"), TaskPreference.NONE, on("h3", "/r2")),
        f.actions.outstandingAsks().stream().map(ContainerAsk::preference).toList());
    assertEquals(List.of(0, 1, 2), f.actions.outstandingAsks().stream().map(ContainerAsk::taskIndex).toList());
  }

  @Test
  void aContainerGoesToANodeLocalTaskFirstThenARackLocalOneThenTheLowestNumbered() {
    start(List.of(on("h1", "/r1"), on("h2", "/r1"), on("h3", "/r2"), on("h4", "/r2")), SchedulerFixture.POLICY);

    f.scheduler.containersAllocated(List.of(at("c1", "h3", "/r2")));
    f.scheduler.containersAllocated(List.of(at("c2", "h9", "/r2")));
    f.scheduler.containersAllocated(List.of(at("c3", "h8", "/r8")));
    f.scheduler.containersAllocated(List.of(at("c4", "h2", "/r1")));

    assertEquals(List.of(new Launched("c1", 2, 1), new Launched("c2", 3, 1), new Launched("c3", 0, 1),
        new Launched("c4", 1, 1)), f.actions.all(Launched.class));
    assertEquals(Locality.NODE_LOCAL, localityOf(2));
    assertEquals(Locality.RACK_LOCAL, localityOf(3));
    assertEquals(Locality.OFF_RACK, localityOf(0));
    assertEquals(Locality.NODE_LOCAL, localityOf(1));
    assertEquals(0, f.actions.outstandingRequests());
  }

  @Test
  void aTaskWithoutPreferenceRunsAnywhereAndSaysSo() {
    start(List.of(TaskPreference.NONE), SchedulerFixture.POLICY);

    f.scheduler.containersAllocated(List.of(at("c1", "h1", "/r1")));

    assertEquals(Locality.NO_PREFERENCE, localityOf(0));
  }

  @Test
  void aTaskNeverWaitsForItsHostWhenOnlyOtherNodesHaveRoom() {
    start(List.of(on("busy", "/r1"), on("busy", "/r1")), SchedulerFixture.POLICY);

    f.runIn("c1", "other:1");
    f.runIn("c2", "other:1");
    f.exit("c1", 0);
    f.exit("c2", 0);

    assertEquals(JobState.SUCCEEDED, f.scheduler.jobState());
    assertEquals(Locality.OFF_RACK, localityOf(0));
  }

  @Test
  void aContainerSatisfiesTheRequestOfATaskPreferringItsHostAndThatTaskGetsIt() {
    start(List.of(on("h1", "/r1"), on("h2", "/r1"), on("h3", "/r1")), SchedulerFixture.POLICY);
    long h2Ask = f.actions.outstandingAsks().get(1).id();
    f.actions.clear();

    f.scheduler.containersAllocated(List.of(at("c1", "h2", "/r1")));

    assertTrue(f.actions.outstandingAsks().stream().noneMatch(a -> a.id() == h2Ask));
    assertEquals(List.of(0, 2), f.actions.outstandingAsks().stream().map(ContainerAsk::taskIndex).toList());
    assertEquals(List.of(new RecordingActions.Removed(1)), f.actions.all(RecordingActions.Removed.class));
    assertEquals(List.of(), f.actions.all(RecordingActions.Requested.class));
  }

  @Test
  void aNodeLocalTaskThatFailedOnTheNodeLeavesTheContainerToAnother() {
    start(List.of(on("h1", "/r1"), on("h9", "/r1")), SchedulerFixture.POLICY);
    f.scheduler.containersAllocated(List.of(at("c1", "h1", "/r1")));
    f.scheduler.containerStarted("c1");
    f.exit("c1", 3);

    f.scheduler.containersAllocated(List.of(at("c2", "h1", "/r1")));

    assertEquals(new Launched("c2", 1, 1), f.actions.all(Launched.class).get(1));
  }

  /**
   * Random events over random preferences: after each, the requests outstanding are exactly one
   * per waiting task that {@code maxRunning} leaves room for, and each preference is asked for no
   * more often than waiting tasks have it.
   */
  @Test
  void theRequestsStayOnePerWaitingTaskThroughRandomEvents() {
    Random random = new Random(11);
    String[] hosts = {"h0", "h1", "h2", "h3", "h4", "h5"};
    for (int round = 0; round < 40; round++) {
      SchedulerFixture g = new SchedulerFixture();
      int taskCount = 1 + random.nextInt(30);
      List<TaskPreference> prefs = new ArrayList<>();
      for (int t = 0; t < taskCount; t++) {
        int h = random.nextInt(hosts.length + 2);
        prefs.add(h >= hosts.length ? TaskPreference.NONE
            : new TaskPreference(List.of(hosts[h], hosts[(h + 1) % hosts.length]), List.of("/r" + (h % 2))));
      }
      int maxRunning = random.nextBoolean() ? 0 : 1 + random.nextInt(5);
      SchedulingPolicy policy = new SchedulingPolicy(5, Duration.ofHours(1), Duration.ofMinutes(1),
          Duration.ofMinutes(5), new NodeHealthPolicy(100, Duration.ofMinutes(10), Duration.ofMinutes(30),
              NodeHealthPolicy.ONE_THIRD)).withMaxRunning(maxRunning);
      g.scheduler = TaskScheduler.create(prefs, policy, g.clock, g.actions);
      g.scheduler.start();
      g.scheduler.clusterSizeChanged(hosts.length);
      Map<String, Integer> running = new HashMap<>();
      int next = 0;
      for (int step = 0; step < 200 && g.scheduler.jobState() == JobState.RUNNING; step++) {
        if (!running.isEmpty() && random.nextInt(3) == 0) {
          String c = new ArrayList<>(running.keySet()).get(random.nextInt(running.size()));
          running.remove(c);
          g.exit(c, random.nextInt(4) == 0 ? 3 : 0);
        } else {
          List<Allocated> batch = new ArrayList<>();
          for (int k = random.nextInt(4); k >= 0; k--) {
            int h = random.nextInt(hosts.length);
            batch.add(at("c" + next++, hosts[h], "/r" + (h % 2)));
          }
          int launchedBefore = g.actions.all(Launched.class).size();
          g.scheduler.containersAllocated(batch);
          g.actions.all(Launched.class).stream().skip(launchedBefore)
              .forEach(l -> running.put(l.containerId(), l.taskIndex()));
        }
        checkRequests(g, prefs, maxRunning, "round " + round + " step " + step);
      }
    }
  }

  private static void checkRequests(SchedulerFixture g, List<TaskPreference> prefs, int maxRunning, String what) {
    if (g.scheduler.jobState() != JobState.RUNNING) {
      assertEquals(0, g.actions.outstandingRequests(), what);
      return;
    }
    JobSnapshot snapshot = g.scheduler.snapshot();
    Set<Integer> waiting = new HashSet<>();
    int holding = 0;
    for (TaskView t : snapshot.tasks()) {
      if (t.state() == TaskState.WAITING) {
        waiting.add(t.index());
      }
      holding += t.state().holdsContainer() ? 1 : 0;
    }
    int room = maxRunning == 0 ? Integer.MAX_VALUE : Math.max(0, maxRunning - holding);
    assertEquals(Math.min(waiting.size(), room), g.actions.outstandingRequests(), what);
    // A request made for one task may stand for another waiting task with the same preference.
    Map<TaskPreference, Integer> room2 = new HashMap<>();
    waiting.forEach(t -> room2.merge(prefs.get(t), 1, Integer::sum));
    for (ContainerAsk ask : g.actions.outstandingAsks()) {
      assertEquals(prefs.get(ask.taskIndex()), ask.preference(), what);
      int left = room2.merge(ask.preference(), -1, Integer::sum);
      assertTrue(left >= 0, what + ": more requests for " + ask.preference() + " than waiting tasks preferring it");
    }
  }
}
