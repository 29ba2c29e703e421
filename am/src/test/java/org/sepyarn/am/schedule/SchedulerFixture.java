package org.sepyarn.am.schedule;

import java.time.Duration;
import java.util.List;
import org.sepyarn.am.health.ManualClock;
import org.sepyarn.am.health.NodeHealthPolicy;

/** A scheduler wired to a manual clock and a recording fake, with shorthands for the driver's events. */
final class SchedulerFixture {
  /** Three charged attempts, an hour per task, a minute of silence, five minutes without nodes. */
  static final SchedulingPolicy POLICY = new SchedulingPolicy(3, Duration.ofHours(1), Duration.ofMinutes(1),
      Duration.ofMinutes(5),
      new NodeHealthPolicy(2, Duration.ofMinutes(10), Duration.ofMinutes(30), NodeHealthPolicy.ONE_THIRD));

  final ManualClock clock = new ManualClock(1_700_000_000_000L);
  final RecordingActions actions = new RecordingActions();
  TaskScheduler scheduler;

  /** Starts a fresh job of {@code tasks} tasks on a cluster of {@code clusterSize} nodes. */
  TaskScheduler start(int tasks, SchedulingPolicy policy, int clusterSize) {
    scheduler = TaskScheduler.create(tasks, policy, clock, actions);
    scheduler.start();
    scheduler.clusterSizeChanged(clusterSize);
    return scheduler;
  }

  TaskScheduler start(int tasks) {
    return start(tasks, POLICY, 9);
  }

  static Allocated container(String id, String node) {
    return new Allocated(id, node);
  }

  /** Allocates one container and confirms its start. */
  void runIn(String containerId, String node) {
    scheduler.containersAllocated(List.of(container(containerId, node)));
    scheduler.containerStarted(containerId);
  }

  void exit(String containerId, int exitStatus) {
    scheduler.containerCompleted(containerId, new CompletionStatus(exitStatus, "diagnostics of " + containerId));
  }

  void after(Duration duration) {
    clock.advance(duration);
    scheduler.tick();
  }

  TaskState stateOf(int task) {
    return scheduler.snapshot().tasks().get(task).state();
  }

  TaskView view(int task) {
    return scheduler.snapshot().tasks().get(task);
  }
}
