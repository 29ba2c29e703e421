package org.sepyarn.am.schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records every decision of the scheduler in order. Like YARN's client, it refuses to remove more
 * container requests than are outstanding.
 */
final class RecordingActions implements SchedulerActions {

  sealed interface Decision {
  }

  record Requested(int count) implements Decision {
  }

  record Removed(int count) implements Decision {
  }

  record Launched(String containerId, int taskIndex, int attemptNumber) implements Decision {
  }

  record Released(String containerId) implements Decision {
  }

  record Continued(String containerId, int taskIndex, int attemptNumber) implements Decision {
  }

  record Killed(String containerId, ExitReason reason) implements Decision {
  }

  record Excluded(Set<String> add, Set<String> remove) implements Decision {
  }

  record StateChanged(TaskTransition transition) implements Decision {
  }

  record AllSucceeded() implements Decision {
  }

  record Failed(JobFailure failure) implements Decision {
  }

  private final List<Decision> decisions = new ArrayList<>();
  private final Map<Long, ContainerAsk> outstanding = new LinkedHashMap<>();
  private final List<ContainerAsk> asked = new ArrayList<>();
  /** Every transition ever published, as a journal would hold them; {@link #clear()} keeps them. */
  private final List<TaskTransition> journal = new ArrayList<>();

  @Override
  public void requestContainers(List<ContainerAsk> asks) {
    if (asks.isEmpty()) {
      throw new AssertionError("requested no containers");
    }
    for (ContainerAsk ask : asks) {
      if (outstanding.put(ask.id(), ask) != null) {
        throw new AssertionError("request " + ask.id() + " made twice");
      }
    }
    asked.addAll(asks);
    decisions.add(new Requested(asks.size()));
  }

  @Override
  public void removeRequests(List<ContainerAsk> asks) {
    if (asks.isEmpty()) {
      throw new AssertionError("removed no requests");
    }
    for (ContainerAsk ask : asks) {
      if (outstanding.remove(ask.id()) == null) {
        throw new AssertionError("removed request " + ask.id() + ", which is not outstanding: " + outstanding.keySet());
      }
    }
    decisions.add(new Removed(asks.size()));
  }

  @Override
  public void launch(String containerId, int taskIndex, int attemptNumber) {
    decisions.add(new Launched(containerId, taskIndex, attemptNumber));
  }

  @Override
  public void continueIn(String containerId, int taskIndex, int attemptNumber) {
    decisions.add(new Continued(containerId, taskIndex, attemptNumber));
  }

  @Override
  public void release(String containerId) {
    decisions.add(new Released(containerId));
  }

  @Override
  public void kill(String containerId, ExitReason reason) {
    decisions.add(new Killed(containerId, reason));
  }

  @Override
  public void excludeNodes(Set<String> add, Set<String> remove) {
    decisions.add(new Excluded(Set.copyOf(add), Set.copyOf(remove)));
  }

  @Override
  public void taskStateChanged(TaskTransition transition) {
    journal.add(transition);
    decisions.add(new StateChanged(transition));
  }

  @Override
  public void allTasksSucceeded() {
    decisions.add(new AllSucceeded());
  }

  @Override
  public void jobFailed(JobFailure failure) {
    decisions.add(new Failed(failure));
  }

  List<Decision> decisions() {
    return List.copyOf(decisions);
  }

  <T extends Decision> List<T> all(Class<T> type) {
    return decisions.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Requests added less requests removed: what YARN still owes the job. */
  int outstandingRequests() {
    return outstanding.size();
  }

  /** The requests outstanding now, oldest first. */
  List<ContainerAsk> outstandingAsks() {
    return List.copyOf(outstanding.values());
  }

  /** Every request ever made, in order. */
  List<ContainerAsk> asked() {
    return List.copyOf(asked);
  }

  List<TaskTransition> transitions() {
    return all(StateChanged.class).stream().map(StateChanged::transition).toList();
  }

  List<TaskTransition> transitionsOf(int taskIndex) {
    return transitions().stream().filter(t -> t.taskIndex() == taskIndex).toList();
  }

  List<String> released() {
    return all(Released.class).stream().map(Released::containerId).toList();
  }

  Optional<JobFailure> failure() {
    List<Failed> failed = all(Failed.class);
    if (failed.size() > 1) {
      throw new AssertionError("the job failed " + failed.size() + " times");
    }
    return failed.stream().map(Failed::failure).findFirst();
  }

  int successes() {
    return all(AllSucceeded.class).size();
  }

  /** Every transition published since the start, cleared or not. */
  List<TaskTransition> journal() {
    return List.copyOf(journal);
  }

  /** Forgets the decisions so far (the outstanding count stays). */
  void clear() {
    decisions.clear();
  }
}
