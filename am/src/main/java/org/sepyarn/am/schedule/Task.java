package org.sepyarn.am.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One task's mutable state inside the scheduler: its state, its ended attempts and the attempts now
 * holding a container, each with its progress and last sign of life. A running task holds one
 * attempt, or two while a speculative attempt races the first. Every state change goes through
 * {@link TaskState#checkMove} and comes back as a {@link TaskTransition} to publish; a speculative
 * attempt's start, and the end of one of two live attempts, are moves from RUNNING to RUNNING.
 */
final class Task {

  /** Hears every state change of a task, after the task has taken it in completely. */
  interface Watcher {
    void moved(Task task, TaskState from);
  }

  /** An attempt holding a container, with what its runner last said. */
  private static final class Live {
    final Attempt attempt;
    double progress;
    long lastSignOfLifeAt;
    /** Whether the attempt's runner has sent a heartbeat to this ApplicationMaster attempt. */
    boolean heardFromRunner;
    /** The sequence number of the last runner message taken for the attempt; 0 before any. */
    long lastSequence;

    Live(Attempt attempt, long now) {
      this.attempt = attempt;
      this.lastSignOfLifeAt = now;
    }
  }

  private static final Watcher NOBODY = (task, from) -> { };

  private final int index;
  // Made on first use: most of a large job's tasks never fail, and a million tasks each holding an
  // empty set would cost the ApplicationMaster tens of megabytes.
  private List<Attempt> endedAttempts = List.of();
  private Set<String> chargedNodes = Set.of();
  /** The attempts holding a container, the first launched first: at most two. */
  private final List<Live> live = new ArrayList<>(1);
  private int chargedFailures;
  private Watcher watcher = NOBODY;
  private TaskState state = TaskState.WAITING;
  private TaskPreference preference = TaskPreference.NONE;

  Task(int index) {
    this.index = index;
  }

  /** The attempts this task may use, when its own (a flow step's {@code maxAttempts}); 0 for the policy's. */
  private int ownMaxAttempts;

  /** Gives the task a limit of attempts of its own, instead of the job's. */
  void allowAttempts(int maxAttempts) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("task " + index + " may make " + maxAttempts + " attempts: at least 1");
    }
    this.ownMaxAttempts = maxAttempts;
  }

  /** Each attempt's wall-clock limit of its own (a flow step's {@code taskTimeout}, empty: none); null for the policy's. */
  private Optional<Duration> ownTimeLimit;

  /** Gives the task a wall-clock limit per attempt of its own, instead of the job's; empty for none. */
  void limitTime(Optional<Duration> limit) {
    this.ownTimeLimit = java.util.Objects.requireNonNull(limit, "limit");
  }

  /** Each attempt's wall-clock limit: the task's own, else {@code policyLimit}. */
  Optional<Duration> timeLimit(Optional<Duration> policyLimit) {
    return ownTimeLimit != null ? ownTimeLimit : policyLimit;
  }

  /** The attempts the task may use: its own limit, else {@code policyLimit}. */
  int maxAttempts(int policyLimit) {
    return ownMaxAttempts > 0 ? ownMaxAttempts : policyLimit;
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
   * container has its last attempt, or its last two, still going; any other task has all its
   * attempts ended.
   */
  static Task restore(int index, TaskState state, List<Attempt> attempts, long now) {
    Task task = new Task(index);
    task.state = state;
    for (int i = 0; i < attempts.size(); i++) {
      Attempt attempt = attempts.get(i);
      boolean amongLastTwo = i >= attempts.size() - 2;
      if (attempt.hasEnded()) {
        task.addEnded(attempt);
      } else if (state.holdsContainer() && amongLastTwo && (task.live.isEmpty() || state == TaskState.RUNNING)) {
        task.live.add(new Live(attempt, now));
      } else {
        throw new IllegalArgumentException("task " + index + " is " + state + " but its " + attempt
            + " never ended in the journal");
      }
    }
    if (state.holdsContainer() && task.live.isEmpty()) {
      throw new IllegalArgumentException("task " + index + " is " + state
          + " but the journal has no running attempt as its last one: " + attempts);
    }
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

  /** The first attempt holding a container, while the task is assigned or running. */
  Optional<Attempt> current() {
    return live.isEmpty() ? Optional.empty() : Optional.of(live.get(0).attempt);
  }

  /** The attempts holding a container, the first launched first: none, one, or two while one is speculative. */
  List<Attempt> liveAttempts() {
    return live.size() == 1 ? List.of(live.get(0).attempt) : live.stream().map(l -> l.attempt).toList();
  }

  /** Whether a speculative attempt races the first one. */
  boolean isSpeculating() {
    return live.size() > 1;
  }

  /** The live attempt in {@code containerId}, if one is there. */
  Optional<Attempt> attemptIn(String containerId) {
    return liveIn(containerId).map(l -> l.attempt);
  }

  private Optional<Live> liveIn(String containerId) {
    for (Live l : live) {
      if (l.attempt.containerId().equals(containerId)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  private Live requireLiveIn(String containerId) {
    return liveIn(containerId).orElseThrow(() -> new IllegalStateException("task " + index + " has no live attempt"
        + " in container " + containerId + "; its live attempts: " + liveAttempts()));
  }

  /** Every attempt in order of number, the live ones last. */
  List<Attempt> attempts() {
    List<Attempt> all = new ArrayList<>(endedAttempts);
    live.forEach(l -> all.add(l.attempt));
    all.sort(java.util.Comparator.comparingInt(Attempt::number));
    return List.copyOf(all);
  }

  /** The highest-numbered attempt: the newest live one, else the last that ended. */
  Optional<Attempt> lastAttempt() {
    if (!live.isEmpty()) {
      return Optional.of(live.get(live.size() - 1).attempt);
    }
    return lastEnded();
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

  /** On how many nodes attempts of this task failed through failures charged to it. */
  int failedNodeCount() {
    return chargedNodes.size();
  }

  /** 1 when succeeded; while running, the furthest its live attempts report; 0 otherwise. */
  double progress() {
    return switch (state) {
      case SUCCEEDED -> 1.0;
      case RUNNING -> live.stream().mapToDouble(l -> l.progress).max().orElse(0);
      default -> 0.0;
    };
  }

  /** The progress the live attempt in {@code containerId} last reported. */
  double progressOf(String containerId) {
    return requireLiveIn(containerId).progress;
  }

  /** When the first live attempt last showed a sign of life. */
  long lastSignOfLifeAt() {
    return live.isEmpty() ? 0 : live.get(0).lastSignOfLifeAt;
  }

  /** When the live attempt in {@code containerId} was launched, last beat, or was adopted. */
  long lastSignOfLifeAt(String containerId) {
    return requireLiveIn(containerId).lastSignOfLifeAt;
  }

  /** Whether the first live attempt's runner has spoken since its launch (or since this AM attempt adopted it). */
  boolean heardFromRunner() {
    return !live.isEmpty() && live.get(0).heardFromRunner;
  }

  /** Whether the runner in {@code containerId} has spoken since its launch or adoption. */
  boolean heardFromRunner(String containerId) {
    return requireLiveIn(containerId).heardFromRunner;
  }

  /** The sequence number of the last runner message taken for the live attempt in {@code containerId}; 0 before any. */
  long lastSequence(String containerId) {
    return requireLiveIn(containerId).lastSequence;
  }

  /** The runner's message {@code sequence} was taken for the live attempt in {@code containerId}. */
  void heardSequence(String containerId, long sequence) {
    requireLiveIn(containerId).lastSequence = sequence;
  }

  /** WAITING to ASSIGNED: a new attempt in {@code container}, launched at {@code now}. */
  TaskTransition assign(Allocated container, long now) {
    state.checkMove(index, TaskState.ASSIGNED);
    if (!live.isEmpty()) {
      throw new IllegalStateException("task " + index + " already holds " + liveAttempts());
    }
    Attempt attempt = newAttempt(container, now);
    TaskTransition transition = move(TaskState.ASSIGNED, attempt, now);
    live.add(new Live(attempt, now));
    watcher.moved(this, transition.from());
    return transition;
  }

  /**
   * RUNNING to RUNNING: a speculative attempt in {@code container}, launched at {@code now} beside
   * the running one.
   */
  TaskTransition speculate(Allocated container, long now) {
    if (state != TaskState.RUNNING || live.size() != 1) {
      throw new IllegalStateException("task " + index + " is " + state + " with " + liveAttempts()
          + ": only a running task with one live attempt gets a speculative one");
    }
    if (live.get(0).attempt.node().equals(container.node())) {
      throw new IllegalStateException("task " + index + "'s speculative attempt must run on another node than "
          + container.node() + ", where its first attempt runs");
    }
    Attempt attempt = newAttempt(container, now);
    TaskTransition transition = move(TaskState.RUNNING, attempt, now);
    live.add(new Live(attempt, now));
    watcher.moved(this, transition.from());
    return transition;
  }

  private Attempt newAttempt(Allocated container, long now) {
    int number = lastAttempt().map(Attempt::number).orElse(0) + 1;
    return Attempt.started(number, container.containerId(), container.node(), now,
        preference.localityOf(container.host(), container.rack()));
  }

  /** ASSIGNED to RUNNING: the container started or its runner spoke. */
  TaskTransition markRunning(long now) {
    TaskTransition transition = move(TaskState.RUNNING, live.isEmpty() ? null : live.get(0).attempt, now);
    live.get(0).lastSignOfLifeAt = now;
    watcher.moved(this, transition.from());
    return transition;
  }

  /** The runner of the first live attempt is alive and reports {@code fraction} done. */
  void heartbeat(double fraction, long now) {
    heartbeat(live.get(0).attempt.containerId(), fraction, now);
  }

  /**
   * The runner in {@code containerId} is alive and reports {@code fraction} done (clamped to 0..1;
   * NaN counts as 0).
   */
  void heartbeat(String containerId, double fraction, long now) {
    Live l = requireLiveIn(containerId);
    l.progress = Double.isNaN(fraction) ? 0 : Math.min(1, Math.max(0, fraction));
    l.lastSignOfLifeAt = Math.max(l.lastSignOfLifeAt, now);
    l.heardFromRunner = true;
  }

  /** Ends the first live attempt, as {@link #endAttempt(String, ExitReason, String, long, int)}. */
  TaskTransition endAttempt(ExitReason reason, String diagnostics, long now, int maxAttempts) {
    if (live.isEmpty()) {
      throw new IllegalStateException("task " + index + " is " + state + " and has no attempt to end as " + reason);
    }
    return endAttempt(live.get(0).attempt.containerId(), reason, diagnostics, now, maxAttempts);
  }

  /**
   * Ends the live attempt in {@code containerId}. While another attempt lives the task keeps
   * running in it (a success must end the other first); otherwise the task becomes SUCCEEDED on
   * success, FAILED once the charged failures reach {@code maxAttempts}, WAITING else.
   */
  TaskTransition endAttempt(String containerId, ExitReason reason, String diagnostics, long now, int maxAttempts) {
    Live ending = requireLiveIn(containerId);
    boolean another = live.size() > 1;
    if (another && reason.isSuccess()) {
      throw new IllegalStateException("task " + index + " cannot succeed in " + containerId + " while "
          + liveAttempts() + " still run: end the other attempt first");
    }
    Attempt ended = ending.attempt.end(now, reason, diagnostics);
    int charged = chargedFailures + (ended.isCharged() ? 1 : 0);
    TaskState to = another ? TaskState.RUNNING : reason.isSuccess() ? TaskState.SUCCEEDED
        : charged >= maxAttempts ? TaskState.FAILED : TaskState.WAITING;
    TaskTransition transition = move(to, ended, now);
    addEnded(ended);
    live.remove(ending);
    watcher.moved(this, transition.from());
    return transition;
  }

  /**
   * SUCCEEDED to WAITING: what the task committed is lost (a flow's intermediate piece whose
   * files or blocks are gone), so it runs again; nothing is charged.
   */
  TaskTransition committedLost(long now) {
    if (state != TaskState.SUCCEEDED) {
      throw new IllegalStateException("task " + index + " is " + state + ": only a succeeded task's commit is lost");
    }
    TaskTransition transition = move(TaskState.WAITING, lastEnded().orElseThrow(), now);
    watcher.moved(this, transition.from());
    return transition;
  }

  private void addEnded(Attempt attempt) {
    if (endedAttempts.isEmpty()) {
      endedAttempts = new ArrayList<>(2);
    }
    endedAttempts.add(attempt);
    if (attempt.isCharged()) {
      chargedFailures++;
      if (chargedNodes.isEmpty()) {
        chargedNodes = new HashSet<>(2);
      }
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
