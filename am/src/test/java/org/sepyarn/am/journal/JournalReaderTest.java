package org.sepyarn.am.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.am.journal.SampleEntries.assigned;
import static org.sepyarn.am.journal.SampleEntries.ended;
import static org.sepyarn.am.journal.SampleEntries.running;
import static org.sepyarn.am.journal.SampleEntries.started;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.am.journal.JournalEntry.Checkpoint;
import org.sepyarn.am.journal.JournalEntry.JobFinished;
import org.sepyarn.am.journal.JournalEntry.JobStarted;
import org.sepyarn.am.journal.JournalEntry.OutputMerged;
import org.sepyarn.am.journal.JournalEntry.TaskMoved;
import org.sepyarn.am.journal.proto.CheckpointRecord;
import org.sepyarn.am.journal.proto.JournalRecord;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskTransition;

class JournalReaderTest {
  @TempDir
  java.nio.file.Path tmp;
  private LocalJournals journals;

  @BeforeEach
  void folder() throws IOException {
    journals = new LocalJournals(tmp.resolve("journal"));
  }

  /** Attempt 2 resumes after attempt 1 and runs task 1 again until it succeeds. */
  private static List<JournalEntry> secondAttempt() {
    return List.of(
        started(2, Map.of(1, 8)),
        assigned(1, 2, "c3", 300),
        running(1, 2, "c3", 300, 310),
        ended(1, TaskState.SUCCEEDED, 2, "c3", 300, 400, ExitReason.SUCCEEDED));
  }

  @Test
  void withoutAJournalFolderTheJobStartsAfresh() throws IOException {
    JournalState state = journals.read(1);

    assertTrue(state.isEmpty());
    assertEquals(Map.of(), state.recordsRead());
  }

  @Test
  void anEmptyFileHoldsNoWork() throws IOException {
    Files.createDirectories(journals.folder);
    Files.write(journals.file(1), new byte[0]);

    JournalState state = journals.read(2);

    assertTrue(state.isEmpty());
    assertEquals(Map.of(1, 0), state.recordsRead());
  }

  @Test
  void twoAttemptsTransitionsComeBackInAttemptOrder() throws IOException {
    journals.write(1, SampleEntries.firstAttempt());
    journals.write(2, secondAttempt());

    JournalState state = journals.read(3);

    List<TaskTransition> expected = new ArrayList<>(transitionsOf(SampleEntries.firstAttempt()));
    expected.addAll(transitionsOf(secondAttempt()));
    assertEquals(expected, state.transitions());
    assertEquals(Map.of(1, 8, 2, 4), state.recordsRead());
    assertEquals(Optional.of(SampleEntries.FINGERPRINT), state.fingerprint());
    assertFalse(state.isEmpty());
  }

  @Test
  void aLastRecordCutAtAnyByteIsTheEndOfTheFile() throws IOException {
    List<JournalEntry> entries = SampleEntries.firstAttempt();
    byte[] whole = journals.write(1, entries);
    int lastStarts = lengthOf(entries.subList(0, entries.size() - 1));
    List<TaskTransition> allButLast = transitionsOf(entries.subList(0, entries.size() - 1));

    for (int cut = lastStarts; cut < whole.length; cut++) {
      Files.write(journals.file(1), Arrays.copyOf(whole, cut));

      JournalState state = journals.read(2);

      assertEquals(allButLast, state.transitions(), "cut at byte " + cut);
      assertEquals(Map.of(1, entries.size() - 1), state.recordsRead(), "cut at byte " + cut);
    }
    Files.write(journals.file(1), whole);
    assertEquals(transitionsOf(entries), journals.read(2).transitions());
  }

  @Test
  void aRecordThatDoesNotParseEndsItsFileThereThoughMoreFollows() throws IOException {
    List<JournalEntry> entries = SampleEntries.firstAttempt();
    byte[] bytes = journals.write(1, entries);
    int thirdStarts = lengthOf(entries.subList(0, 3));
    int thirdLength = JournalCodec.encode(entries.get(3)).getSerializedSize();
    Arrays.fill(bytes, thirdStarts + 1, thirdStarts + 1 + thirdLength, (byte) 0xff);
    Files.write(journals.file(1), bytes);

    JournalState state = journals.read(2);

    assertEquals(transitionsOf(entries.subList(0, 3)), state.transitions());
    assertEquals(Map.of(1, 3), state.recordsRead());
  }

  @Test
  void aRecordThatParsesButMakesNoSenseEndsItsFileThere() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JournalCodec.encode(started(1, Map.of())).writeDelimitedTo(bytes);
    JournalCodec.encode(assigned(0, 1, "c1", 100)).writeDelimitedTo(bytes);
    JournalRecord.newBuilder().setCheckpoint(CheckpointRecord.newBuilder().setTaskIndex(0).setAttempt(1)
        .setProgress(7.5)).build().writeDelimitedTo(bytes);
    JournalCodec.encode(running(0, 1, "c1", 100, 110)).writeDelimitedTo(bytes);
    Files.createDirectories(journals.folder);
    Files.write(journals.file(1), bytes.toByteArray());

    JournalState state = journals.read(2);

    assertEquals(transitionsOf(List.of(assigned(0, 1, "c1", 100))), state.transitions());
    assertEquals(Map.of(), state.checkpoints());
  }

  @Test
  void aLengthPrefixBeyondAnyRecordEndsTheFile() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JournalCodec.encode(started(1, Map.of())).writeDelimitedTo(bytes);
    CodedOutputStream prefix = CodedOutputStream.newInstance(bytes);
    prefix.writeUInt32NoTag(JournalFiles.MAX_RECORD_BYTES + 1);
    prefix.flush();
    bytes.write(new byte[100]);
    Files.createDirectories(journals.folder);
    Files.write(journals.file(1), bytes.toByteArray());

    JournalState state = journals.read(2);

    assertEquals(Map.of(1, 1), state.recordsRead());
    assertEquals(Optional.of(SampleEntries.FINGERPRINT), state.fingerprint());
  }

  @Test
  void checkpointsKeepTheLatestOfEachTaskAndTheAttemptItCameFrom() throws IOException {
    journals.write(1, List.of(started(1, Map.of()),
        new Checkpoint(1, 1, "shot 3", 0.25),
        new Checkpoint(2, 1, "shot 40", 0.4),
        new Checkpoint(1, 1, "shot 5", 0.5)));
    journals.write(2, List.of(started(2, Map.of(1, 4)),
        new Checkpoint(1, 2, "shot 6", 0.6)));

    JournalState state = journals.read(3);

    assertEquals(Map.of(1, new Checkpoint(1, 2, "shot 6", 0.6), 2, new Checkpoint(2, 1, "shot 40", 0.4)),
        state.checkpoints());
  }

  @Test
  void mergedOutputsAndTheEndOfTheJobAreRecovered() throws IOException {
    journals.write(1, List.of(started(1, Map.of()), new OutputMerged(2, "/out/a.H"), new OutputMerged(0, "/out/b.H"),
        new JobFinished(true, "all merged")));

    JournalState state = journals.read(2);

    assertEquals(List.of(0, 2), List.copyOf(state.mergedOutputs()));
    assertEquals(Optional.of(new JobFinished(true, "all merged")), state.finished());
  }

  @Test
  void theFirstAttemptsFingerprintIsKept() throws IOException {
    journals.write(1, List.of(started(1, Map.of())));
    journals.write(2, List.of(new JobStarted(2, "appattempt_1700000000000_0001_000002", "sha256:other",
        Map.of(1, 1))));

    assertEquals(Optional.of(SampleEntries.FINGERPRINT), journals.read(3).fingerprint());
  }

  @Test
  void aJobWhoseFingerprintChangedIsNotResumed() throws IOException {
    journals.write(1, List.of(started(1, Map.of())));
    JournalState state = journals.read(2);

    state.checkSameJob(SampleEntries.FINGERPRINT);
    JournalState.EMPTY.checkSameJob("sha256:anything");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> state.checkSameJob("sha256:new"));

    assertTrue(e.getMessage().contains("(job fingerprint sha256:new now, " + SampleEntries.FINGERPRINT + " then)"),
        e.getMessage());
  }

  @Test
  void recordsAnOldAttemptWroteAfterANewerOneRecoveredFromItAreIgnored() throws IOException {
    List<JournalEntry> first = SampleEntries.firstAttempt();
    journals.write(1, first);
    List<JournalEntry> second = List.of(started(2, Map.of(1, 6)),
        ended(1, TaskState.WAITING, 1, "c2", 100, 250, ExitReason.LOST_IN_AM_RESTART));
    journals.write(2, second);

    JournalState state = journals.read(3);

    List<TaskTransition> expected = new ArrayList<>(transitionsOf(first.subList(0, 6)));
    expected.addAll(transitionsOf(second));
    assertEquals(expected, state.transitions());
    assertEquals(Map.of(1, new Checkpoint(1, 1, "shot 3", 0.25)), state.checkpoints());
    assertEquals(Map.of(1, 6, 2, 2), state.recordsRead());
  }

  @Test
  void aNewerAttemptThatDiedBeforeItsStartWasDurableIsSkipped() throws IOException {
    journals.write(1, SampleEntries.firstAttempt());
    byte[] third = journals.write(3, List.of(started(3, Map.of(1, 8))));
    Files.write(journals.file(3), Arrays.copyOf(third, third.length - 1));
    Files.write(journals.file(2), new byte[0]);

    JournalState state = journals.read(4);

    assertEquals(transitionsOf(SampleEntries.firstAttempt()), state.transitions());
    assertEquals(Map.of(1, 8, 2, 0, 3, 0), state.recordsRead());
  }

  @Test
  void anAttemptThatResumedAfterADeadOneIsFollowed() throws IOException {
    journals.write(1, SampleEntries.firstAttempt());
    Files.write(journals.file(2), new byte[0]);
    journals.write(3, List.of(started(3, Map.of(1, 8, 2, 0)), assigned(1, 2, "c3", 300)));

    JournalState state = journals.read(4);

    List<TaskTransition> expected = new ArrayList<>(transitionsOf(SampleEntries.firstAttempt()));
    expected.addAll(transitionsOf(List.of(assigned(1, 2, "c3", 300))));
    assertEquals(expected, state.transitions());
    assertEquals(Map.of(1, 8, 2, 0, 3, 2), state.recordsRead());
  }

  @Test
  void aFileThatDoesNotBeginWithItsStartRecordHoldsNoWork() throws IOException {
    journals.write(1, SampleEntries.firstAttempt());
    journals.write(2, List.of(assigned(1, 2, "c3", 300)));

    JournalState state = journals.read(3);

    assertEquals(transitionsOf(SampleEntries.firstAttempt()), state.transitions());
    assertEquals(Map.of(1, 8, 2, 0), state.recordsRead());
  }

  @Test
  void journalsOfThisOrLaterAttemptsAndOtherFilesAreIgnored() throws IOException {
    journals.write(1, SampleEntries.firstAttempt());
    journals.write(2, secondAttempt());
    Files.writeString(journals.folder.resolve("notes.txt"), "not a journal");
    Files.createDirectories(journals.folder.resolve("attempt-000009.log"));

    JournalState state = journals.read(2);

    assertEquals(transitionsOf(SampleEntries.firstAttempt()), state.transitions());
    assertEquals(Map.of(1, 8), state.recordsRead());
  }

  private static List<TaskTransition> transitionsOf(List<JournalEntry> entries) {
    return entries.stream().filter(TaskMoved.class::isInstance).map(e -> ((TaskMoved) e).transition()).toList();
  }

  /** Bytes the entries take in a journal file. */
  private static int lengthOf(List<JournalEntry> entries) {
    int length = 0;
    for (JournalEntry entry : entries) {
      int size = JournalCodec.encode(entry).getSerializedSize();
      length += CodedOutputStream.computeUInt32SizeNoTag(size) + size;
    }
    return length;
  }
}
