package org.sepyarn.am.status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Which tasks a status document lists when the job has too many to list them all: every task up to
 * {@link #LIMIT}; beyond that the failed tasks first, then those holding a container, then the
 * others from the lowest index, {@link #LIMIT} in all, listed in order of index. Counts per state
 * always cover every task, so a reader knows what was left out.
 */
public final class TaskListing {
  /** The most tasks a status document lists. */
  public static final int LIMIT = 1000;

  private TaskListing() {
  }

  /**
   * At most {@code limit} of {@code tasks} (given in order of index), chosen by the rank
   * {@code state} names: 0 for a failed task, 1 for one holding a container, 2 for the rest.
   */
  public static <T> List<T> select(List<T> tasks, ToIntFunction<T> rank, ToIntFunction<T> index, int limit) {
    if (tasks.size() <= limit) {
      return tasks;
    }
    List<T> chosen = new ArrayList<>(limit);
    for (int r = 0; r <= 2 && chosen.size() < limit; r++) {
      for (T task : tasks) {
        if (chosen.size() == limit) {
          break;
        }
        if (rank.applyAsInt(task) == r) {
          chosen.add(task);
        }
      }
    }
    chosen.sort(Comparator.comparingInt(index));
    return chosen;
  }

  /** The rank of a task in {@code state} (a {@code TaskState} name) for {@link #select}. */
  public static int rankOf(String state) {
    return switch (state) {
      case "FAILED" -> 0;
      case "ASSIGNED", "RUNNING", "KILLED" -> 1;
      default -> 2;
    };
  }
}
