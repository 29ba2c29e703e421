package org.sepyarn.am.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.journal.JournalEntry.JobFinished;
import org.sepyarn.am.journal.JournalEntry.TaskMoved;
import org.sepyarn.am.journal.proto.AttemptRecord;
import org.sepyarn.am.journal.proto.JournalRecord;
import org.sepyarn.am.journal.proto.TaskStateRecord;
import org.sepyarn.am.journal.proto.TaskTransitionRecord;
import org.sepyarn.am.schedule.Attempt;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskTransition;

class JournalCodecTest {

  @Test
  void everyKindOfEntryComesBackEqualThroughLengthDelimitedBytes() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (JournalEntry entry : SampleEntries.everyKind()) {
      JournalCodec.encode(entry).writeDelimitedTo(bytes);
    }

    List<JournalEntry> back = new ArrayList<>();
    ByteArrayInputStream in = new ByteArrayInputStream(bytes.toByteArray());
    for (JournalRecord r = JournalRecord.parseDelimitedFrom(in); r != null; r = JournalRecord.parseDelimitedFrom(in)) {
      back.add(JournalCodec.decode(r));
    }

    assertEquals(SampleEntries.everyKind(), back);
  }

  @Test
  void everyExitReasonAndEveryLegalMoveComesBack() {
    for (ExitReason reason : ExitReason.values()) {
      for (TaskState to : List.of(TaskState.WAITING, TaskState.SUCCEEDED, TaskState.FAILED)) {
        TaskTransition t = new TaskTransition(7, TaskState.ASSIGNED, to,
            Attempt.ended(2, "c7", "n7:1", 10, 20, reason, "why " + reason), 20);
        assertEquals(new TaskMoved(t), JournalCodec.decode(JournalCodec.encode(new TaskMoved(t))));
      }
    }
  }

  @Test
  void longDiagnosticsAreCutToAFewKilobytesAndSaySo() {
    String diagnostics = "x".repeat(10_000);
    TaskTransition t = new TaskTransition(0, TaskState.RUNNING, TaskState.WAITING,
        Attempt.ended(1, "c1", "n1:1", 0, 5, ExitReason.PROGRAM_FAILED, diagnostics), 5);

    TaskMoved back = (TaskMoved) JournalCodec.decode(JournalCodec.encode(new TaskMoved(t)));
    JobFinished finished = (JobFinished) JournalCodec.decode(JournalCodec.encode(new JobFinished(false, diagnostics)));

    String expected = "x".repeat(JournalCodec.MAX_DIAGNOSTICS) + " [5904 more characters not journaled]";
    assertEquals(expected, back.transition().attempt().diagnostics());
    assertEquals(expected, finished.diagnostics());
  }

  @Test
  void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
    String text = "a".repeat(JournalCodec.MAX_DIAGNOSTICS - 1) + "\uD83C\uDF0A" + "tail";

    String cut = JournalCodec.cut(text);

    assertEquals("a".repeat(JournalCodec.MAX_DIAGNOSTICS - 1) + " [6 more characters not journaled]", cut);
  }

  @Test
  void anUnknownExitReasonIsRejectedNamingItAndTheTask() {
    JournalRecord record = transitionRecord(TaskStateRecord.TASK_STATE_RUNNING, TaskStateRecord.TASK_STATE_WAITING,
        AttemptRecord.newBuilder().setNumber(1).setContainerId("c1").setNode("n1").setEndedAt(3)
            .setExitReason("EATEN_BY_GRUE"));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JournalCodec.decode(record));

    assertTrue(e.getMessage().contains("exit reason 'EATEN_BY_GRUE' of task 5 is unknown"), e.getMessage());
  }

  @Test
  void anUnspecifiedStateIsRejectedNamingTheField() {
    JournalRecord record = transitionRecord(TaskStateRecord.TASK_STATE_UNSPECIFIED, TaskStateRecord.TASK_STATE_ASSIGNED,
        AttemptRecord.newBuilder().setNumber(1).setContainerId("c1").setNode("n1"));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JournalCodec.decode(record));

    assertTrue(e.getMessage().contains("state 'from' of task 5's transition is TASK_STATE_UNSPECIFIED"),
        e.getMessage());
  }

  @Test
  void aRunningAttemptWithAnEndIsRejected() {
    JournalRecord record = transitionRecord(TaskStateRecord.TASK_STATE_WAITING, TaskStateRecord.TASK_STATE_ASSIGNED,
        AttemptRecord.newBuilder().setNumber(1).setContainerId("c1").setNode("n1").setEndedAt(9));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JournalCodec.decode(record));

    assertTrue(e.getMessage().contains("has no exit reason but ended at 9"), e.getMessage());
  }

  @Test
  void anImpossibleMoveIsRejectedByTheSchedulersOwnRules() {
    JournalRecord record = transitionRecord(TaskStateRecord.TASK_STATE_FAILED, TaskStateRecord.TASK_STATE_WAITING,
        AttemptRecord.newBuilder().setNumber(1).setContainerId("c1").setNode("n1").setEndedAt(3)
            .setExitReason("PROGRAM_FAILED"));

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> JournalCodec.decode(record));

    assertTrue(e.getMessage().contains("task 5 cannot move from FAILED to WAITING"), e.getMessage());
  }

  @Test
  void aRecordOfNoKindIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JournalCodec.decode(JournalRecord.getDefaultInstance()));

    assertTrue(e.getMessage().contains("has no kind set"), e.getMessage());
  }

  private static JournalRecord transitionRecord(TaskStateRecord from, TaskStateRecord to, AttemptRecord.Builder a) {
    return JournalRecord.newBuilder().setTaskTransition(TaskTransitionRecord.newBuilder().setTaskIndex(5)
        .setFrom(from).setTo(to).setAttempt(a).setAt(3)).build();
  }
}
