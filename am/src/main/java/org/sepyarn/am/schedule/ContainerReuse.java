package org.sepyarn.am.schedule;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The containers that may run another task after the one they run ({@code tasksPerContainer}
 * above 1): each container this ApplicationMaster attempt launched, with how many tasks it has
 * been given. Keeps the sum of the tasks they may still take, so that the job asks YARN for only
 * as many new containers as those cannot cover.
 */
final class ContainerReuse {
  private record Used(Allocated container, int tasks) {
  }

  private final int tasksPerContainer;
  private final Map<String, Used> containers = new HashMap<>();
  private long spare;

  ContainerReuse(int tasksPerContainer) {
    if (tasksPerContainer < 1) {
      throw new IllegalArgumentException("tasksPerContainer=" + tasksPerContainer + " must be at least 1");
    }
    this.tasksPerContainer = tasksPerContainer;
  }

  /** {@code container} was given its first task. */
  void launched(Allocated container) {
    if (tasksPerContainer > 1) {
      track(container.containerId(), new Used(container, 1));
    }
  }

  /**
   * The container to give another task, when {@code containerId} is one this attempt launched and
   * has run fewer than {@code tasksPerContainer} tasks.
   */
  Optional<Allocated> mayRunAnother(String containerId) {
    Used used = containers.get(containerId);
    return used == null || used.tasks() >= tasksPerContainer ? Optional.empty() : Optional.of(used.container());
  }

  /** {@code containerId} was given another task. */
  void ranAnother(String containerId) {
    Used used = containers.get(containerId);
    if (used == null) {
      throw new IllegalStateException("container " + containerId + " is not one that runs several tasks");
    }
    track(containerId, new Used(used.container(), used.tasks() + 1));
  }

  /** {@code containerId} runs no more tasks (it completed, or is given none). */
  void forget(String containerId) {
    Used used = containers.remove(containerId);
    if (used != null) {
      spare -= tasksPerContainer - used.tasks();
    }
  }

  /** How many more tasks the tracked containers may still take, all together. */
  long spareTasks() {
    return spare;
  }

  /**
   * How many new containers {@code waiting} tasks need: those the tracked containers cannot take,
   * {@code tasksPerContainer} to a container.
   */
  int containersWanted(int waiting) {
    if (tasksPerContainer == 1) {
      return waiting;
    }
    long uncovered = Math.max(0, waiting - spare);
    return (int) ((uncovered + tasksPerContainer - 1) / tasksPerContainer);
  }

  private void track(String containerId, Used used) {
    forget(containerId);
    containers.put(containerId, used);
    spare += tasksPerContainer - used.tasks();
  }
}
