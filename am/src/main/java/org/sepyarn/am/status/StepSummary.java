package org.sepyarn.am.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a flow in {@link JobStatus} and the tracking page's JSON.
 *
 * @param name the step's name
 * @param firstTask its first task's job-wide number
 * @param taskCount how many tasks it has
 * @param counts how many of its tasks are in each state, by {@code TaskState} name (states none is
 *     in left out)
 * @param waitingFor the steps it reads pieces from that have not all succeeded, while some of its
 *     tasks wait; empty otherwise
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StepSummary(String name, int firstTask, int taskCount, Map<String, Integer> counts,
    List<String> waitingFor) {
  public StepSummary {
    counts = counts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    waitingFor = waitingFor == null ? List.of() : List.copyOf(waitingFor);
  }

  /** How many of its tasks are in {@code state} (a {@code TaskState} name). */
  public int count(String state) {
    return counts.getOrDefault(state, 0);
  }

  /** Its tasks' job-wide numbers, e.g. {@code tasks 8 to 15}. */
  public String taskRange() {
    return taskCount == 1 ? "task " + firstTask : "tasks " + firstTask + " to " + (firstTask + taskCount - 1);
  }

  /** A few words on where it stands, e.g. {@code 3 succeeded, 2 running, 3 waiting for step scale}. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (String state : List.of("SUCCEEDED", "RUNNING", "ASSIGNED", "WAITING", "FAILED", "KILLED")) {
      int n = count(state);
      if (n > 0) {
        sb.append(sb.isEmpty() ? "" : ", ").append(n).append(' ').append(state.toLowerCase(java.util.Locale.ROOT));
      }
    }
    if (!waitingFor.isEmpty()) {
      sb.append(" for step").append(waitingFor.size() == 1 ? " " : "s ").append(String.join(", ", waitingFor));
    }
    return sb.toString();
  }
}
