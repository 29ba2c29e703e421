package org.sepyarn.am.schedule;

import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.sepyarn.am.health.NodeHealthTracker;
import org.sepyarn.runner.spec.RunnerExitCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which task runs in which container, when to retry, when to give up and which nodes to
 * avoid. Events come in from the driver as method calls; decisions go out through
 * {@link SchedulerActions}, each transition published before the launch, kill or request that
 * follows it. Pure and single-threaded: the driver calls it from one thread (or under one lock).
 * Events before {@link #start()} are a bug and throw; events after the job ended are ignored
 * (containers still allocated then are released).
 */
public final class TaskScheduler {
  private static final Logger log = LoggerFactory.getLogger(TaskScheduler.class);

  private final SchedulingPolicy policy;
  private final Clock clock;
  private final SchedulerActions actions;
  private final TaskBook tasks;
  private final NodeHealthTracker health;
  private final RetryPlacement retries = new RetryPlacement();
  private final JobProgress job;
  private final AttemptEnding ending;
  private final Timeouts timeouts;
  private final List<Allocated> previousContainers;
  private final Set<String> committedWhileAway;
  private final ContainerReuse reuse;
  private final ProgramStartFailures startFailures = new ProgramStartFailures();
  private final Speculations stragglers;

  private TaskScheduler(List<Task> tasks, TaskPrerequisites prerequisites, StepScheduling steps,
      List<Allocated> previousContainers, Set<String> committedWhileAway, SchedulingPolicy policy, Clock clock,
      SchedulerActions actions) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.actions = Objects.requireNonNull(actions, "actions");
    this.tasks = new TaskBook(tasks, prerequisites, steps);
    this.health = new NodeHealthTracker(policy.nodeHealth(), clock);
    this.reuse = new ContainerReuse(steps);
    this.stragglers = new Speculations(steps);
    this.job = new JobProgress(policy, clock, actions, this.tasks, health, reuse, stragglers);
    this.ending = new AttemptEnding(policy, clock, actions, this.tasks, health, job, stragglers);
    if (stragglers.enabled()) {
      this.tasks.all().stream().filter(t -> t.state() == TaskState.SUCCEEDED)
          .forEach(t -> t.lastAttempt().ifPresent(a -> stragglers.succeeded(t, a)));
    }
    this.timeouts = new Timeouts(policy);
    this.previousContainers = List.copyOf(previousContainers);
    this.committedWhileAway = Set.copyOf(committedWhileAway);
  }

  /** A scheduler for a new job of {@code taskCount} tasks, all waiting, none with a preference. */
  public static TaskScheduler create(int taskCount, SchedulingPolicy policy, Clock clock, SchedulerActions actions) {
    return create(Collections.nCopies(requireTasks(taskCount), TaskPreference.NONE), policy, clock, actions);
  }

  /** A scheduler for a new job of one task per preference (task {@code i} prefers {@code preferences[i]}). */
  public static TaskScheduler create(List<TaskPreference> preferences, SchedulingPolicy policy, Clock clock,
      SchedulerActions actions) {
    return create(preferences, TaskPrerequisites.none(requireTasks(preferences.size())), policy, clock, actions);
  }

  /**
   * A scheduler for a new job whose tasks may wait for others ({@code prerequisites}: a flow's
   * readers wait for the pieces they read, and start as soon as those are committed).
   */
  public static TaskScheduler create(List<TaskPreference> preferences, TaskPrerequisites prerequisites,
      SchedulingPolicy policy, Clock clock, SchedulerActions actions) {
    return create(preferences, prerequisites, task -> 0, policy, clock, actions);
  }

  /**
   * As {@link #create(List, TaskPrerequisites, SchedulingPolicy, Clock, SchedulerActions)}, task
   * {@code t} making at most {@code maxAttempts.applyAsInt(t)} attempts (0: the policy's limit).
   */
  public static TaskScheduler create(List<TaskPreference> preferences, TaskPrerequisites prerequisites,
      java.util.function.IntUnaryOperator maxAttempts, SchedulingPolicy policy, Clock clock,
      SchedulerActions actions) {
    return create(preferences, prerequisites, TaskLimits.attempts(maxAttempts), policy, clock, actions);
  }

  /**
   * As {@link #create(List, TaskPrerequisites, SchedulingPolicy, Clock, SchedulerActions)}, each
   * task with the limits {@code limits} gives it (a flow step's {@code maxAttempts} and {@code taskTimeout}),
   * and each step with its own {@code maxRunning}, {@code tasksPerContainer} and {@code speculation}
   * ({@link TaskLimits#steps()}).
   */
  public static TaskScheduler create(List<TaskPreference> preferences, TaskPrerequisites prerequisites,
      TaskLimits limits, SchedulingPolicy policy, Clock clock, SchedulerActions actions) {
    int taskCount = requireTasks(preferences.size());
    return new TaskScheduler(limits.apply(prefer(IntStream.range(0, taskCount).mapToObj(Task::new).toList(),
        preferences)), prerequisites, limits.stepsOf(taskCount, policy), List.of(), Set.of(), policy, clock,
        actions);
  }

  /**
   * A scheduler for a new ApplicationMaster attempt, from the transitions the journal recorded and
   * the containers YARN kept from earlier attempts. Succeeded tasks stay done; a task whose container
   * survived continues in it; a task whose container ended while no ApplicationMaster ran succeeds
   * when that container is in {@code committedWhileAway} (its runner reported the outputs
   * committed); every other task waits, keeping its attempts.
   */
  public static TaskScheduler recover(int taskCount, List<TaskTransition> journal,
      List<Allocated> containersFromPreviousAttempts, Set<String> committedWhileAway, SchedulingPolicy policy,
      Clock clock, SchedulerActions actions) {
    return recover(Collections.nCopies(requireTasks(taskCount), TaskPreference.NONE), journal,
        containersFromPreviousAttempts, committedWhileAway, policy, clock, actions);
  }

  /** As {@link #recover(int, List, List, Set, SchedulingPolicy, Clock, SchedulerActions)}, with each task's preference. */
  public static TaskScheduler recover(List<TaskPreference> preferences, List<TaskTransition> journal,
      List<Allocated> containersFromPreviousAttempts, Set<String> committedWhileAway, SchedulingPolicy policy,
      Clock clock, SchedulerActions actions) {
    return recover(preferences, TaskPrerequisites.none(requireTasks(preferences.size())), journal,
        containersFromPreviousAttempts, committedWhileAway, policy, clock, actions);
  }

  /** As {@link #recover(List, List, List, Set, SchedulingPolicy, Clock, SchedulerActions)}, for tasks that may wait for others. */
  public static TaskScheduler recover(List<TaskPreference> preferences, TaskPrerequisites prerequisites,
      List<TaskTransition> journal, List<Allocated> containersFromPreviousAttempts, Set<String> committedWhileAway,
      SchedulingPolicy policy, Clock clock, SchedulerActions actions) {
    return recover(preferences, prerequisites, task -> 0, journal, containersFromPreviousAttempts, committedWhileAway,
        policy, clock, actions);
  }

  /** As above, task {@code t} making at most {@code maxAttempts.applyAsInt(t)} attempts (0: the policy's limit). */
  public static TaskScheduler recover(List<TaskPreference> preferences, TaskPrerequisites prerequisites,
      java.util.function.IntUnaryOperator maxAttempts, List<TaskTransition> journal,
      List<Allocated> containersFromPreviousAttempts, Set<String> committedWhileAway, SchedulingPolicy policy,
      Clock clock, SchedulerActions actions) {
    return recover(preferences, prerequisites, TaskLimits.attempts(maxAttempts), journal,
        containersFromPreviousAttempts, committedWhileAway, policy, clock, actions);
  }

  /** As above, each task with the limits {@code limits} gives it. */
  public static TaskScheduler recover(List<TaskPreference> preferences, TaskPrerequisites prerequisites,
      TaskLimits limits, List<TaskTransition> journal, List<Allocated> containersFromPreviousAttempts,
      Set<String> committedWhileAway, SchedulingPolicy policy, Clock clock, SchedulerActions actions) {
    int taskCount = requireTasks(preferences.size());
    List<Task> tasks = limits.apply(prefer(JournalReplay.replay(taskCount, journal, clock.millis()), preferences));
    return new TaskScheduler(tasks, prerequisites, limits.stepsOf(taskCount, policy), containersFromPreviousAttempts,
        committedWhileAway, policy, clock, actions);
  }

  private static List<Task> prefer(List<Task> tasks, List<TaskPreference> preferences) {
    for (int i = 0; i < tasks.size(); i++) {
      tasks.get(i).prefer(preferences.get(i));
    }
    return tasks;
  }

  /** Adopts or releases earlier attempts' containers and asks for containers for the waiting tasks. */
  public void start() {
    job.start();
    List<PreviousContainers.Lost> lost = PreviousContainers.adopt(previousContainers, tasks, actions, clock.millis());
    for (PreviousContainers.Lost l : lost) {
      String container = l.attempt().containerId();
      if (!committedWhileAway.contains(container) && l.task().attemptIn(container).isPresent()) {
        ending.end(l.task(), container, ExitReason.LOST_IN_AM_RESTART, "container " + container
            + " was not among the containers YARN kept for the new ApplicationMaster attempt");
      }
    }
    for (PreviousContainers.Lost l : lost) {
      String container = l.attempt().containerId();
      if (committedWhileAway.contains(container) && l.task().attemptIn(container).isPresent()) {
        succeed(l.task(), container, "container " + container + " finished the attempt and committed its"
            + " outputs while no ApplicationMaster ran");
      }
    }
    tasks.firstFailed().ifPresent(t -> job.fail(FailureReport.taskExhausted(t, t.maxAttempts(policy.maxAttempts()))));
    job.settle();
  }

  /** YARN allocated containers: each goes to a waiting task or back to YARN. */
  public void containersAllocated(List<Allocated> containers) {
    if (!job.isRunning("containersAllocated")) {
      containers.forEach(c -> actions.release(c.containerId()));
      return;
    }
    job.containersArrived(containers);
    for (Allocated container : containers) {
      if (tasks.holding(container.containerId()).isPresent()) {
        log.warn("container {} was allocated again while it runs a task; ignoring the duplicate",
            container.containerId());
        continue;
      }
      health.nodeAvailable(container.node());
      boolean usable = !health.isExcluded(container.node()) && job.freeSlots() > 0;
      Optional<Task> task = usable ? tasks.pickWaitingFor(container, job::hasRoom) : Optional.empty();
      if (task.isPresent() && retries.declines(task.get(), container.node(), health.usableNodeCount())) {
        log.info("declining container {} on {} for task {}, which failed there: asking for another node ({} of {})",
            container.containerId(), container.node(), task.get().index(), retries.declinedBy(task.get().index()),
            RetryPlacement.MAX_DECLINES);
        actions.release(container.containerId());
        continue;
      }
      if (task.isEmpty() && usable && stragglers.enabled()) {
        task = stragglers.pickFor(container, tasks, job::hasRoom);
        if (task.isPresent()) {
          speculate(task.get(), container);
          continue;
        }
      }
      if (task.isEmpty()) {
        log.debug("releasing container {} on {}: no waiting task takes it", container.containerId(), container.node());
        actions.release(container.containerId());
        continue;
      }
      publish(task.get().assign(container, clock.millis()));
      tasks.bind(task.get());
      reuse.launched(container, tasks.stepOf(task.get().index()));
      actions.launch(container.containerId(), task.get().index(), task.get().current().orElseThrow().number());
    }
    job.settle();
  }

  /** Launches a speculative attempt of the straggler {@code task} in {@code container}. */
  private void speculate(Task task, Allocated container) {
    TaskTransition transition = task.speculate(container, clock.millis());
    publish(transition);
    tasks.bind(task);
    reuse.launched(container, tasks.stepOf(task.index()));
    log.info("task {} gets speculative attempt {} on {} beside {}", task.index(), transition.attempt().number(),
        container.node(), task.current().orElseThrow());
    actions.launch(container.containerId(), task.index(), transition.attempt().number());
  }

  /**
   * Ends the task's live attempt in {@code containerId} as succeeded; another live attempt (the
   * loser of a speculative race) is ended first, uncharged, and its container stopped.
   */
  private void succeed(Task task, String containerId, String diagnostics) {
    Attempt winner = task.attemptIn(containerId).orElseThrow();
    for (Attempt other : task.liveAttempts()) {
      if (!other.containerId().equals(containerId)) {
        reuse.forget(other.containerId());
        ending.end(task, other.containerId(), ExitReason.SUPERSEDED, "attempt " + winner.number() + " in "
            + containerId + " committed the task's outputs first");
        actions.kill(other.containerId(), ExitReason.SUPERSEDED);
      }
    }
    ending.end(task, containerId, ExitReason.SUCCEEDED, diagnostics);
  }

  /**
   * What each of {@code tasks} committed is lost (a flow's intermediate pieces whose files or
   * blocks are gone, found after a reading task failed on them): each that succeeded waits again,
   * uncharged, and the tasks reading it wait for it again. The driver must have removed the lost
   * commit first, so that the next attempt commits anew.
   */
  public void committedLost(java.util.Collection<Integer> tasks, String why) {
    if (!job.isRunning("committedLost")) {
      return;
    }
    for (int index : tasks) {
      Task task = this.tasks.get(index);
      if (task.state() == TaskState.SUCCEEDED) {
        log.warn("task {} runs again: {}", index, why);
        publish(task.committedLost(clock.millis()));
      }
    }
    job.settle();
  }

  /** The NodeManager started the container. */
  public void containerStarted(String containerId) {
    if (job.isRunning("containerStarted")) {
      tasks.holding(containerId).filter(t -> t.state() == TaskState.ASSIGNED)
          .ifPresent(t -> publish(t.markRunning(clock.millis())));
    }
  }

  /**
   * Why a runner's message is refused, or empty when it may be answered. A message is taken only
   * for the attempt its container runs, and only with a sequence number above the last one taken
   * for that attempt (which it then becomes): a replayed message, or one naming another task or
   * attempt, is refused. A {@code done} report of an attempt that succeeded in this container before
   * is taken too (the report repeated because its answer was lost). A container that runs no task
   * here is not refused: the answer tells its runner to stop.
   */
  public Optional<String> refusal(String containerId, int taskIndex, int attemptNumber, long sequence, boolean done) {
    Optional<Task> holder = tasks.holding(containerId);
    if (holder.isEmpty()) {
      return Optional.empty();
    }
    Task task = holder.get();
    Attempt current = task.attemptIn(containerId).orElseThrow();
    if (task.index() == taskIndex && current.number() == attemptNumber) {
      if (sequence <= task.lastSequence(containerId)) {
        return Optional.of("message " + sequence + " of task " + taskIndex + " attempt " + attemptNumber + " in "
            + containerId + " is not above the last one taken (" + task.lastSequence(containerId) + "): a replay");
      }
      task.heardSequence(containerId, sequence);
      return Optional.empty();
    }
    if (done && succeededIn(containerId, taskIndex, attemptNumber)) {
      return Optional.empty();
    }
    return Optional.of("container " + containerId + " runs task " + task.index() + " attempt " + current.number()
        + ", not task " + taskIndex + " attempt " + attemptNumber);
  }

  private boolean succeededIn(String containerId, int taskIndex, int attemptNumber) {
    return taskIndex >= 0 && taskIndex < tasks.size() && tasks.get(taskIndex).attempts().stream()
        .anyMatch(a -> a.number() == attemptNumber && a.containerId().equals(containerId)
            && a.reason().filter(ExitReason::isSuccess).isPresent());
  }

  /**
   * The runner in {@code containerId} is alive and {@code progress} (0..1) done. Returns false when
   * the container runs no live attempt (the attempt was given up, or the job is over): the runner
   * should stop.
   */
  public boolean heartbeat(String containerId, double progress) {
    Optional<Task> task = job.isRunning("heartbeat") ? tasks.holding(containerId) : Optional.empty();
    task.filter(t -> t.state() == TaskState.ASSIGNED).ifPresent(t -> publish(t.markRunning(clock.millis())));
    task.ifPresent(t -> t.heartbeat(containerId, progress, clock.millis()));
    return task.isPresent();
  }

  /**
   * The runner in {@code containerId} committed the outputs of attempt {@code attemptNumber} of task
   * {@code taskIndex} and asks for more work ({@code tasksPerContainer} above 1). Ends that attempt
   * as succeeded and, when the container may run another task and a task waits that suits its
   * node, assigns that task there (through {@link SchedulerActions#continueIn}) and returns it.
   * Empty when the container runs no more: its runner exits. A report repeated because its answer
   * was lost (an ApplicationMaster restart in between) gets the attempt handed over again.
   */
  public Optional<Handover> attemptCommitted(String containerId, int taskIndex, int attemptNumber) {
    Optional<Task> holder = job.isRunning("attemptCommitted") ? tasks.holding(containerId) : Optional.empty();
    if (holder.isEmpty()) {
      reuse.forget(containerId);
      return Optional.empty();
    }
    Task task = holder.get();
    Attempt attempt = task.attemptIn(containerId).orElseThrow();
    if (task.index() != taskIndex || attempt.number() != attemptNumber) {
      log.info("container {} reported task {} attempt {} done again; it runs task {} attempt {} now", containerId,
          taskIndex, attemptNumber, task.index(), attempt.number());
      return Optional.of(new Handover(task.index(), attempt.number()));
    }
    if (task.state() == TaskState.ASSIGNED) {
      publish(task.markRunning(clock.millis()));
    }
    succeed(task, containerId, "the runner in " + containerId + " committed the outputs");
    Optional<Handover> next = handOver(containerId);
    job.settle();
    return next;
  }

  /**
   * Gives the container that finished a task the next waiting task of the same step that suits it,
   * if it may run another and the step's and the job's {@code maxRunning} leave room.
   */
  private Optional<Handover> handOver(String containerId) {
    Optional<Allocated> container = reuse.mayRunAnother(containerId);
    int step = container.isEmpty() ? -1 : reuse.stepOf(containerId);
    Optional<Task> next = container.isEmpty() || job.state() != JobState.RUNNING
        || health.isExcluded(container.get().node()) || !job.hasRoom(step)
        ? Optional.empty() : tasks.pickWaitingFor(container.get(), s -> s == step);
    if (next.isEmpty()) {
      reuse.forget(containerId);
      return Optional.empty();
    }
    Task task = next.get();
    long now = clock.millis();
    publish(task.assign(container.get(), now));
    tasks.bind(task);
    reuse.ranAnother(containerId);
    int number = task.current().orElseThrow().number();
    actions.continueIn(containerId, task.index(), number);
    publish(task.markRunning(now));
    return Optional.of(new Handover(task.index(), number));
  }

  /** The NodeManager could not start the container: the attempt fails and the container is released. */
  public void containerLaunchFailed(String containerId, String diagnostics) {
    reuse.forget(containerId);
    Optional<Task> task = job.isRunning("containerLaunchFailed") ? tasks.holding(containerId) : Optional.empty();
    if (task.isPresent()) {
      actions.release(containerId);
      ending.end(task.get(), containerId, ExitReason.LAUNCH_FAILED, diagnostics);
      job.settle();
    }
  }

  /**
   * The container completed; its exit status decides whether the task succeeded or is retried. A
   * program that could not start on two nodes fails the job ({@link ProgramStartFailures}).
   */
  public void containerCompleted(String containerId, CompletionStatus status) {
    reuse.forget(containerId);
    Optional<Task> task = job.isRunning("containerCompleted") ? tasks.holding(containerId) : Optional.empty();
    if (task.isEmpty()) {
      log.debug("container {} completed with exit status {} but runs no live attempt", containerId,
          status.exitStatus());
      return;
    }
    String node = task.get().attemptIn(containerId).orElseThrow().node();
    ExitReason reason = ExitClassifier.classify(
        new ExitFacts(status.exitStatus(), status.diagnostics(), false, health.isLost(node)));
    if (reason.isSuccess()) {
      succeed(task.get(), containerId, status.describe());
    } else {
      ending.end(task.get(), containerId, reason, status.describe());
    }
    if (status.exitStatus() == RunnerExitCodes.PROGRAM_NOT_STARTED) {
      startFailures.notStarted(node, task.get().index(), status.describe()).ifPresent(job::fail);
    }
    job.settle();
  }

  /** Nodes were lost, decommissioned or became unhealthy: their tasks wait again, uncharged. */
  public void nodesLost(Set<String> nodes) {
    if (!job.isRunning("nodesLost")) {
      return;
    }
    nodes.forEach(health::nodeLost);
    for (Task task : tasks.holdingContainers()) {
      for (Attempt attempt : task.liveAttempts()) {
        if (nodes.contains(attempt.node())) {
          reuse.forget(attempt.containerId());
          ending.end(task, attempt.containerId(), ExitReason.NODE_LOST, "node " + attempt.node() + " was lost");
        }
      }
    }
    job.settle();
  }

  /** The cluster now has {@code nodes} usable NodeManagers ({@code AMRMClientAsync.getClusterNodeCount()}). */
  public void clusterSizeChanged(int nodes) {
    if (job.isRunning("clusterSizeChanged")) {
      ending.apply(health.clusterSizeChanged(nodes));
      job.settle();
    }
  }

  /**
   * Time passed: gives up on attempts past their time limits, lifts expired node exclusions and,
   * when the job allows speculation, looks for stragglers.
   */
  public void tick() {
    if (!job.isRunning("tick")) {
      return;
    }
    long now = clock.millis();
    for (Task task : tasks.holdingContainers()) {
      for (Attempt attempt : task.liveAttempts()) {
        Optional<Timeouts.Expiry> expiry = timeouts.check(task, attempt, now);
        if (expiry.isPresent() && job.state() == JobState.RUNNING) {
          actions.kill(attempt.containerId(), expiry.get().reason());
          ending.end(task, attempt.containerId(), expiry.get().reason(), expiry.get().diagnostics());
        }
      }
    }
    if (job.state() == JobState.RUNNING) {
      ending.apply(health.expireExclusions());
    }
    if (job.state() == JobState.RUNNING && stragglers.enabled()) {
      stragglers.review(tasks, health.usableNodeCount(), now);
    }
    job.settle();
  }

  public JobState jobState() {
    return job.state();
  }

  public JobSnapshot snapshot() {
    return JobSnapshot.of(job.state(), tasks.all().stream().map(TaskView::of).toList());
  }

  /** Every attempt of a task in order, the running one last: for diagnostics and stderr tails. */
  public List<Attempt> attempts(int taskIndex) {
    return tasks.get(taskIndex).attempts();
  }

  public Set<String> excludedNodes() {
    return health.excludedNodes();
  }

  private void publish(TaskTransition transition) {
    actions.taskStateChanged(transition);
  }

  private static int requireTasks(int taskCount) {
    if (taskCount < 1) {
      throw new IllegalArgumentException("task count " + taskCount + " is not allowed: a job has at least 1 task");
    }
    return taskCount;
  }
}
