package org.sepyarn.am.status;

import java.util.Collection;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which run a resumed job took over finished tasks from ({@code sepyarn resume}), and which.
 *
 * @param application the application the job resumed
 * @param taskCount how many finished tasks it took over (their pieces were moved, not rerun)
 * @param tasks those tasks as ranges, e.g. {@code 0-41, 57, 60-99}, the first
 *     {@link #MAX_RANGES} ranges then {@code …}
 */
public record Resumed(String application, int taskCount, String tasks) {
  /** The most ranges {@code tasks} lists. */
  public static final int MAX_RANGES = 40;

  public Resumed {
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(tasks, "tasks");
  }

  /** {@code application}'s tasks {@code takenOver}. */
  public static Resumed of(String application, Collection<Integer> takenOver) {
    SortedSet<Integer> sorted = new TreeSet<>(takenOver);
    return new Resumed(application, sorted.size(), ranges(sorted));
  }

  /** {@code resumed application_…_0006: took over 9 finished tasks (0-7, 9)}. */
  public String text() {
    return "resumed " + application + ": took over " + taskCount + " finished " + (taskCount == 1 ? "task" : "tasks")
        + (tasks.isEmpty() ? "" : " (" + tasks + ")");
  }

  /** {@code 0-41, 57, 60-99}: consecutive numbers as ranges, at most {@link #MAX_RANGES}. */
  static String ranges(SortedSet<Integer> numbers) {
    StringBuilder text = new StringBuilder();
    int ranges = 0;
    Integer first = null;
    Integer last = null;
    for (int n : numbers) {
      if (last != null && n == last + 1) {
        last = n;
        continue;
      }
      if (first != null) {
        if (ranges == MAX_RANGES) {
          return text.append(", \u2026").toString();
        }
        append(text, first, last);
        ranges++;
      }
      first = n;
      last = n;
    }
    if (first != null) {
      if (ranges == MAX_RANGES) {
        return text.append(", \u2026").toString();
      }
      append(text, first, last);
    }
    return text.toString();
  }

  private static void append(StringBuilder text, int first, int last) {
    text.append(text.isEmpty() ? "" : ", ").append(first);
    if (last > first) {
      text.append('-').append(last);
    }
  }
}
