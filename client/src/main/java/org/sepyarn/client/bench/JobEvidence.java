package org.sepyarn.client.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * What a finished job's kept work folder says about it: the bytes it moved ({@code status.json}'s
 * {@code "bytes"}, when the ApplicationMaster writes them) and its phase times (the tasks'
 * {@code startedAt} in {@code status.json} and the runner reports' start and end).
 *
 * @param bytes the bytes moved, empty when the status has none
 * @param phases the phase times, unknown parts empty
 */
public record JobEvidence(Optional<ByteFigures> bytes, PhaseTimes phases) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OK = "ok";

  /**
   * Reads the work folder; a missing file makes its part empty.
   *
   * @param submittedMillis when the client submitted the job
   * @param endedMillis when the client saw it end: the job's end unless its status says otherwise
   */
  public static JobEvidence read(FileSystem fs, WorkLayout work, long submittedMillis, long endedMillis)
      throws IOException {
    JsonNode status = readJson(fs, work.statusJson());
    Map<Integer, Long> launched = launchTimes(status);
    // Scatter and merge tasks report as tasks numbered after the job's; merge tasks belong to the
    // merge phase.
    int taskCount = status != null && status.has("taskCount") ? status.get("taskCount").asInt() : Integer.MAX_VALUE;
    // Scatter tasks come right after them, before the merge tasks.
    JsonNode scatterPlan = readJson(fs, work.scatterPlan());
    int scatterEnd = taskCount == Integer.MAX_VALUE || scatterPlan == null ? taskCount
        : taskCount + scatterPlan.path("tasks").size();
    List<AttemptSpan> spans = new ArrayList<>();
    List<AttemptSpan> scatterSpans = new ArrayList<>();
    for (JsonNode report : reports(fs, work)) {
      int task = report.path("task").asInt();
      if (OK.equals(report.path("outcome").asText()) && task < scatterEnd) {
        (task < taskCount ? spans : scatterSpans).add(new AttemptSpan(task, launched.get(task),
            report.path("startMillis").asLong(), report.path("endMillis").asLong()));
      }
    }
    long ended = status != null && status.has("updatedAt") ? status.get("updatedAt").asLong() : endedMillis;
    return new JobEvidence(ByteFigures.from(status), PhaseTimes.of(submittedMillis, ended, spans, scatterSpans));
  }

  private static Map<Integer, Long> launchTimes(JsonNode status) {
    Map<Integer, Long> launched = new HashMap<>();
    if (status != null) {
      for (JsonNode task : status.path("tasks")) {
        if (task.has("startedAt")) {
          launched.put(task.path("index").asInt(), task.get("startedAt").asLong());
        }
      }
    }
    return launched;
  }

  private static List<JsonNode> reports(FileSystem fs, WorkLayout work) throws IOException {
    Path folder = work.report(0, 1).getParent();
    List<JsonNode> reports = new ArrayList<>();
    FileStatus[] files;
    try {
      files = fs.listStatus(folder);
    } catch (FileNotFoundException e) {
      return reports;
    }
    for (FileStatus f : files) {
      JsonNode report = f.getPath().getName().endsWith(".json") ? readJson(fs, f.getPath()) : null;
      if (report != null) {
        reports.add(report);
      }
    }
    return reports;
  }

  private static JsonNode readJson(FileSystem fs, Path path) throws IOException {
    try (InputStream in = fs.open(path)) {
      return JSON.readTree(in);
    } catch (FileNotFoundException e) {
      return null;
    }
  }
}
