package org.sepyarn.am.schedule;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;
import org.sepyarn.am.health.NodeHealthTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job as a whole: its state, and what settles after every event. When every task succeeded the
 * job succeeds; otherwise the container requests follow the waiting tasks (no more than
 * {@code maxRunning} leaves room for, the job's and each step's, and, when containers run several tasks, only for the tasks
 * the running containers cannot take after theirs, then for stragglers' speculative attempts), and a job whose tasks
 * wait with no usable node for longer than the policy allows fails instead of waiting forever.
 */
final class JobProgress {
  private static final Logger log = LoggerFactory.getLogger(JobProgress.class);

  private final SchedulingPolicy policy;
  private final Clock clock;
  private final SchedulerActions actions;
  private final TaskBook tasks;
  private final NodeHealthTracker health;
  private final ContainerRequests requests;
  private final ContainerReuse reuse;
  private final Speculations stragglers;
  private JobState state = JobState.NEW;
  private long noUsableNodeSince = -1;

  JobProgress(SchedulingPolicy policy, Clock clock, SchedulerActions actions, TaskBook tasks,
      NodeHealthTracker health, ContainerReuse reuse, Speculations stragglers) {
    this.reuse = reuse;
    this.stragglers = stragglers;
    this.policy = policy;
    this.clock = clock;
    this.actions = actions;
    this.tasks = tasks;
    this.health = health;
    this.requests = new ContainerRequests(tasks);
  }

  JobState state() {
    return state;
  }

  void start() {
    if (state != JobState.NEW) {
      throw new IllegalStateException("the scheduler was started already; the job is " + state);
    }
    state = JobState.RUNNING;
  }

  /**
   * Whether events still count. Throws before {@link #start()}: an event then is the driver's bug.
   */
  boolean isRunning(String event) {
    if (state == JobState.NEW) {
      throw new IllegalStateException(event + " before start(): call start() first");
    }
    return state == JobState.RUNNING;
  }

  /** {@code containers} arrived, satisfying as many outstanding requests. */
  void containersArrived(java.util.List<Allocated> containers) {
    requests.satisfiedBy(containers, actions);
  }

  void fail(JobFailure failure) {
    if (state == JobState.RUNNING) {
      state = JobState.FAILED;
      log.error("job failed: {}", failure.diagnostics());
      actions.jobFailed(failure);
    }
  }

  /**
   * How many more containers the attempts may hold under the policy's {@code maxRunning}
   * (speculative attempts count too); unlimited ({@link Integer#MAX_VALUE}) without one.
   */
  int freeSlots() {
    OptionalInt limit = policy.runningLimit();
    return limit.isEmpty() ? Integer.MAX_VALUE : Math.max(0, limit.getAsInt() - tasks.containerCount());
  }

  /**
   * How many more containers the attempts of {@code step}'s tasks may hold under the step's own
   * {@code maxRunning} (speculative attempts count too); unlimited ({@link Integer#MAX_VALUE}) without one.
   */
  int freeSlots(int step) {
    int limit = tasks.steps().get(step).maxRunning();
    return limit == 0 ? Integer.MAX_VALUE : Math.max(0, limit - tasks.containerCount(step));
  }

  /** Whether a task of {@code step} may take a container now: under the job's and the step's {@code maxRunning}. */
  boolean hasRoom(int step) {
    return freeSlots() > 0 && freeSlots(step) > 0;
  }

  /** Brings the job's outcome and its container requests up to date after an event. */
  void settle() {
    if (state != JobState.RUNNING) {
      return;
    }
    if (tasks.count(TaskState.SUCCEEDED) == tasks.size()) {
      state = JobState.SUCCEEDED;
      requests.reconcile(new int[tasks.steps().count()], actions);
      log.info("all {} tasks succeeded", tasks.size());
      actions.allTasksSucceeded();
      return;
    }
    int waiting = tasks.releasedWaitingCount();
    StepScheduling steps = tasks.steps();
    int[] forWaiting = new int[steps.count()];
    long jobRoom = freeSlots();
    for (int step = 0; step < steps.count(); step++) {
      int wanted = Math.min(reuse.containersWanted(step, tasks.releasedWaitingCount(step)), freeSlots(step));
      forWaiting[step] = (int) Math.min(wanted, jobRoom);
      jobRoom -= forWaiting[step];
    }
    requests.reconcile(forWaiting, actions);
    if (stragglers.enabled()) {
      java.util.NavigableSet<Integer> speculative = new java.util.TreeSet<>();
      for (int step = 0; step < steps.count(); step++) {
        long stepRoom = freeSlots(step) == Integer.MAX_VALUE ? Long.MAX_VALUE : freeSlots(step) - forWaiting[step];
        for (Integer straggler : stragglers.wantedIndexes(step, tasks)) {
          if (stepRoom-- <= 0) {
            break;
          }
          speculative.add(straggler);
        }
      }
      int room = freeSlots() == Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.max(0, jobRoom);
      requests.reconcileSpeculative(speculative, room, actions);
    }
    OptionalInt usable = health.usableNodeCount();
    if (waiting == 0 || usable.isEmpty() || usable.getAsInt() > 0) {
      noUsableNodeSince = -1;
      return;
    }
    long now = clock.millis();
    noUsableNodeSince = noUsableNodeSince < 0 ? now : noUsableNodeSince;
    Duration waited = Duration.ofMillis(now - noUsableNodeSince);
    if (waited.compareTo(policy.noUsableNodeTimeout()) >= 0) {
      fail(FailureReport.noUsableNode(waiting, health.clusterSize().orElse(0), health.excludedNodes(), waited));
    }
  }
}
