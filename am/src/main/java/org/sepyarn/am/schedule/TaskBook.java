package org.sepyarn.am.schedule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All tasks of the job, in index order, and which container each live attempt holds. Chooses the
 * waiting task a new container goes to.
 */
final class TaskBook {
  private final List<Task> tasks;
  private final Map<String, Task> byContainer = new HashMap<>();

  TaskBook(List<Task> tasks) {
    this.tasks = List.copyOf(tasks);
    for (int i = 0; i < this.tasks.size(); i++) {
      Task task = this.tasks.get(i);
      if (task.index() != i) {
        throw new IllegalArgumentException("task at position " + i + " has index " + task.index());
      }
      task.current().ifPresent(attempt -> bind(task));
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
    return tasks.stream().filter(t -> t.state().holdsContainer()).toList();
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
   * failed on that node, else the lowest-numbered one.
   */
  Optional<Task> pickWaitingFor(String node) {
    Task fallback = null;
    for (Task task : tasks) {
      if (task.state() == TaskState.WAITING) {
        if (!task.failedOn(node)) {
          return Optional.of(task);
        }
        if (fallback == null) {
          fallback = task;
        }
      }
    }
    return Optional.ofNullable(fallback);
  }

  int count(TaskState state) {
    return (int) tasks.stream().filter(t -> t.state() == state).count();
  }

  Optional<Task> firstIn(TaskState state) {
    return tasks.stream().filter(t -> t.state() == state).findFirst();
  }
}
