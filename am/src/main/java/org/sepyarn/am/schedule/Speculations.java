package org.sepyarn.am.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * The stragglers of every step whose {@code speculation} is on, each step judged by its own rule
 * against the durations of its own succeeded attempts ({@link Stragglers}); the tasks of a step
 * whose speculation is off never get a speculative attempt.
 */
final class Speculations {
  private final StepScheduling steps;
  /** Per step: its stragglers, or null when its speculation is off. */
  private final Stragglers[] ofStep;
  private final boolean any;

  Speculations(StepScheduling steps) {
    this.steps = steps;
    this.any = steps.anySpeculates();
    this.ofStep = new Stragglers[steps.count()];
    for (int s = 0; s < steps.count(); s++) {
      if (steps.get(s).speculation().enabled()) {
        ofStep[s] = new Stragglers(steps.get(s).speculation());
      }
    }
  }

  /** Whether any step allows speculative attempts. */
  boolean enabled() {
    return any;
  }

  /** Whether {@code step} allows speculative attempts. */
  boolean enabled(int step) {
    return ofStep[step] != null;
  }

  /** {@code task}'s {@code attempt} succeeded: its duration joins its step's median. */
  void succeeded(Task task, Attempt attempt) {
    Stragglers step = ofStep[steps.stepOf(task.index())];
    if (step != null) {
      step.succeeded(attempt);
    }
  }

  /** The median duration of {@code step}'s succeeded attempts, once there is one. */
  java.util.OptionalLong medianDuration(int step) {
    return ofStep[step] == null ? java.util.OptionalLong.empty() : ofStep[step].medianDuration();
  }

  /** Looks for stragglers in every step that allows speculation, at {@code now}. */
  void review(TaskBook tasks, OptionalInt usableNodes, long now) {
    List<List<Task>> running = new ArrayList<>(steps.count());
    for (int s = 0; s < steps.count(); s++) {
      running.add(new ArrayList<>());
    }
    for (Task task : tasks.holdingContainers()) {
      running.get(steps.stepOf(task.index())).add(task);
    }
    for (int s = 0; s < steps.count(); s++) {
      if (ofStep[s] != null) {
        ofStep[s].review(tasks, running.get(s), tasks.succeededCount(s), steps.get(s).tasks(), usableNodes, now);
      }
    }
  }

  /** The stragglers of {@code step} that still want a speculative attempt, in index order. */
  NavigableSet<Integer> wantedIndexes(int step, TaskBook tasks) {
    return ofStep[step] == null ? new TreeSet<>() : ofStep[step].wantedIndexes(tasks);
  }

  /** The straggler {@code container} should serve, of the first step {@code open} accepts that has one. */
  Optional<Task> pickFor(Allocated container, TaskBook tasks, IntPredicate open) {
    for (int s = 0; s < steps.count(); s++) {
      if (ofStep[s] != null && open.test(s)) {
        Optional<Task> task = ofStep[s].pickFor(container, tasks);
        if (task.isPresent()) {
          return task;
        }
      }
    }
    return Optional.empty();
  }
}
