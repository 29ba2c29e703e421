package org.sepyarn.am.web;

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
 * milliseconds, the totals over every task ({@code taskCount}, {@code counts},
 * {@code attemptCount}, {@code failureCount}), and one page of tasks with their attempts, the page
 * a {@link TaskQuery} asks for ({@code listing} says which), so that an answer stays small whatever
 * the job's task count.
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
    json.put("phase", view.phase());
    json.put("progress", view.progress());
    json.put("startedAt", view.startedAt());
    json.put("takenAt", view.takenAt());
    json.put("elapsedMillis", view.elapsedMillis());
    putIfPresent(json, "timeLeftMillis", view.timeLeftMillis());
    json.put("counts", view.counts());
    json.put("taskCount", view.tasks().size());
    json.put("attemptCount", view.attemptCount());
    json.put("failureCount", view.failureCount());
    json.put("argv", view.argv());
    json.put("files", view.files());
    putIfPresent(json, "diagnostics", view.diagnostics());
    putIfPresent(json, "bytes", view.bytes());
    json.put("listing", page.listing());
    json.put("tasks", page.tasks());
    json.put("attempts", attempts);
    return MAPPER.writeValueAsBytes(json);
  }

  private static void putIfPresent(Map<String, Object> json, String name, Object value) {
    if (value != null) {
      json.put(name, value);
    }
  }
}
