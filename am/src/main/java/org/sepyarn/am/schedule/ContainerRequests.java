package org.sepyarn.am.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The container requests the driver has outstanding with YARN, one per waiting task (as many as
 * {@code maxRunning} leaves room for, the job's and each step's: the requests are counted per
 * step), each carrying its task's preferred hosts and racks. Keeps
 * their number equal to the number wanted: allocated containers satisfy requests, which are then
 * removed, and the rest is topped up or cut back. Removing satisfied requests matters: otherwise
 * YARN's client asks for them again and the job is over-allocated (SPARK-2687, FLINK-10848).
 *
 * <p>A container on a host satisfies the request of the lowest-numbered task preferring that host,
 * else that rack, else the lowest-numbered request: the request YARN most likely granted, and the
 * task the {@link TaskBook} will most likely give the container to. A request whose task got a
 * container through another request is removed, unless it can stand for the next task to request
 * with the same preference. Stragglers' speculative attempts have requests of their own, without
 * preference, satisfied by the containers left over. Every step costs O(log n) per request touched, from indexes: the
 * requested tasks in order and by each preferred host and rack, and the waiting tasks without a
 * request in order.
 */
final class ContainerRequests implements Task.Watcher {
  private final TaskBook tasks;
  private final NavigableMap<Integer, ContainerAsk> byTask = new TreeMap<>();
  private final Map<String, IndexSet> byHost = new HashMap<>();
  private final Map<String, IndexSet> byRack = new HashMap<>();
  /** Waiting tasks without a request, in order. */
  private final IndexSet unrequested;
  /** Requested tasks that no longer wait: their requests go at the next reconcile. */
  private final IndexSet orphans = new IndexSet();
  /** Requests for stragglers' speculative attempts, by task: anywhere, no preference. */
  private final NavigableMap<Integer, ContainerAsk> speculative = new TreeMap<>();
  private long nextId;
  /** Per step: how many of its tasks have a request, orphans included. */
  private final int[] requestedOfStep;

  ContainerRequests(TaskBook tasks) {
    this.tasks = tasks;
    this.requestedOfStep = new int[tasks.steps().count()];
    this.unrequested = tasks.waitingIndexes();
    tasks.alsoTell(this);
    tasks.onRelease(this::released);
    tasks.onHold(this::heldBack);
  }

  /** A waiting task held back again is asked no container: its request, if any, goes at the next reconcile. */
  private void heldBack(int task) {
    if (!unrequested.remove(task) && byTask.containsKey(task)) {
      orphans.add(task);
    }
  }

  /** A waiting task held back by its prerequisites may now be asked a container for. */
  private void released(int task) {
    if (!byTask.containsKey(task) && !orphans.contains(task)) {
      unrequested.add(task);
    }
  }

  /** How many requests are outstanding, for waiting tasks and for speculative attempts. */
  int outstanding() {
    return byTask.size() + speculative.size();
  }

  /** {@code containers} arrived: as many outstanding requests are satisfied and removed. */
  void satisfiedBy(List<Allocated> containers, SchedulerActions actions) {
    List<ContainerAsk> satisfied = new ArrayList<>();
    for (Allocated c : containers) {
      if (byTask.isEmpty()) {
        if (speculative.isEmpty()) {
          break;
        }
        satisfied.add(speculative.pollFirstEntry().getValue());
        continue;
      }
      Integer task = first(byHost.get(c.host()));
      if (task == null && c.rack() != null) {
        task = first(byRack.get(c.rack()));
      }
      if (task == null) {
        task = byTask.firstKey();
      }
      satisfied.add(untrack(task));
    }
    if (!satisfied.isEmpty()) {
      actions.removeRequests(satisfied);
    }
  }

  /**
   * Brings the outstanding requests of each step {@code s} to {@code wanted[s]}, each for a waiting
   * task of the step: the step's lowest-numbered tasks get requests, and its highest-numbered lose
   * them first.
   */
  void reconcile(int[] wanted, SchedulerActions actions) {
    StepScheduling steps = tasks.steps();
    if (wanted.length != steps.count()) {
      throw new IllegalArgumentException(wanted.length + " counts of requests wanted for " + steps.count() + " steps");
    }
    List<ContainerAsk> removed = new ArrayList<>();
    List<ContainerAsk> freed = new ArrayList<>(orphans.size());
    List<Integer> gone = new ArrayList<>(orphans.size());
    orphans.forEach(gone::add);
    orphans.clear();
    for (Integer orphan : gone) {
      freed.add(untrack(orphan));
    }
    for (ContainerAsk ask : freed) {
      Integer next = unrequested.isEmpty() ? null : (Integer) unrequested.first();
      if (next != null && requestedOfStep[steps.stepOf(next)] < wanted[steps.stepOf(next)]
          && tasks.get(next).preference().equals(ask.preference())) {
        unrequested.remove(next);
        track(new ContainerAsk(ask.id(), next, ask.preference()));
      } else {
        removed.add(ask);
      }
    }
    List<ContainerAsk> added = new ArrayList<>();
    for (int step = 0; step < steps.count(); step++) {
      while (requestedOfStep[step] > wanted[step]) {
        removed.add(untrack(byTask.lowerKey(steps.end(step))));
      }
      while (requestedOfStep[step] < wanted[step]) {
        int task = unrequested.next(steps.first(step));
        if (task < 0 || task >= steps.end(step)) {
          break;
        }
        unrequested.remove(task);
        ContainerAsk ask = new ContainerAsk(nextId++, task, tasks.get(task).preference());
        track(ask);
        added.add(ask);
      }
    }
    if (!removed.isEmpty()) {
      actions.removeRequests(removed);
    }
    if (!added.isEmpty()) {
      actions.requestContainers(added);
    }
  }

  /**
   * Keeps one request, without preference, for each straggler in {@code stragglers} (as many of
   * them as {@code room} allows, lowest-numbered first) and none for any other task.
   */
  void reconcileSpeculative(NavigableSet<Integer> stragglers, int room, SchedulerActions actions) {
    NavigableSet<Integer> keep = new TreeSet<>();
    for (Integer task : stragglers) {
      if (keep.size() >= room) {
        break;
      }
      keep.add(task);
    }
    List<ContainerAsk> removed = new ArrayList<>();
    speculative.entrySet().removeIf(e -> !keep.contains(e.getKey()) && removed.add(e.getValue()));
    List<ContainerAsk> added = new ArrayList<>();
    for (Integer task : keep) {
      if (!speculative.containsKey(task)) {
        ContainerAsk ask = new ContainerAsk(nextId++, task, TaskPreference.NONE);
        speculative.put(task, ask);
        added.add(ask);
      }
    }
    if (!removed.isEmpty()) {
      actions.removeRequests(removed);
    }
    if (!added.isEmpty()) {
      actions.requestContainers(added);
    }
  }

  @Override
  public void moved(Task task, TaskState from) {
    Integer index = task.index();
    if (from == TaskState.WAITING) {
      if (!unrequested.remove(index) && byTask.containsKey(index)) {
        orphans.add(index);
      }
    } else if (task.state() == TaskState.WAITING && tasks.released(index) && !orphans.remove(index)
        && !byTask.containsKey(index)) {
      unrequested.add(index);
    }
  }

  private void track(ContainerAsk ask) {
    Integer task = ask.taskIndex();
    byTask.put(task, ask);
    requestedOfStep[tasks.stepOf(task)]++;
    ask.preference().hosts().forEach(h -> byHost.computeIfAbsent(h, k -> new IndexSet()).add(task));
    ask.preference().racks().forEach(r -> byRack.computeIfAbsent(r, k -> new IndexSet()).add(task));
  }

  /** Forgets the request of {@code task}; a task that still waits is now without one. */
  private ContainerAsk untrack(Integer task) {
    ContainerAsk ask = byTask.remove(task);
    requestedOfStep[tasks.stepOf(task)]--;
    ask.preference().hosts().forEach(h -> removeFrom(byHost, h, task));
    ask.preference().racks().forEach(r -> removeFrom(byRack, r, task));
    orphans.remove(task);
    if (tasks.get(task).state() == TaskState.WAITING && tasks.released(task)) {
      unrequested.add(task);
    }
    return ask;
  }

  private static Integer first(IndexSet set) {
    return set == null || set.isEmpty() ? null : set.first();
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
}
