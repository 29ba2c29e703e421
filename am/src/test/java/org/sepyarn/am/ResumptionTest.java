package org.sepyarn.am;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.am.journal.JournalEntry.JobStarted;
import org.sepyarn.am.journal.JournalRecorder;
import org.sepyarn.am.schedule.Attempt;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskTransition;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * Taking over the finished tasks of an earlier run, on the local file system: task 0 succeeded
 * and committed its pieces, task 1 was still running when the run was killed.
 */
class ResumptionTest {
  private static final String FINGERPRINT = "sha256:" + "cd".repeat(32);

  @TempDir
  java.nio.file.Path dir;
  private FileSystem fs;
  private WorkLayout earlier;
  private WorkLayout current;

  @BeforeEach
  void anEarlierRunThatWasKilled() throws IOException {
    fs = FileSystem.getLocal(new Configuration());
    earlier = new WorkLayout(new Path(dir.resolve("earlier").toUri()));
    current = new WorkLayout(new Path(dir.resolve("current").toUri()));
    try (JournalRecorder journal = JournalRecorder.open(fs, earlier.journalFolder(),
        new JobStarted(1, "appattempt_1700000000000_0001_000001", FINGERPRINT, Map.of()))) {
      journal.taskStateChanged(new TaskTransition(0, TaskState.WAITING, TaskState.ASSIGNED,
          Attempt.started(1, "c1", "n1", 100), 100));
      journal.taskStateChanged(new TaskTransition(1, TaskState.WAITING, TaskState.ASSIGNED,
          Attempt.started(1, "c2", "n1", 100), 100));
      journal.taskStateChanged(new TaskTransition(0, TaskState.ASSIGNED, TaskState.SUCCEEDED,
          Attempt.ended(1, "c1", "n1", 100, 200, ExitReason.SUCCEEDED, ""), 200));
    }
    fs.mkdirs(earlier.pieces(0));
    fs.create(earlier.piece(0, "f1-out.H")).close();
  }

  @Test
  void theFinishedTasksPiecesMoveAndItsHistoryIsReturned() throws IOException {
    List<TaskTransition> done = Resumption.takeOver(fs, earlier, current, FINGERPRINT);

    assertEquals(List.of(0, 0), done.stream().map(TaskTransition::taskIndex).toList());
    assertEquals(TaskState.SUCCEEDED, done.get(1).to());
    assertTrue(fs.exists(current.piece(0, "f1-out.H")));
    assertFalse(fs.exists(earlier.pieces(0)));
  }

  @Test
  void takingOverAgainAfterAnAttemptDiedHavingMovedThePiecesStillCountsTheTaskDone() throws IOException {
    Resumption.takeOver(fs, earlier, current, FINGERPRINT);

    List<TaskTransition> again = Resumption.takeOver(fs, earlier, current, FINGERPRINT);

    assertEquals(TaskState.SUCCEEDED, again.get(again.size() - 1).to());
    assertTrue(fs.exists(current.piece(0, "f1-out.H")));
  }

  @Test
  void aChangedJobIsRefused() {
    assertThrows(IllegalStateException.class,
        () -> Resumption.takeOver(fs, earlier, current, "sha256:" + "ef".repeat(32)));
  }

  @Test
  void aFinishedTaskNamedToRunAgainIsNotTakenOverAndItsPiecesStayBehind() throws IOException {
    List<TaskTransition> done = Resumption.takeOver(fs, earlier, current, FINGERPRINT, java.util.Set.of(0));

    assertEquals(List.of(), done);
    assertFalse(fs.exists(current.pieces(0)));
    assertTrue(fs.exists(earlier.piece(0, "f1-out.H")));
  }

  /**
   * The earlier run merged two outputs before it was stopped; one of them was removed since. Only
   * the one still in place is kept, and none when tasks run again.
   */
  @Test
  void outputsTheEarlierRunMergedAndThatAreStillThereAreKept() throws IOException {
    Path kept = new Path(dir.resolve("kept.H").toUri());
    Path removed = new Path(dir.resolve("removed.H").toUri());
    fs.create(kept).close();
    org.sepyarn.formats.job.JobSpec job = org.sepyarn.formats.job.JobSpec.parse("{\"program\": {\"command\":"
        + " [\"/bin/pass\"]}, \"tasks\": 2, \"files\": ["
        + "{\"tag\": \"a=\", \"path\": \"" + kept + "\", \"usage\": \"output\", \"distribute\": \"copy\"},"
        + "{\"tag\": \"b=\", \"path\": \"" + removed + "\", \"usage\": \"output\", \"distribute\": \"copy\"}]}",
        "job.json");
    try (JournalRecorder journal = JournalRecorder.open(fs, earlier.journalFolder(),
        new JobStarted(2, "appattempt_1700000000000_0001_000002", FINGERPRINT, Map.of()))) {
      journal.outputMerged(0, kept.toString());
      journal.outputMerged(1, removed.toString());
    }

    assertEquals(java.util.Set.of(0), Resumption.mergedOutputs(fs, earlier, job, java.util.Set.of()));
    assertEquals(java.util.Set.of(), Resumption.mergedOutputs(fs, earlier, job, java.util.Set.of(1)));
  }
}
