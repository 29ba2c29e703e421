package org.sepyarn.am.journal;

import java.util.List;
import java.util.Map;
import org.sepyarn.am.journal.JournalEntry.Checkpoint;
import org.sepyarn.am.journal.JournalEntry.JobFinished;
import org.sepyarn.am.journal.JournalEntry.JobStarted;
import org.sepyarn.am.journal.JournalEntry.OutputMerged;
import org.sepyarn.am.journal.JournalEntry.TaskMoved;
import org.sepyarn.am.schedule.Attempt;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskTransition;

/** Journal entries of a small job: task 0 runs and succeeds in c1, task 1 fails once in c2. */
final class SampleEntries {
  static final String FINGERPRINT = "sha256:" + "ab".repeat(32);

  private SampleEntries() {
  }

  static JobStarted started(int amAttempt, Map<Integer, Integer> recoveredFrom) {
    return new JobStarted(amAttempt, String.format("appattempt_1700000000000_0001_%06d", amAttempt), FINGERPRINT,
        recoveredFrom);
  }

  static TaskMoved assigned(int task, int attempt, String container, long at) {
    return new TaskMoved(new TaskTransition(task, TaskState.WAITING, TaskState.ASSIGNED,
        Attempt.started(attempt, container, "node1:8041", at), at));
  }

  static TaskMoved running(int task, int attempt, String container, long startedAt, long at) {
    return new TaskMoved(new TaskTransition(task, TaskState.ASSIGNED, TaskState.RUNNING,
        Attempt.started(attempt, container, "node1:8041", startedAt), at));
  }

  static TaskMoved ended(int task, TaskState to, int attempt, String container, long startedAt, long at,
      ExitReason reason) {
    return new TaskMoved(new TaskTransition(task, TaskState.RUNNING, to,
        Attempt.ended(attempt, container, "node1:8041", startedAt, at, reason, "exit status of " + container), at));
  }

  /** Task 0 runs in c1 and succeeds; task 1 runs in c2, its program fails and it waits again. */
  static List<JournalEntry> firstAttempt() {
    return List.of(
        started(1, Map.of()),
        assigned(0, 1, "c1", 100),
        assigned(1, 1, "c2", 100),
        running(0, 1, "c1", 100, 110),
        running(1, 1, "c2", 100, 120),
        new Checkpoint(1, 1, "shot 3", 0.25),
        ended(0, TaskState.SUCCEEDED, 1, "c1", 100, 200, ExitReason.SUCCEEDED),
        ended(1, TaskState.WAITING, 1, "c2", 100, 210, ExitReason.PROGRAM_FAILED));
  }

  /** Every kind of entry, each at least once. */
  static List<JournalEntry> everyKind() {
    return List.of(
        started(3, Map.of(1, 8, 2, 0)),
        assigned(4, 2, "container_1700000000000_0001_03_000007", 1_700_000_000_000L),
        ended(4, TaskState.FAILED, 3, "c9", 50, 90, ExitReason.MEMORY_EXCEEDED),
        new Checkpoint(4, 2, "{\"shot\": 17}", 0.5),
        new OutputMerged(2, "hdfs://nn:8020/data/out.H@"),
        new JobFinished(false, "task 4 failed 3 times"),
        new JobFinished(true, ""));
  }
}
