package org.sepyarn.am.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * All tasks of the job, in index order, and which container each live attempt holds. Chooses the
 * waiting task a new container goes to.
 *
 * <p>Every question the scheduler asks per event is answered from indexes the book keeps up to date
 * as tasks move (it watches each {@link Task}), never by scanning all tasks: the waiting tasks in
 * index order, split into those that never failed (any node suits them) and those that did (whose
 * failed nodes must be checked); the tasks holding a container; the count of tasks in each state;
 * and container to task.
 */
final class TaskBook implements Task.Watcher {
  private final List<Task> tasks;
  private final Map<String, Task> byContainer = new HashMap<>();
  private final int[] counts = new int[TaskState.values().length];
  private final NavigableSet<Integer> waitingFresh = new TreeSet<>();
  private final NavigableSet<Integer> waitingFailed = new TreeSet<>();
  private final NavigableSet<Integer> holding = new TreeSet<>();
  private final NavigableSet<Integer> failed = new TreeSet<>();

  TaskBook(List<Task> tasks) {
    this.tasks = List.copyOf(tasks);
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

  void bind(Task task) {
    String containerId = task.current().orElseThrow().containerId();
    Task other = byContainer.putIfAbsent(containerId, task);
    if (other != null && other != task) {
      throw new IllegalStateException("container " + containerId + " already runs task " + other.index()
          + ", cannot also run task " + task.index());
    }
  }

  void unbind(String containerId) {
    byContainer.remove(containerId);
  }

  /**
   * The waiting task a container on {@code node} should run: the lowest-numbered one that has not
   * failed on that node, else the lowest-numbered one. Costs a look at the first task that never
   * failed plus, at most, the waiting tasks that failed before it.
   */
  Optional<Task> pickWaitingFor(String node) {
    Integer fresh = waitingFresh.isEmpty() ? null : waitingFresh.first();
    for (Integer i : waitingFailed) {
      if (fresh != null && i > fresh) {
        break;
      }
      if (!tasks.get(i).failedOn(node)) {
        return Optional.of(tasks.get(i));
      }
    }
    if (fresh != null) {
      return Optional.of(tasks.get(fresh));
    }
    return waitingFailed.isEmpty() ? Optional.empty() : Optional.of(tasks.get(waitingFailed.first()));
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
  }

  private void enter(Task task) {
    TaskState state = task.state();
    counts[state.ordinal()]++;
    indexOf(task, state).ifPresent(set -> set.add(task.index()));
  }

  private void leave(Task task, TaskState from) {
    counts[from.ordinal()]--;
    Integer index = task.index();
    switch (from) {
      case WAITING -> {
        waitingFresh.remove(index);
        waitingFailed.remove(index);
      }
      default -> indexOf(task, from).ifPresent(set -> set.remove(index));
    }
  }

  private Optional<NavigableSet<Integer>> indexOf(Task task, TaskState state) {
    if (state == TaskState.WAITING) {
      return Optional.of(task.chargedFailures() == 0 ? waitingFresh : waitingFailed);
    }
    if (state.holdsContainer()) {
      return Optional.of(holding);
    }
    return state == TaskState.FAILED ? Optional.of(failed) : Optional.empty();
  }
}
