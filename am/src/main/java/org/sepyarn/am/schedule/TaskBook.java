package org.sepyarn.am.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * All tasks of the job, in index order, and which container each live attempt holds (a task may
 * hold two while a speculative attempt races its first). Chooses the
 * waiting task a new container goes to.
 *
 * <p>Every question the scheduler asks per event is answered from indexes the book keeps up to date
 * as tasks move (it watches each {@link Task}), never by scanning all tasks: the waiting tasks in
 * index order, split into those that never failed (any node suits them) and those that did (whose
 * failed nodes must be checked), and by each host and rack they prefer; the tasks holding a
 * container; the count of tasks in each state; and container to task. Per step of a flow (its
 * tasks a range of indexes, {@link StepScheduling}) it counts the containers held, the waiting
 * tasks that may run and the succeeded tasks, and a pick may pass over the steps without room,
 * each as a whole range.
 */
final class TaskBook implements Task.Watcher {
  private final List<Task> tasks;
  private final Map<String, Task> byContainer = new HashMap<>();
  private final int[] counts = new int[TaskState.values().length];
  private final IndexSet waitingFresh = new IndexSet();
  private final IndexSet waitingFailed = new IndexSet();
  private final IndexSet holding = new IndexSet();
  private final IndexSet failed = new IndexSet();
  /** Waiting tasks held back by prerequisites not yet succeeded. */
  private final IndexSet heldBack = new IndexSet();
  private final TaskPrerequisites prerequisites;
  private java.util.function.IntConsumer released = task -> { };
  private java.util.function.IntConsumer held = task -> { };
  /** Waiting tasks by each host and rack they prefer. */
  private final Map<String, IndexSet> waitingByHost = new HashMap<>();
  private final Map<String, IndexSet> waitingByRack = new HashMap<>();
  private Task.Watcher also = (task, from) -> { };
  private final StepScheduling steps;
  /** Per step: the containers its live attempts hold, its waiting tasks not held back, its succeeded tasks. */
  private final int[] containersOfStep;
  private final int[] releasedWaitingOfStep;
  private final int[] succeededOfStep;

  TaskBook(List<Task> tasks) {
    this(tasks, TaskPrerequisites.none(Math.max(1, tasks.size())));
  }

  TaskBook(List<Task> tasks, TaskPrerequisites prerequisites) {
    this(tasks, prerequisites, StepScheduling.of(List.of(new StepScheduling.Step(Math.max(1, tasks.size()), 0, 1,
        org.sepyarn.formats.job.Speculation.OFF))));
  }

  TaskBook(List<Task> tasks, TaskPrerequisites prerequisites, StepScheduling steps) {
    this.tasks = List.copyOf(tasks);
    this.prerequisites = prerequisites;
    this.steps = steps;
    this.containersOfStep = new int[steps.count()];
    this.releasedWaitingOfStep = new int[steps.count()];
    this.succeededOfStep = new int[steps.count()];
    if (prerequisites.taskCount() != this.tasks.size() && !this.tasks.isEmpty()) {
      throw new IllegalArgumentException("prerequisites for " + prerequisites.taskCount() + " tasks, but the job has "
          + this.tasks.size());
    }
    for (Task task : this.tasks) {
      if (task.state() == TaskState.SUCCEEDED) {
        prerequisites.succeeded(task.index());
      }
    }
    for (int i = 0; i < this.tasks.size(); i++) {
      Task task = this.tasks.get(i);
      if (task.index() != i) {
        throw new IllegalArgumentException("task at position " + i + " has index " + task.index());
      }
      task.current().ifPresent(attempt -> bind(task));
      enter(task);
      task.watch(this);
    }
  }

  int size() {
    return tasks.size();
  }

  StepScheduling steps() {
    return steps;
  }

  /** The step of task {@code task}. */
  int stepOf(int task) {
    return steps.stepOf(task);
  }

  /** How many containers the live attempts of {@code step}'s tasks hold. */
  int containerCount(int step) {
    return containersOfStep[step];
  }

  /** How many of {@code step}'s tasks wait and are not held back. */
  int releasedWaitingCount(int step) {
    return releasedWaitingOfStep[step];
  }

  /** How many of {@code step}'s tasks succeeded. */
  int succeededCount(int step) {
    return succeededOfStep[step];
  }

  Task get(int index) {
    if (index < 0 || index >= tasks.size()) {
      throw new IllegalArgumentException("task index " + index + " is out of range: the job has tasks 0 to "
          + (tasks.size() - 1));
    }
    return tasks.get(index);
  }

  List<Task> all() {
    return tasks;
  }

  /** The task whose live attempt runs in {@code containerId}. */
  Optional<Task> holding(String containerId) {
    return Optional.ofNullable(byContainer.get(containerId));
  }

  /** Tasks that hold a container now, in index order; a copy, safe to change tasks while iterating. */
  List<Task> holdingContainers() {
    List<Task> list = new ArrayList<>(holding.size());
    holding.forEach(i -> list.add(tasks.get(i)));
    return list;
  }

  /** How many tasks hold a container now. */
  int holdingCount() {
    return holding.size();
  }

  /** Records the containers of every live attempt of {@code task}. */
  void bind(Task task) {
    for (Attempt attempt : task.liveAttempts()) {
      String containerId = attempt.containerId();
      Task other = byContainer.putIfAbsent(containerId, task);
      if (other == null) {
        containersOfStep[stepOf(task.index())]++;
      }
      if (other != null && other != task) {
        throw new IllegalStateException("container " + containerId + " already runs task " + other.index()
            + ", cannot also run task " + task.index());
      }
    }
  }

  /** How many containers the live attempts hold (a task racing a speculative attempt holds two). */
  int containerCount() {
    return byContainer.size();
  }

  void unbind(String containerId) {
    Task task = byContainer.remove(containerId);
    if (task != null) {
      containersOfStep[stepOf(task.index())]--;
    }
  }

  /** Tells {@code watcher} of every state change too, after the book has taken it in. */
  void alsoTell(Task.Watcher watcher) {
    this.also = watcher;
  }

  /** Tells {@code listener} of each waiting task the success of its last prerequisite releases. */
  void onRelease(java.util.function.IntConsumer listener) {
    this.released = listener;
  }

  /** Tells {@code listener} of each waiting task held back again because a piece it reads is lost. */
  void onHold(java.util.function.IntConsumer listener) {
    this.held = listener;
  }

  /** Whether {@code task}'s prerequisites have all succeeded. */
  boolean released(int task) {
    return prerequisites.ready(task);
  }

  /** How many waiting tasks may be given a container now: waiting and not held back. */
  int releasedWaitingCount() {
    return counts[TaskState.WAITING.ordinal()] - heldBack.size();
  }

  /** The waiting tasks that may run, in order: those that never failed, then those that did. */
  IndexSet waitingIndexes() {
    IndexSet all = new IndexSet(waitingFresh);
    all.addAll(waitingFailed);
    return all;
  }

  /**
   * The waiting task {@code container} should run: the lowest-numbered one that prefers its host,
   * then its rack, and has not failed on its node; else as {@link #pickWaitingFor(String)}. Costs a
   * look at the first task preferring the host (and the rack), plus those of them that failed on
   * the node.
   */
  Optional<Task> pickWaitingFor(Allocated container) {
    return pickWaitingFor(container, step -> true);
  }

  /**
   * As {@link #pickWaitingFor(Allocated)}, among the tasks of the steps {@code open} accepts: the
   * tasks of a closed step are skipped as a range, at the cost of a look per step.
   */
  Optional<Task> pickWaitingFor(Allocated container, IntPredicate open) {
    Optional<Task> local = firstNotFailedOn(waitingByHost.get(container.host()), container.node(), open);
    if (local.isEmpty() && container.rack() != null) {
      local = firstNotFailedOn(waitingByRack.get(container.rack()), container.node(), open);
    }
    return local.isPresent() ? local : pickWaitingFor(container.node(), open);
  }

  private Optional<Task> firstNotFailedOn(IndexSet candidates, String node, IntPredicate open) {
    if (candidates != null) {
      for (int i = firstOpen(candidates, 0, open); i >= 0; i = firstOpen(candidates, i + 1, open)) {
        if (!tasks.get(i).failedOn(node)) {
          return Optional.of(tasks.get(i));
        }
      }
    }
    return Optional.empty();
  }

  /** The lowest index of {@code set} at or above {@code from} whose step is open, or -1. */
  private int firstOpen(IndexSet set, int from, IntPredicate open) {
    for (int i = set.next(from); i >= 0; ) {
      int step = steps.stepOf(i);
      if (open.test(step)) {
        return i;
      }
      i = steps.end(step) >= tasks.size() ? -1 : set.next(steps.end(step));
    }
    return -1;
  }

  /**
   * The waiting task a container on {@code node} should run, locality aside: the lowest-numbered
   * one that has not failed on that node, else the lowest-numbered one. Costs a look at the first
   * task that never failed plus, at most, the waiting tasks that failed before it.
   */
  Optional<Task> pickWaitingFor(String node) {
    return pickWaitingFor(node, step -> true);
  }

  /** As {@link #pickWaitingFor(String)}, among the tasks of the steps {@code open} accepts. */
  Optional<Task> pickWaitingFor(String node, IntPredicate open) {
    int fresh = firstOpen(waitingFresh, 0, open);
    for (int i = firstOpen(waitingFailed, 0, open); i >= 0; i = firstOpen(waitingFailed, i + 1, open)) {
      if (fresh >= 0 && i > fresh) {
        break;
      }
      if (!tasks.get(i).failedOn(node)) {
        return Optional.of(tasks.get(i));
      }
    }
    if (fresh >= 0) {
      return Optional.of(tasks.get(fresh));
    }
    int failed = firstOpen(waitingFailed, 0, open);
    return failed < 0 ? Optional.empty() : Optional.of(tasks.get(failed));
  }

  int count(TaskState state) {
    return counts[state.ordinal()];
  }

  /** The lowest-numbered task that used up its attempts. */
  Optional<Task> firstFailed() {
    return failed.isEmpty() ? Optional.empty() : Optional.of(tasks.get(failed.first()));
  }

  @Override
  public void moved(Task task, TaskState from) {
    leave(task, from);
    enter(task);
    also.moved(task, from);
    if (from == TaskState.SUCCEEDED) {
      for (int again : prerequisites.lost(task.index())) {
        Task reader = tasks.get(again);
        if (reader.state() == TaskState.WAITING && !heldBack.contains(again)) {
          leave(reader, TaskState.WAITING);
          counts[TaskState.WAITING.ordinal()]++;
          heldBack.add(again);
          held.accept(again);
        }
      }
    }
    if (task.state() == TaskState.SUCCEEDED) {
      for (int ready : prerequisites.succeeded(task.index())) {
        Task waiting = tasks.get(ready);
        if (waiting.state() == TaskState.WAITING && heldBack.remove(ready)) {
          preferWriterNode(waiting);
          enterWaiting(waiting);
          released.accept(ready);
        }
      }
    }
  }

  private void enter(Task task) {
    TaskState state = task.state();
    counts[state.ordinal()]++;
    if (state == TaskState.SUCCEEDED) {
      succeededOfStep[stepOf(task.index())]++;
    }
    if (state == TaskState.WAITING && !prerequisites.ready(task.index())) {
      heldBack.add(task.index());
      return;
    }
    if (state == TaskState.WAITING) {
      enterWaiting(task);
      return;
    }
    indexOf(task, state).ifPresent(set -> set.add(task.index()));
  }

  /** A task released by the piece it reads whole would rather run on the node that wrote it. */
  private void preferWriterNode(Task reader) {
    int writer = prerequisites.localWriter(reader.index());
    if (writer >= 0 && reader.preference().isNone()) {
      tasks.get(writer).lastEnded().ifPresent(a -> reader.prefer(TaskPreference.of(
          List.of(Allocated.hostOf(a.node())), List.of())));
    }
  }

  /** Indexes a waiting task that may run: in order, and by the hosts and racks it prefers. */
  private void enterWaiting(Task task) {
    indexOf(task, TaskState.WAITING).ifPresent(set -> set.add(task.index()));
    releasedWaitingOfStep[stepOf(task.index())]++;
    TaskPreference p = task.preference();
    p.hosts().forEach(h -> waitingByHost.computeIfAbsent(h, k -> new IndexSet()).add(task.index()));
    p.racks().forEach(r -> waitingByRack.computeIfAbsent(r, k -> new IndexSet()).add(task.index()));
  }

  private void leave(Task task, TaskState from) {
    counts[from.ordinal()]--;
    int index = task.index();
    if (from == TaskState.SUCCEEDED) {
      succeededOfStep[stepOf(index)]--;
    }
    switch (from) {
      case WAITING -> {
        if (heldBack.remove(index)) {
          return;
        }
        releasedWaitingOfStep[stepOf(index)]--;
        waitingFresh.remove(index);
        waitingFailed.remove(index);
        TaskPreference p = task.preference();
        p.hosts().forEach(h -> removeFrom(waitingByHost, h, index));
        p.racks().forEach(r -> removeFrom(waitingByRack, r, index));
      }
      default -> indexOf(task, from).ifPresent(set -> set.remove(index));
    }
  }

  private static void removeFrom(Map<String, IndexSet> index, String key, int task) {
    IndexSet set = index.get(key);
    if (set != null) {
      set.remove(task);
      if (set.isEmpty()) {
        index.remove(key);
      }
    }
  }

  private Optional<IndexSet> indexOf(Task task, TaskState state) {
    if (state == TaskState.WAITING) {
      return Optional.of(task.chargedFailures() == 0 ? waitingFresh : waitingFailed);
    }
    if (state.holdsContainer()) {
      return Optional.of(holding);
    }
    return state == TaskState.FAILED ? Optional.of(failed) : Optional.empty();
  }
}
