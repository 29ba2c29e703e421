package org.sepyarn.am.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sepyarn.am.status.TaskQuery;

/**
 * {@link JobView} as JSON for scripts ({@code /api/job}): every field of the page, times in epoch
 * milliseconds, the totals over every task ({@code taskCount}, {@code counts}, {@code locality},
 * {@code attemptCount}, {@code failureCount}), and one page of tasks with their attempts, the page
 * a {@link TaskQuery} asks for ({@code listing} says which), so that an answer stays small whatever
 * the job's task count. Fields that {@code status.json} also has carry its names ({@code state},
 * {@code updatedAt}, a task's {@code container}); each listed task adds its {@code args} and data
 * {@code windows}; the scatter and merge phases' tasks, once they run, are {@code scatterTasks} and
 * {@code mergeTasks}, every one of them; a flow's {@code steps} and each task's {@code step} and {@code stepTask} are
 * named as in {@code status.json} too.
 */
public final class JobJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JobJson() {
  }

  /** The first page of {@link TaskQuery#DEFAULT_SIZE} tasks: every task of a smaller job. */
  public static byte[] write(JobView view) throws IOException {
    return write(view, TaskQuery.first());
  }

  public static byte[] write(JobView view, TaskQuery query) throws IOException {
    TaskQuery.Page<TaskRow> page = view.page(query);
    BitSet listed = new BitSet(view.tasks().size());
    page.tasks().forEach(t -> listed.set(t.index()));
    List<AttemptRow> attempts = view.attempts().stream().filter(a -> listed.get(a.task())).toList();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", view.name());
    json.put("application", view.application());
    json.put("user", view.user());
    json.put("state", view.phase());
    json.put("progress", view.progress());
    json.put("startedAt", view.startedAt());
    json.put("updatedAt", view.takenAt());
    json.put("elapsedMillis", view.elapsedMillis());
    putIfPresent(json, "timeLeftMillis", view.timeLeftMillis());
    json.put("taskCount", view.tasks().size());
    json.put("counts", view.counts());
    json.put("locality", view.localityCounts());
    json.put("attemptCount", view.attemptCount());
    json.put("failureCount", view.failureCount());
    json.put("argv", view.argv());
    json.put("files", view.files());
    putIfPresent(json, "diagnostics", view.diagnostics());
    putIfPresent(json, "bytes", view.bytes());
    putIfPresent(json, "resumed", view.resumed());
    if (view.flowSteps().isFlow()) {
      json.put("steps", view.steps());
    }
    json.put("listing", page.listing());
    json.put("tasks", page.tasks().stream().map(t -> new ListedTask(t, view.details().of(t.index()))).toList());
    if (!view.scatterTasks().isEmpty()) {
      json.put("scatterTasks", view.scatterTasks());
    }
    if (!view.mergeTasks().isEmpty()) {
      json.put("mergeTasks", view.mergeTasks());
    }
    json.put("attempts", attempts);
    return MAPPER.writeValueAsBytes(json);
  }

  /** A listed task: its row's fields, then its arguments and data windows. */
  private record ListedTask(@JsonUnwrapped TaskRow row, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> args,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> windows) {
    ListedTask(TaskRow row, TaskDetails.Detail detail) {
      this(row, detail.args(), detail.windows());
    }
  }

  private static void putIfPresent(Map<String, Object> json, String name, Object value) {
    if (value != null) {
      json.put(name, value);
    }
  }
}
