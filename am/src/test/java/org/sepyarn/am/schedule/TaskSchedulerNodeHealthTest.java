package org.sepyarn.am.schedule;

import org.sepyarn.runner.spec.RunnerExitCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.am.schedule.SchedulerFixture.container;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.health.NodeHealthPolicy;
import org.sepyarn.am.schedule.RecordingActions.Excluded;
import org.sepyarn.am.schedule.RecordingActions.Launched;

class TaskSchedulerNodeHealthTest {
  private final SchedulerFixture f = new SchedulerFixture();

  @Test
  void aNodeWithTooManyChargedFailuresIsExcluded() {
    f.start(2);
    f.runIn("c1", "n1");
    f.runIn("c2", "n1");

    f.exit("c1", RunnerExitCodes.PROGRAM_FAILED);
    f.exit("c2", RunnerExitCodes.RUNNER_ERROR);

    assertEquals(List.of(new Excluded(Set.of("n1"), Set.of())), f.actions.all(Excluded.class));
    assertEquals(Set.of("n1"), f.scheduler.excludedNodes());
  }

  @Test
  void aContainerOnAnExcludedNodeIsReleasedAndItsRequestAskedForAgain() {
    f.start(2);
    f.runIn("c1", "n1");
    f.runIn("c2", "n1");
    f.exit("c1", RunnerExitCodes.PROGRAM_FAILED);
    f.exit("c2", RunnerExitCodes.PROGRAM_FAILED);
    f.actions.clear();

    f.scheduler.containersAllocated(List.of(container("c3", "n1")));

    assertEquals(List.of("c3"), f.actions.released());
    assertEquals(List.of(), f.actions.all(Launched.class));
    assertEquals(2, f.actions.outstandingRequests());
    assertEquals(List.of(new RecordingActions.Removed(1), new RecordingActions.Requested(1)),
        f.actions.decisions().stream().filter(d -> !(d instanceof RecordingActions.Released)).toList());
  }

  @Test
  void anExclusionIsLiftedWhenItExpires() {
    f.start(2);
    f.runIn("c1", "n1");
    f.runIn("c2", "n1");
    f.exit("c1", RunnerExitCodes.PROGRAM_FAILED);
    f.exit("c2", RunnerExitCodes.PROGRAM_FAILED);

    f.after(Duration.ofMinutes(29));
    assertEquals(1, f.actions.all(Excluded.class).size());
    f.after(Duration.ofMinutes(1));

    assertEquals(new Excluded(Set.of(), Set.of("n1")), f.actions.all(Excluded.class).get(1));
    assertEquals(Set.of(), f.scheduler.excludedNodes());
  }

  @Test
  void noMoreThanAThirdOfTheClusterIsExcluded() {
    f.start(4, SchedulerFixture.POLICY, 3);
    f.runIn("c1", "n1");
    f.runIn("c2", "n1");
    f.runIn("c3", "n2");
    f.runIn("c4", "n2");

    List.of("c1", "c2", "c3", "c4").forEach(c -> f.exit(c, RunnerExitCodes.PROGRAM_FAILED));

    assertEquals(Set.of("n1"), f.scheduler.excludedNodes());
  }

  @Test
  void failuresThatAreNotTheNodesFaultNeverExcludeIt() {
    f.start(4);
    f.runIn("c1", "n1");
    f.runIn("c2", "n1");
    f.runIn("c3", "n1");
    f.runIn("c4", "n1");

    f.exit("c1", YarnExitStatus.PREEMPTED);
    f.exit("c2", YarnExitStatus.KILLED_EXCEEDED_PMEM);
    f.exit("c3", YarnExitStatus.KILLED_EXCEEDED_VMEM);
    f.exit("c4", YarnExitStatus.DISKS_FAILED);

    assertEquals(List.of(), f.actions.all(Excluded.class));
  }

  @Test
  void theJobFailsWhenEveryNodeIsLostAndTasksWaitLongerThanTheTimeout() {
    f.start(2, SchedulerFixture.POLICY, 2);
    f.runIn("c1", "n1");
    f.exit("c1", 0);

    f.scheduler.nodesLost(Set.of("n1", "n2"));
    f.scheduler.clusterSizeChanged(0);
    f.after(Duration.ofMinutes(4));
    assertTrue(f.actions.failure().isEmpty());
    f.after(Duration.ofMinutes(1));

    String text = f.actions.failure().orElseThrow().diagnostics();
    assertTrue(text.startsWith("no usable node left: 1 task(s) waited 5m"), text);
    assertTrue(text.contains("the cluster has 0 usable NodeManager(s)"), text);
    assertEquals(JobState.FAILED, f.scheduler.jobState());
  }

  @Test
  void aNodeComingBackBeforeTheTimeoutKeepsTheJobWaiting() {
    f.start(1, SchedulerFixture.POLICY, 1);
    f.scheduler.clusterSizeChanged(0);
    f.after(Duration.ofMinutes(4));

    f.scheduler.clusterSizeChanged(1);
    f.after(Duration.ofMinutes(2));
    f.scheduler.clusterSizeChanged(0);
    f.after(Duration.ofMinutes(4));

    assertTrue(f.actions.failure().isEmpty());
  }

  @Test
  void noNodeLeftDoesNotFailAJobWhoseTasksAllRun() {
    f.start(1, SchedulerFixture.POLICY, 1);
    f.runIn("c1", "n1");
    f.scheduler.heartbeat("c1", 0.5);

    f.scheduler.clusterSizeChanged(0);
    f.clock.advance(Duration.ofMinutes(10));
    f.scheduler.heartbeat("c1", 0.6);
    f.scheduler.tick();

    assertTrue(f.actions.failure().isEmpty());
  }

  @Test
  void excludingEveryNodeFailsTheJobSayingNoUsableNodeIsLeft() {
    SchedulingPolicy everyNode = SchedulerFixture.POLICY.withMaxAttempts(5).withNoUsableNodeTimeout(Duration.ZERO)
        .withNodeHealth(new NodeHealthPolicy(2, Duration.ofMinutes(10), Duration.ofMinutes(30), 1.0));
    f.start(1, everyNode, 1);
    f.runIn("c1", "n1");
    f.exit("c1", RunnerExitCodes.PROGRAM_FAILED);
    f.runIn("c2", "n1");

    f.exit("c2", RunnerExitCodes.PROGRAM_FAILED);

    String text = f.actions.failure().orElseThrow().diagnostics();
    assertTrue(text.startsWith("no usable node left"), text);
    assertTrue(text.contains("excluded [n1] after repeated failures"), text);
  }
}
