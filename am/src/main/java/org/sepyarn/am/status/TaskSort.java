package org.sepyarn.am.status;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The orders a page of tasks can be listed in: by number; by duration, longest first (tasks that
 * never ran last); by state, failed first, then running, assigned, waiting and succeeded; or by node
 * name (tasks that never ran last). Ties go in order of number, so paging is stable.
 */
public enum TaskSort {
  INDEX,
  DURATION,
  STATE,
  NODE;

  private static final List<String> STATE_ORDER = List.of("FAILED", "KILLED", "RUNNING", "ASSIGNED", "WAITING",
      "SUCCEEDED");

  /** What a task shows to be sorted. */
  public interface Keys<T> {
    int index(T task);

    String state(T task);

    /** The node of its current or last attempt, or null before its first. */
    String node(T task);

    /** How long its current or last attempt ran, or null before its first. */
    Long durationMillis(T task);

    /** In a flow, the name of its step; null for a job of one program. */
    default String step(T task) {
      return null;
    }
  }

  /** This order over tasks showing {@code keys}. */
  public <T> Comparator<T> comparator(Keys<T> keys) {
    Comparator<T> byIndex = Comparator.comparingInt(keys::index);
    return switch (this) {
      case INDEX -> byIndex;
      case DURATION -> Comparator.comparing(keys::durationMillis, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(byIndex);
      case STATE -> Comparator.<T>comparingInt(t -> stateRank(keys.state(t))).thenComparing(byIndex);
      case NODE -> Comparator.comparing(keys::node, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(byIndex);
    };
  }

  /** The name a request gives, e.g. {@code duration}. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads {@code index}, {@code duration}, {@code state} or {@code node}, in any case.
   *
   * @throws IllegalArgumentException naming the orders there are
   */
  public static TaskSort of(String name) {
    for (TaskSort s : values()) {
      if (s.name().equalsIgnoreCase(name.strip())) {
        return s;
      }
    }
    throw new IllegalArgumentException("sort '" + name + "' is not an order of tasks; orders: "
        + Arrays.stream(values()).map(TaskSort::parameter).toList());
  }

  private static int stateRank(String state) {
    int rank = STATE_ORDER.indexOf(state);
    return rank < 0 ? STATE_ORDER.size() : rank;
  }
}
