package org.sepyarn.client.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.TaskStatus;

/**
 * Turns successive {@link JobStatus}es into one line per task state change, each change once:
 * {@code task 3: SUCCEEDED on host1 (attempt 1)}. A task first seen waiting for its first
 * attempt is not news.
 */
final class TaskChanges {
  private final Map<Integer, String> seen = new HashMap<>();

  List<String> update(JobStatus status) {
    List<String> lines = new ArrayList<>();
    for (TaskStatus t : status.tasks()) {
      String key = t.state() + "/" + t.attempt();
      String before = seen.put(t.index(), key);
      if (key.equals(before) || before == null && "WAITING".equals(t.state()) && t.attempt() == 0) {
        continue;
      }
      lines.add(describe(t));
    }
    return lines;
  }

  static String describe(TaskStatus t) {
    StringBuilder sb = new StringBuilder("task ").append(t.index()).append(": ").append(t.state());
    boolean waiting = "WAITING".equals(t.state());
    if (t.node() != null && !waiting) {
      sb.append(" on ").append(t.node());
    }
    if (t.attempt() > 0) {
      sb.append(waiting ? " (after attempt " : " (attempt ").append(t.attempt()).append(')');
    }
    if (t.lastExitReason() != null && (waiting || "FAILED".equals(t.state()))) {
      sb.append(": ").append(t.lastExitReason());
    }
    return sb.toString();
  }
}
