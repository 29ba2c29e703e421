package org.sepyarn.am.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.journal.JournalEntry.TaskMoved;
import org.sepyarn.am.journal.proto.AttemptRecord;
import org.sepyarn.am.journal.proto.JournalRecord;
import org.sepyarn.am.journal.proto.TaskStateRecord;
import org.sepyarn.am.journal.proto.TaskTransitionRecord;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.TaskState;

/**
 * The wire decoder reads what the generated parser reads, value for value and error for error,
 * from records written by {@link JournalCodec} as every earlier version wrote them.
 */
class TransitionWireDecoderTest {
  private final TransitionWireDecoder decoder = new TransitionWireDecoder();

  private JournalEntry fast(JournalRecord record) throws IOException {
    byte[] bytes = record.toByteArray();
    return decoder.decode(bytes, bytes.length);
  }

  @Test
  void everyKindOfEntryDecodesAsTheGeneratedParserDecodesIt() throws IOException {
    for (JournalEntry entry : SampleEntries.everyKind()) {
      JournalRecord record = JournalCodec.encode(entry);

      assertEquals(JournalCodec.decode(JournalRecord.parseFrom(record.toByteArray())), fast(record));
      assertEquals(entry, fast(record));
    }
    for (JournalEntry entry : SampleEntries.firstAttempt()) {
      assertEquals(entry, fast(JournalCodec.encode(entry)));
    }
  }

  @Test
  void onlyTheFirstBytesOfTheBufferAreRead() throws IOException {
    JournalEntry entry = SampleEntries.assigned(3, 1, "c1", 100);
    byte[] record = JournalCodec.encode(entry).toByteArray();
    byte[] buffer = new byte[record.length + 10];
    System.arraycopy(record, 0, buffer, 0, record.length);
    buffer[record.length] = 42;

    assertEquals(entry, decoder.decode(buffer, record.length));
  }

  @Test
  void fieldsAWriterOfALaterVersionAddedAreSkipped() throws IOException {
    JournalEntry entry = SampleEntries.ended(4, TaskState.SUCCEEDED, 2, "c7", 10, 20, ExitReason.SUCCEEDED);
    JournalRecord plain = JournalCodec.encode(entry);
    UnknownFieldSet extra = UnknownFieldSet.newBuilder()
        .addField(99, UnknownFieldSet.Field.newBuilder().addVarint(7).addLengthDelimited(ByteString.copyFromUtf8("x"))
            .build()).build();
    TaskTransitionRecord t = plain.getTaskTransition();
    JournalRecord later = JournalRecord.newBuilder().setTaskTransition(t.toBuilder().setUnknownFields(extra)
        .setAttempt(t.getAttempt().toBuilder().setUnknownFields(extra))).build();

    assertEquals(entry, fast(later));
  }

  @Test
  void aRecordWithAFieldAroundTheTransitionGoesThroughTheGeneratedParser() throws IOException {
    JournalEntry entry = SampleEntries.assigned(3, 1, "c1", 100);
    JournalRecord record = JournalCodec.encode(entry).toBuilder().setUnknownFields(UnknownFieldSet.newBuilder()
        .addField(42, UnknownFieldSet.Field.newBuilder().addFixed32(1).build()).build()).build();

    assertEquals(entry, fast(record));
  }

  @Test
  void theSameErrorsAsTheGeneratedParserSaysThem() {
    for (JournalRecord bad : List.of(
        transition(TaskStateRecord.TASK_STATE_UNSPECIFIED, TaskStateRecord.TASK_STATE_ASSIGNED,
            AttemptRecord.newBuilder().setNumber(1).setContainerId("c1").setNode("n1")),
        transition(TaskStateRecord.TASK_STATE_RUNNING, TaskStateRecord.TASK_STATE_WAITING,
            AttemptRecord.newBuilder().setNumber(1).setContainerId("c1").setNode("n1").setEndedAt(3)
                .setExitReason("EATEN_BY_GRUE")),
        transition(TaskStateRecord.TASK_STATE_WAITING, TaskStateRecord.TASK_STATE_ASSIGNED,
            AttemptRecord.newBuilder().setNumber(1).setContainerId("c1").setNode("n1").setEndedAt(9)),
        JournalRecord.newBuilder().setTaskTransition(TaskTransitionRecord.newBuilder().setTaskIndex(5)
            .setFrom(TaskStateRecord.TASK_STATE_WAITING).setTo(TaskStateRecord.TASK_STATE_ASSIGNED)).build())) {
      RuntimeException slow = assertThrows(RuntimeException.class, () -> JournalCodec.decode(bad));
      RuntimeException quick = assertThrows(RuntimeException.class, () -> fast(bad));
      assertEquals(slow.getClass(), quick.getClass());
      assertEquals(slow.getMessage(), quick.getMessage());
    }
  }

  @Test
  void anUnknownStateNumberIsRejectedAsTheGeneratedParserRejectsIt() {
    byte[] bytes = transition(TaskStateRecord.TASK_STATE_WAITING, TaskStateRecord.TASK_STATE_ASSIGNED,
        AttemptRecord.newBuilder().setNumber(1).setContainerId("c1").setNode("n1")).toByteArray();
    // task_index 5 (08 05), then from = 1 (10 01): make it 9, a state no version knows.
    bytes[indexOf(bytes, (byte) 0x10) + 1] = 9;

    IllegalArgumentException slow = assertThrows(IllegalArgumentException.class,
        () -> JournalCodec.decode(JournalRecord.parseFrom(bytes)));
    IllegalArgumentException quick = assertThrows(IllegalArgumentException.class,
        () -> decoder.decode(bytes, bytes.length));
    assertEquals(slow.getMessage(), quick.getMessage());
  }

  @Test
  void aCutRecordDoesNotParse() {
    byte[] bytes = JournalCodec.encode(SampleEntries.assigned(3, 1, "c1", 100)).toByteArray();

    assertThrows(IOException.class, () -> decoder.decode(bytes, bytes.length - 3));
  }

  @Test
  void theRecordsOfOneAttemptShareItsAttemptAndContainerName() throws IOException {
    TaskMoved assigned = (TaskMoved) fast(JournalCodec.encode(SampleEntries.assigned(3, 1, "c1", 100)));
    TaskMoved running = (TaskMoved) fast(JournalCodec.encode(SampleEntries.running(3, 1, "c1", 100, 110)));
    TaskMoved ended = (TaskMoved) fast(JournalCodec.encode(
        SampleEntries.ended(3, TaskState.SUCCEEDED, 1, "c1", 100, 200, ExitReason.SUCCEEDED)));

    assertSame(assigned.transition().attempt(), running.transition().attempt());
    assertSame(assigned.transition().attempt().containerId(), ended.transition().attempt().containerId());
    assertEquals(SampleEntries.ended(3, TaskState.SUCCEEDED, 1, "c1", 100, 200, ExitReason.SUCCEEDED), ended);
    assertEquals(SampleEntries.started(2, Map.of(1, 3)), fast(JournalCodec.encode(SampleEntries.started(2,
        Map.of(1, 3)))));
  }

  /** The attempt's locality, a field added after the decoder was written, is read too, not skipped. */
  @Test
  void anAttemptsLocalityIsReadAsTheGeneratedParserReadsIt() throws IOException {
    org.sepyarn.am.schedule.Attempt started = org.sepyarn.am.schedule.Attempt.started(1, "c1", "n1:8041", 100,
        org.sepyarn.am.schedule.Locality.RACK_LOCAL);
    org.sepyarn.am.schedule.Attempt ended = org.sepyarn.am.schedule.Attempt.ended(1, "c1", "n1:8041", 100, 200,
        ExitReason.SUCCEEDED, "", org.sepyarn.am.schedule.Locality.RACK_LOCAL);
    for (JournalEntry entry : List.<JournalEntry>of(
        new TaskMoved(new org.sepyarn.am.schedule.TaskTransition(7, TaskState.WAITING, TaskState.ASSIGNED, started, 100)),
        new TaskMoved(new org.sepyarn.am.schedule.TaskTransition(7, TaskState.RUNNING, TaskState.SUCCEEDED, ended,
            200)))) {
      JournalRecord record = JournalCodec.encode(entry);
      TaskMoved read = (TaskMoved) fast(record);

      assertEquals(JournalCodec.decode(JournalRecord.parseFrom(record.toByteArray())), read);
      assertEquals(java.util.Optional.of(org.sepyarn.am.schedule.Locality.RACK_LOCAL),
          read.transition().attempt().locality());
    }
  }

  private static int indexOf(byte[] bytes, byte b) {
    // The transition's own fields start after the record's tag and length (2 bytes).
    for (int i = 2; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("no byte " + b);
  }

  private static JournalRecord transition(TaskStateRecord from, TaskStateRecord to, AttemptRecord.Builder a) {
    return JournalRecord.newBuilder().setTaskTransition(TaskTransitionRecord.newBuilder().setTaskIndex(5)
        .setFrom(from).setTo(to).setAttempt(a).setAt(3)).build();
  }
}
