package org.sepyarn.am.schedule;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only picture of the whole job at one moment: its state, every task, how many tasks are in
 * each state and the overall progress, (succeeded + sum of running tasks' progress) / tasks.
 */
public record JobSnapshot(JobState state, List<TaskView> tasks, Map<TaskState, Integer> countsByState,
    double progress) {

  public JobSnapshot {
    tasks = List.copyOf(tasks);
    Map<TaskState, Integer> counts = new EnumMap<>(TaskState.class);
    counts.putAll(countsByState);
    countsByState = Collections.unmodifiableMap(counts);
  }

  static JobSnapshot of(JobState state, List<TaskView> tasks) {
    Map<TaskState, Integer> counts = new EnumMap<>(TaskState.class);
    for (TaskState s : TaskState.values()) {
      counts.put(s, 0);
    }
    double done = 0;
    for (TaskView task : tasks) {
      counts.merge(task.state(), 1, Integer::sum);
      done += task.progress();
    }
    return new JobSnapshot(state, tasks, counts, tasks.isEmpty() ? 0 : done / tasks.size());
  }

  /**
   * This snapshot as the job ended with it: a task still holding a container (assigned or running)
   * was stopped with the job and is {@link TaskState#KILLED}, keeping its last attempt's facts.
   */
  public JobSnapshot ended() {
    List<TaskView> settled = tasks.stream().map(t -> t.state().holdsContainer() ? new TaskView(t.index(),
        TaskState.KILLED, t.attempt(), t.chargedFailures(), t.node(), t.containerId(), t.startedAt(), t.progress(),
        t.lastExitReason(), t.locality()) : t).toList();
    JobSnapshot ended = of(state, settled);
    return new JobSnapshot(state, settled, ended.countsByState, progress);
  }

  public int taskCount() {
    return tasks.size();
  }

  public int count(TaskState taskState) {
    return countsByState.getOrDefault(taskState, 0);
  }

  /**
   * How many tasks ran (or run) their current or last attempt at each locality, every locality
   * listed; tasks not yet launched, or whose attempt's locality was not recorded, are not counted.
   */
  public Map<Locality, Integer> countsByLocality() {
    return Locality.count(tasks.stream().map(TaskView::locality));
  }
}
