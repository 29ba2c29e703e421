package org.sepyarn.am.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.sepyarn.am.schedule.TaskState;

/**
 * Which tasks an answer of the tracking server lists: page {@code page} of {@code size} tasks in
 * the order {@code sort} gives, of every task or of those in {@code state} only. Page {@code N} of
 * size 1 is task {@code N} in order of index. Listing a page in order of index costs one pass over
 * the tasks and memory for the page alone; another order sorts the matching tasks first.
 *
 * @param page the page, from 0
 * @param size how many tasks a page has, 1 to {@link #MAX_SIZE}
 * @param state the {@code TaskState} name the listed tasks are in, or null for every task
 * @param sort the order the tasks are listed in
 * @param step in a flow, the name of the step whose tasks are listed, or null for every step's
 */
public record TaskQuery(int page, int size, String state, TaskSort sort, String step) {
  /** Tasks per page when a request does not say. */
  public static final int DEFAULT_SIZE = 1000;
  /** The most tasks one answer lists. */
  public static final int MAX_SIZE = 1000;

  /** A page in order of index. */
  public TaskQuery(int page, int size, String state) {
    this(page, size, state, TaskSort.INDEX);
  }

  /** A page of every step's tasks. */
  public TaskQuery(int page, int size, String state, TaskSort sort) {
    this(page, size, state, sort, null);
  }

  public TaskQuery {
    sort = sort == null ? TaskSort.INDEX : sort;
    step = step == null || step.isBlank() ? null : step.strip();
    if (page < 0) {
      throw new IllegalArgumentException("page " + page + " is negative: pages count from 0");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page size " + size + " is not between 1 and " + MAX_SIZE);
    }
    if (state != null) {
      String name = state.toUpperCase(Locale.ROOT);
      if (Arrays.stream(TaskState.values()).noneMatch(s -> s.name().equals(name))) {
        throw new IllegalArgumentException("state '" + state + "' is not a task state; states: "
            + Arrays.toString(TaskState.values()));
      }
      state = name;
    }
  }

  /** The first page of every task, of the default size. */
  public static TaskQuery first() {
    return new TaskQuery(0, DEFAULT_SIZE, null);
  }

  /**
   * The page of {@code tasks} (in order of index) this query asks for; {@code stateOf} gives a
   * task's state name. A page past the last is empty, not an error: the tasks in a state change
   * between two requests.
   */
  public <T> Page<T> apply(List<T> tasks, Function<T, String> stateOf) {
    if (sort != TaskSort.INDEX || step != null) {
      throw new IllegalStateException((step != null ? "a step's tasks" : "sorting by " + sort.parameter())
          + " needs the tasks' sort keys");
    }
    return pageInOrder(tasks, stateOf, t -> null);
  }

  /** The page of {@code tasks} (in order of index) this query asks for, in its order. */
  public <T> Page<T> apply(List<T> tasks, TaskSort.Keys<T> keys) {
    if (sort == TaskSort.INDEX) {
      return pageInOrder(tasks, keys::state, keys::step);
    }
    List<T> matching = new ArrayList<>();
    for (T task : tasks) {
      if (matches(keys.state(task), keys.step(task))) {
        matching.add(task);
      }
    }
    matching.sort(sort.comparator(keys));
    long from = Math.min((long) page * size, matching.size());
    List<T> listed = matching.subList((int) from, (int) Math.min(from + size, matching.size()));
    return new Page<>(listed, listing(matching.size()));
  }

  private Listing listing(int matching) {
    return new Listing(page, size, state, sort == TaskSort.INDEX ? null : sort.parameter(), matching,
        (matching + size - 1) / size, step);
  }

  private boolean matches(String taskState, String taskStep) {
    return (state == null || state.equals(taskState)) && (step == null || step.equals(taskStep));
  }

  private <T> Page<T> pageInOrder(List<T> tasks, Function<T, String> stateOf, Function<T, String> stepOf) {
    long skip = (long) page * size;
    int matching = 0;
    List<T> listed = new ArrayList<>(Math.min(size, tasks.size()));
    for (T task : tasks) {
      if (matches(stateOf.apply(task), stepOf.apply(task))) {
        if (matching >= skip && listed.size() < size) {
          listed.add(task);
        }
        matching++;
      }
    }
    return new Page<>(listed, listing(matching));
  }

  /** A page of tasks and what it is a page of. */
  public record Page<T>(List<T> tasks, Listing listing) {
    public Page {
      tasks = List.copyOf(tasks);
    }
  }

  /**
   * What a paged answer lists, in every paged answer so that a reader can ask for the others.
   *
   * @param page the page listed, from 0
   * @param size tasks per page
   * @param state the state the listed tasks are in, or null for every task
   * @param sort the order they are listed in ({@code duration}, {@code state}, {@code node}), or
   *     null in order of index
   * @param matching how many tasks are in that state (every task without one)
   * @param pages how many pages those make
   * @param step the step the listed tasks belong to, or null for every step's
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Listing(int page, int size, String state, String sort, int matching, int pages, String step) {
    /** A listing of every step's tasks. */
    public Listing(int page, int size, String state, String sort, int matching, int pages) {
      this(page, size, state, sort, matching, pages, null);
    }

    /** A listing in order of index. */
    public Listing(int page, int size, String state, int matching, int pages) {
      this(page, size, state, null, matching, pages);
    }
  }
}
