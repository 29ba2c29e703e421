package org.sepyarn.client.status;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.TaskQuery;
import org.sepyarn.am.status.TaskStatus;

/**
 * Which tasks {@code sepyarn status} shows: every task the status lists, one task
 * ({@code --task N}), or the tasks in one state ({@code --state S}). Live, it asks the
 * ApplicationMaster for exactly those ({@code api/status?page=N&size=1}: page N of size 1 is task
 * N, or {@code ?state=S}), so it finds any task of a job of 100,000; from {@code status.json},
 * which lists at most 1000 tasks, it keeps those of the listed that match and says when the task
 * asked for is not among them.
 *
 * @param task the one task to show, or empty
 * @param state the {@code TaskState} name of the tasks to show, or empty
 */
public record TaskFilter(OptionalInt task, Optional<String> state) {
  /** Every task the status lists. */
  public static final TaskFilter ALL = new TaskFilter(OptionalInt.empty(), Optional.empty());

  public TaskFilter {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(state, "state");
    if (task.isPresent() && state.isPresent()) {
      throw new IllegalArgumentException("show one task or the tasks in a state, not both");
    }
    if (task.isPresent() && task.getAsInt() < 0) {
      throw new IllegalArgumentException("task " + task.getAsInt() + " is negative: tasks count from 0");
    }
    // The same check and message as the ApplicationMaster's.
    state = state.map(s -> new TaskQuery(0, 1, s).state());
  }

  public static TaskFilter task(int index) {
    return new TaskFilter(OptionalInt.of(index), Optional.empty());
  }

  public static TaskFilter state(String state) {
    return new TaskFilter(OptionalInt.empty(), Optional.of(state));
  }

  /** The query string of {@code api/status} that lists these tasks: empty for every task. */
  String query() {
    if (task.isPresent()) {
      return "?page=" + task.getAsInt() + "&size=1";
    }
    return state.map(s -> "?state=" + s + "&size=" + TaskQuery.MAX_SIZE).orElse("");
  }

  /** {@code status} keeping only the listed tasks that match; the counts still cover every task. */
  JobStatus narrow(JobStatus status) {
    if (task.isEmpty() && state.isEmpty()) {
      return status;
    }
    List<TaskStatus> kept = status.tasks().stream()
        .filter(t -> task.isPresent() ? t.index() == task.getAsInt() : t.state().equals(state.get()))
        .toList();
    return status.withTasks(kept, status.listing());
  }

  /**
   * Why the tasks asked for may be missing from {@code fromFile} (a status that lists only some
   * tasks), or empty when nothing is missing.
   */
  Optional<String> missingFrom(JobStatus fromFile) {
    if (fromFile.tasks().size() >= fromFile.taskCount() || (task.isEmpty() && state.isEmpty())) {
      return Optional.empty();
    }
    if (task.isPresent() && fromFile.tasks().stream().anyMatch(t -> t.index() == task.getAsInt())) {
      return Optional.empty();
    }
    String which = task.isPresent() ? "task " + task.getAsInt()
        : "every " + state.get().toLowerCase(Locale.ROOT) + " task";
    return Optional.of("status.json lists " + fromFile.tasks().size() + " of the job's " + fromFile.taskCount()
        + " tasks, so it may not have " + which + "; the live tracking page has every task while the job runs");
  }
}
