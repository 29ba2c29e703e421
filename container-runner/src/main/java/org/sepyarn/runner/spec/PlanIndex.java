package org.sepyarn.runner.spec;

import java.util.Arrays;

/**
 * Where each task is in the plan's task file ({@link WorkLayout#planTasks()}): task {@code i}'s
 * JSON is the bytes from {@code offset(i)} to {@code offset(i + 1)}. The ApplicationMaster keeps
 * it in memory (8 bytes a task) and gives each runner its task's range on the command line.
 */
public final class PlanIndex {
  private final long[] offsets;

  /** @param offsets the start of every task, then the end of the last: one more than the tasks */
  public PlanIndex(long[] offsets) {
    if (offsets.length == 0) {
      throw new IllegalArgumentException("a plan index needs the end of the file at least");
    }
    for (int i = 1; i < offsets.length; i++) {
      if (offsets[i] <= offsets[i - 1]) {
        throw new IllegalArgumentException("task " + (i - 1) + " of the plan index ends at " + offsets[i]
            + ", not after its start at " + offsets[i - 1]);
      }
    }
    this.offsets = offsets.clone();
  }

  public int taskCount() {
    return offsets.length - 1;
  }

  /** Where task {@code task}'s JSON starts in the task file. */
  public long offset(int task) {
    check(task);
    return offsets[task];
  }

  /** How many bytes task {@code task}'s JSON has. */
  public int length(int task) {
    check(task);
    return Math.toIntExact(offsets[task + 1] - offsets[task]);
  }

  /** The most bytes one task's JSON has: what a runner reads at most. */
  public int largest() {
    int largest = 0;
    for (int i = 0; i < taskCount(); i++) {
      largest = Math.max(largest, length(i));
    }
    return largest;
  }

  private void check(int task) {
    if (task < 0 || task >= taskCount()) {
      throw new IllegalArgumentException("task " + task + " is not in the plan, which has " + taskCount()
          + " tasks (0 to " + (taskCount() - 1) + ")");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlanIndex p && Arrays.equals(offsets, p.offsets);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(offsets);
  }
}
