package org.sepyarn.am.schedule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The containers that may run another task after the one they run ({@code tasksPerContainer}
 * above 1): each container this ApplicationMaster attempt launched, with the step of the task it
 * was launched for and how many tasks it has been given. A container runs the tasks of that one
 * step, at most the step's {@code tasksPerContainer} of them. Keeps, per step, the sum of the tasks
 * its containers may still take, so that the job asks YARN for only as many new containers as
 * those cannot cover.
 */
final class ContainerReuse {
  private record Used(Allocated container, int step, int tasks) {
  }

  private final StepScheduling steps;
  private final Map<String, Used> containers = new HashMap<>();
  private final long[] spare;

  /** Containers of a job of one step, each running at most {@code tasksPerContainer} tasks. */
  ContainerReuse(int tasksPerContainer) {
    this(StepScheduling.of(List.of(new StepScheduling.Step(1, 0, checked(tasksPerContainer),
        org.sepyarn.formats.job.Speculation.OFF))));
  }

  ContainerReuse(StepScheduling steps) {
    this.steps = steps;
    this.spare = new long[steps.count()];
  }

  private static int checked(int tasksPerContainer) {
    if (tasksPerContainer < 1) {
      throw new IllegalArgumentException("tasksPerContainer=" + tasksPerContainer + " must be at least 1");
    }
    return tasksPerContainer;
  }

  private int perContainer(int step) {
    return steps.get(step).tasksPerContainer();
  }

  /** {@code container} was given its first task, of the only step. */
  void launched(Allocated container) {
    launched(container, 0);
  }

  /** {@code container} was given its first task, of step {@code step}. */
  void launched(Allocated container, int step) {
    if (perContainer(step) > 1) {
      track(container.containerId(), new Used(container, step, 1));
    }
  }

  /**
   * The container to give another task, when {@code containerId} is one this attempt launched and
   * has run fewer than its step's {@code tasksPerContainer} tasks.
   */
  Optional<Allocated> mayRunAnother(String containerId) {
    Used used = containers.get(containerId);
    return used == null || used.tasks() >= perContainer(used.step()) ? Optional.empty()
        : Optional.of(used.container());
  }

  /** The step whose tasks {@code containerId} runs; the container must be tracked. */
  int stepOf(String containerId) {
    Used used = containers.get(containerId);
    if (used == null) {
      throw new IllegalStateException("container " + containerId + " is not one that runs several tasks");
    }
    return used.step();
  }

  /** {@code containerId} was given another task. */
  void ranAnother(String containerId) {
    Used used = containers.get(containerId);
    if (used == null) {
      throw new IllegalStateException("container " + containerId + " is not one that runs several tasks");
    }
    track(containerId, new Used(used.container(), used.step(), used.tasks() + 1));
  }

  /** {@code containerId} runs no more tasks (it completed, or is given none). */
  void forget(String containerId) {
    Used used = containers.remove(containerId);
    if (used != null) {
      spare[used.step()] -= perContainer(used.step()) - used.tasks();
    }
  }

  /** How many more tasks the tracked containers may still take, all together. */
  long spareTasks() {
    long all = 0;
    for (long s : spare) {
      all += s;
    }
    return all;
  }

  /** How many new containers {@code waiting} tasks of the only step need. */
  int containersWanted(int waiting) {
    return containersWanted(0, waiting);
  }

  /**
   * How many new containers {@code waiting} tasks of {@code step} need: those the step's tracked
   * containers cannot take, the step's {@code tasksPerContainer} to a container.
   */
  int containersWanted(int step, int waiting) {
    int perContainer = perContainer(step);
    if (perContainer == 1) {
      return waiting;
    }
    long uncovered = Math.max(0, waiting - spare[step]);
    return (int) ((uncovered + perContainer - 1) / perContainer);
  }

  private void track(String containerId, Used used) {
    forget(containerId);
    containers.put(containerId, used);
    spare[used.step()] += perContainer(used.step()) - used.tasks();
  }
}
