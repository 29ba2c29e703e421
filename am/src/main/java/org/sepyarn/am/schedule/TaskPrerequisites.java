package org.sepyarn.am.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which tasks must succeed before each task may start: a flow's reading task waits for the pieces
 * it reads (one writing task's, or every task of the writing step). A job of one program has none.
 *
 * <p>Prerequisites are ranges of task numbers; each distinct range is a group that counts its
 * members not yet succeeded, and each task counts its groups not yet complete. A success costs one
 * step per group the task belongs to, plus one per task that group was holding back: linear in the
 * flow's edges however many tasks there are.
 */
public final class TaskPrerequisites {
  private static final int[] NONE = new int[0];

  private final int taskCount;
  /** Per group: its first task and the task after its last. */
  private final int[] groupFrom;
  private final int[] groupTo;
  /** Per group: members not yet succeeded. */
  private final int[] groupRemaining;
  /** Per group: the tasks that need it. */
  private final int[][] groupNeededBy;
  /** Per task: the groups it belongs to. */
  private final int[][] memberOf;
  /** Per task: groups it needs that are not yet complete. */
  private final int[] unmet;
  private final boolean[] succeeded;
  /** Per task: the task whose piece it reads whole, whose node it would rather run on; -1 for none. */
  private final int[] localWriter;

  private TaskPrerequisites(int taskCount, List<int[]> groups, List<List<Integer>> neededBy, int[] localWriter) {
    this.taskCount = taskCount;
    this.localWriter = localWriter;
    int n = groups.size();
    groupFrom = new int[n];
    groupTo = new int[n];
    groupRemaining = new int[n];
    groupNeededBy = new int[n][];
    unmet = new int[taskCount];
    succeeded = new boolean[taskCount];
    int[] memberCounts = new int[taskCount];
    for (int g = 0; g < n; g++) {
      groupFrom[g] = groups.get(g)[0];
      groupTo[g] = groups.get(g)[1];
      groupRemaining[g] = groupTo[g] - groupFrom[g];
      groupNeededBy[g] = neededBy.get(g).stream().mapToInt(Integer::intValue).toArray();
      for (int t : groupNeededBy[g]) {
        unmet[t]++;
      }
      for (int t = groupFrom[g]; t < groupTo[g]; t++) {
        memberCounts[t]++;
      }
    }
    memberOf = new int[taskCount][];
    for (int t = 0; t < taskCount; t++) {
      memberOf[t] = memberCounts[t] == 0 ? NONE : new int[memberCounts[t]];
      memberCounts[t] = 0;
    }
    for (int g = 0; g < n; g++) {
      for (int t = groupFrom[g]; t < groupTo[g]; t++) {
        memberOf[t][memberCounts[t]++] = g;
      }
    }
  }

  /** No task waits for another. */
  public static TaskPrerequisites none(int taskCount) {
    return new Builder(taskCount).build();
  }

  public static Builder builder(int taskCount) {
    return new Builder(taskCount);
  }

  public int taskCount() {
    return taskCount;
  }

  /** Whether every task {@code task} needs has succeeded. */
  public boolean ready(int task) {
    return unmet[task] == 0;
  }

  /**
   * The task whose piece {@code task} reads as it was written, so that it would rather run on the
   * node that wrote it (where HDFS put the first replica); -1 when none.
   */
  public int localWriter(int task) {
    return localWriter[task];
  }

  /** Whether any task waits for another. */
  public boolean any() {
    return groupFrom.length > 0;
  }

  /**
   * Task {@code task} succeeded (again, or for the first time): the tasks this made ready, in no
   * particular order. A task that succeeds twice counts once.
   */
  public List<Integer> succeeded(int task) {
    if (succeeded[task]) {
      return List.of();
    }
    succeeded[task] = true;
    List<Integer> ready = new ArrayList<>();
    for (int g : memberOf[task]) {
      if (--groupRemaining[g] == 0) {
        for (int t : groupNeededBy[g]) {
          if (--unmet[t] == 0) {
            ready.add(t);
          }
        }
      }
    }
    return ready;
  }

  /**
   * What task {@code task} committed is lost and it waits again: the tasks that needed it and had
   * been released are held back again, in no particular order.
   */
  public List<Integer> lost(int task) {
    if (!succeeded[task]) {
      return List.of();
    }
    succeeded[task] = false;
    List<Integer> heldBack = new ArrayList<>();
    for (int g : memberOf[task]) {
      if (groupRemaining[g]++ == 0) {
        for (int t : groupNeededBy[g]) {
          if (unmet[t]++ == 0) {
            heldBack.add(t);
          }
        }
      }
    }
    return heldBack;
  }

  /**
   * {@code tasks} and every task that reads, directly or through others, what they commit: what
   * must run again when they do (a flow's readers of a piece written anew), in order.
   */
  public java.util.SortedSet<Integer> withReaders(java.util.Collection<Integer> tasks) {
    java.util.SortedSet<Integer> all = new java.util.TreeSet<>(tasks);
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(all);
    while (!queue.isEmpty()) {
      int task = queue.poll();
      for (int g : memberOf[task]) {
        for (int reader : groupNeededBy[g]) {
          if (all.add(reader)) {
            queue.add(reader);
          }
        }
      }
    }
    return all;
  }

  /** The tasks {@code task} needs, in order. */
  public List<Integer> needed(int task) {
    java.util.TreeSet<Integer> needed = new java.util.TreeSet<>();
    for (int g = 0; g < groupFrom.length; g++) {
      for (int t : groupNeededBy[g]) {
        if (t == task) {
          for (int w = groupFrom[g]; w < groupTo[g]; w++) {
            needed.add(w);
          }
        }
      }
    }
    return List.copyOf(needed);
  }

  /** Collects each task's prerequisites. */
  public static final class Builder {
    private final int taskCount;
    private final Map<Long, Integer> groupIds = new HashMap<>();
    private final List<int[]> groups = new ArrayList<>();
    private final List<List<Integer>> neededBy = new ArrayList<>();
    private final int[] localWriter;

    private Builder(int taskCount) {
      if (taskCount < 1) {
        throw new IllegalArgumentException("a job has at least one task, not " + taskCount);
      }
      this.taskCount = taskCount;
      this.localWriter = new int[taskCount];
      java.util.Arrays.fill(localWriter, -1);
    }

    /** Task {@code task} reads the piece {@code writer} wrote, whole: it needs it, and would rather run where it was written. */
    public Builder readsPieceOf(int task, int writer) {
      needs(task, writer, writer + 1);
      if (localWriter[task] < 0) {
        localWriter[task] = writer;
      }
      return this;
    }

    /** Task {@code task} starts only once tasks {@code from} (inclusive) to {@code to} (exclusive) succeeded. */
    public Builder needs(int task, int from, int to) {
      check(task, "task");
      if (from < 0 || to > taskCount || from >= to) {
        throw new IllegalArgumentException("task " + task + " needs tasks " + from + " to " + (to - 1)
            + ", which is not a range of the job's tasks 0 to " + (taskCount - 1));
      }
      if (task >= from && task < to) {
        throw new IllegalArgumentException("task " + task + " cannot wait for itself (tasks " + from + " to "
            + (to - 1) + ")");
      }
      long key = (long) from * (taskCount + 1L) + to;
      int id = groupIds.computeIfAbsent(key, k -> {
        groups.add(new int[] {from, to});
        neededBy.add(new ArrayList<>());
        return groups.size() - 1;
      });
      List<Integer> tasks = neededBy.get(id);
      if (tasks.isEmpty() || tasks.get(tasks.size() - 1) != task) {
        tasks.add(task);
      }
      return this;
    }

    private void check(int task, String what) {
      if (task < 0 || task >= taskCount) {
        throw new IllegalArgumentException(what + " " + task + " is not among the job's tasks 0 to " + (taskCount - 1));
      }
    }

    public TaskPrerequisites build() {
      return new TaskPrerequisites(taskCount, groups, neededBy, localWriter.clone());
    }
  }
}
