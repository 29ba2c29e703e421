package org.sepyarn.am.schedule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One task's mutable state inside the scheduler: its state, its ended attempts and the attempt now
 * holding a container, with that attempt's progress and last sign of life. Every state change goes
 * through {@link TaskState#checkMove} and comes back as a {@link TaskTransition} to publish.
 */
final class Task {

  /** Hears every state change of a task, after the task has taken it in completely. */
  interface Watcher {
    void moved(Task task, TaskState from);
  }

  private static final Watcher NOBODY = (task, from) -> { };

  private final int index;
  private final List<Attempt> endedAttempts = new ArrayList<>();
  private final Set<String> chargedNodes = new HashSet<>();
  private int chargedFailures;
  private Watcher watcher = NOBODY;
  private TaskState state = TaskState.WAITING;
  private Attempt current;
  private double progress;
  private long lastSignOfLifeAt;
  /** Whether the current attempt's runner has sent a heartbeat to this ApplicationMaster attempt. */
  private boolean heardFromRunner;
  /** The sequence number of the last runner message taken for the current attempt; 0 before any. */
  private long lastSequence;
  private TaskPreference preference = TaskPreference.NONE;

  Task(int index) {
    this.index = index;
  }

  /** Where the task would rather run; set before the task joins a {@link TaskBook}. */
  void prefer(TaskPreference p) {
    this.preference = java.util.Objects.requireNonNull(p, "preference");
  }

  TaskPreference preference() {
    return preference;
  }

  /**
   * A task as a journal left it: in {@code state}, with its attempts in order. A task holding a
   * container has its last attempt still going; any other task has all its attempts ended.
   */
  static Task restore(int index, TaskState state, List<Attempt> attempts, long now) {
    Task task = new Task(index);
    task.state = state;
    for (int i = 0; i < attempts.size(); i++) {
      Attempt attempt = attempts.get(i);
      boolean isLast = i == attempts.size() - 1;
      if (attempt.hasEnded()) {
        task.addEnded(attempt);
      } else if (state.holdsContainer() && isLast) {
        task.current = attempt;
      } else {
        throw new IllegalArgumentException("task " + index + " is " + state + " but its " + attempt
            + " never ended in the journal");
      }
    }
    if (state.holdsContainer() && task.current == null) {
      throw new IllegalArgumentException("task " + index + " is " + state
          + " but the journal has no running attempt as its last one: " + attempts);
    }
    task.lastSignOfLifeAt = now;
    return task;
  }

  int index() {
    return index;
  }

  /** Tells {@code w} of every later state change (one watcher: the {@link TaskBook}). */
  void watch(Watcher w) {
    this.watcher = w;
  }

  TaskState state() {
    return state;
  }

  /** The attempt holding a container, while the task is assigned or running. */
  Optional<Attempt> current() {
    return Optional.ofNullable(current);
  }

  /** Every attempt in order, the current one last. */
  List<Attempt> attempts() {
    List<Attempt> all = new ArrayList<>(endedAttempts);
    if (current != null) {
      all.add(current);
    }
    return List.copyOf(all);
  }

  Optional<Attempt> lastAttempt() {
    if (current != null) {
      return Optional.of(current);
    }
    return endedAttempts.isEmpty() ? Optional.empty() : Optional.of(endedAttempts.get(endedAttempts.size() - 1));
  }

  /** The last attempt that ended, if any. */
  Optional<Attempt> lastEnded() {
    return endedAttempts.isEmpty() ? Optional.empty() : Optional.of(endedAttempts.get(endedAttempts.size() - 1));
  }

  int chargedFailures() {
    return chargedFailures;
  }

  /** Whether an attempt of this task failed on {@code node} through a failure charged to the task. */
  boolean failedOn(String node) {
    return chargedNodes.contains(node);
  }

  double progress() {
    return switch (state) {
      case SUCCEEDED -> 1.0;
      case RUNNING -> progress;
      default -> 0.0;
    };
  }

  long lastSignOfLifeAt() {
    return lastSignOfLifeAt;
  }

  /** Whether the current attempt's runner has spoken since its launch (or since this AM attempt adopted it). */
  boolean heardFromRunner() {
    return heardFromRunner;
  }

  long lastSequence() {
    return lastSequence;
  }

  /** The runner's message {@code sequence} was taken for the current attempt. */
  void heardSequence(long sequence) {
    lastSequence = sequence;
  }

  /** WAITING to ASSIGNED: a new attempt in {@code container}, launched at {@code now}. */
  TaskTransition assign(Allocated container, long now) {
    int number = lastAttempt().map(Attempt::number).orElse(0) + 1;
    Attempt attempt = Attempt.started(number, container.containerId(), container.node(), now,
        preference.localityOf(container.host(), container.rack()));
    TaskTransition transition = move(TaskState.ASSIGNED, attempt, now);
    current = attempt;
    progress = 0;
    lastSignOfLifeAt = now;
    heardFromRunner = false;
    lastSequence = 0;
    watcher.moved(this, transition.from());
    return transition;
  }

  /** ASSIGNED to RUNNING: the container started or its runner spoke. */
  TaskTransition markRunning(long now) {
    TaskTransition transition = move(TaskState.RUNNING, current, now);
    lastSignOfLifeAt = now;
    watcher.moved(this, transition.from());
    return transition;
  }

  /** The runner is alive and reports {@code fraction} done (clamped to 0..1; NaN counts as 0). */
  void heartbeat(double fraction, long now) {
    progress = Double.isNaN(fraction) ? 0 : Math.min(1, Math.max(0, fraction));
    lastSignOfLifeAt = Math.max(lastSignOfLifeAt, now);
    heardFromRunner = true;
  }

  /**
   * Ends the current attempt: SUCCEEDED on success, FAILED once the charged failures reach
   * {@code maxAttempts}, WAITING otherwise.
   */
  TaskTransition endAttempt(ExitReason reason, String diagnostics, long now, int maxAttempts) {
    if (current == null) {
      throw new IllegalStateException("task " + index + " is " + state + " and has no attempt to end as " + reason);
    }
    Attempt ended = current.end(now, reason, diagnostics);
    int charged = chargedFailures + (ended.isCharged() ? 1 : 0);
    TaskState to = reason.isSuccess() ? TaskState.SUCCEEDED
        : charged >= maxAttempts ? TaskState.FAILED : TaskState.WAITING;
    TaskTransition transition = move(to, ended, now);
    addEnded(ended);
    current = null;
    watcher.moved(this, transition.from());
    return transition;
  }

  private void addEnded(Attempt attempt) {
    endedAttempts.add(attempt);
    if (attempt.isCharged()) {
      chargedFailures++;
      chargedNodes.add(attempt.node());
    }
  }

  private TaskTransition move(TaskState to, Attempt attempt, long now) {
    state.checkMove(index, to);
    if (attempt == null) {
      throw new IllegalStateException("task " + index + " cannot move from " + state + " to " + to
          + " without an attempt");
    }
    TaskTransition transition = new TaskTransition(index, state, to, attempt, now);
    state = to;
    return transition;
  }
}
