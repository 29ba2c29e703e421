package org.sepyarn.client.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.TaskStatus;

/**
 * Turns successive {@link JobStatus}es into one line per task state change, each change once:
 * {@code task 3: SUCCEEDED on host1 (attempt 1)}, in a flow with the task's step and number in
 * it: {@code task 12 (smooth-time #3): SUCCEEDED on host1 (attempt 1)}. A task first seen waiting for its first
 * attempt is not news. Attempts that ended between two looks (a task failed and ran again within
 * one poll) are said to have ended, with the reason the task's status keeps for the last of them.
 */
final class TaskChanges {
  private final Map<Integer, Seen> seen = new HashMap<>();

  private record Seen(String state, int attempt) {
    /** Whether this line already told how its attempt ended. */
    boolean toldTheEnd() {
      return "WAITING".equals(state) || "FAILED".equals(state) || "SUCCEEDED".equals(state);
    }
  }

  List<String> update(JobStatus status) {
    List<String> lines = new ArrayList<>();
    for (TaskStatus t : status.tasks()) {
      Seen now = new Seen(t.state(), t.attempt());
      Seen before = seen.put(t.index(), now);
      if (now.equals(before) || before == null && "WAITING".equals(t.state()) && t.attempt() == 0) {
        continue;
      }
      if (before != null) {
        unseenEnds(t, before, now).ifPresent(lines::add);
      }
      lines.add(describe(t));
    }
    return lines;
  }

  /** The attempts that began before {@code now}'s and whose ends no line told, if any. */
  private static java.util.Optional<String> unseenEnds(TaskStatus t, Seen before, Seen now) {
    int first = before.toldTheEnd() ? before.attempt() + 1 : before.attempt();
    int last = now.attempt() - 1;
    if (first < 1 || first > last) {
      return java.util.Optional.empty();
    }
    String which = first == last ? "attempt " + last : "attempts " + first + " to " + last;
    // The reason the status keeps is the last ended attempt's: now's own, when now has ended.
    String reason = now.toldTheEnd() || t.lastExitReason() == null ? "" : ": " + t.lastExitReason();
    return java.util.Optional.of(t.label() + ": " + which + " ended" + reason);
  }

  static String describe(TaskStatus t) {
    StringBuilder sb = new StringBuilder(t.label()).append(": ").append(t.state());
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
