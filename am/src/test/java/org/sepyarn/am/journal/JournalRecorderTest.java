package org.sepyarn.am.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.am.journal.JournalEntry.Checkpoint;
import org.sepyarn.am.journal.JournalEntry.JobFinished;
import org.sepyarn.am.journal.JournalEntry.TaskMoved;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.TaskState;

class JournalRecorderTest {
  @TempDir
  java.nio.file.Path tmp;
  private final FlushCountingFileSystem fs;

  JournalRecorderTest() throws IOException {
    fs = new FlushCountingFileSystem();
  }

  private Path folder() {
    return new Path(tmp.resolve("journal").toUri());
  }

  private static TaskMoved moved(JournalEntry entry) {
    return (TaskMoved) entry;
  }

  @Test
  void whatTheRecorderJournalsANewAttemptReadsBack() throws IOException {
    try (JournalRecorder recorder = JournalRecorder.open(fs, folder(), SampleEntries.started(1, Map.of()))) {
      recorder.taskStateChanged(moved(SampleEntries.assigned(0, 1, "c1", 100)).transition());
      recorder.taskStateChanged(moved(SampleEntries.running(0, 1, "c1", 100, 110)).transition());
      recorder.checkpoint(0, 1, "shot 9", 0.9);
      recorder.taskStateChanged(moved(SampleEntries.ended(0, TaskState.SUCCEEDED, 1, "c1", 100, 200,
          ExitReason.SUCCEEDED)).transition());
      recorder.outputMerged(0, "/out/a.H");
      recorder.jobFinished(true, "every output merged");
    }

    JournalState state = JournalReader.read(fs, folder(), 2);

    assertEquals(3, state.transitions().size());
    assertEquals(Map.of(0, new Checkpoint(0, 1, "shot 9", 0.9)), state.checkpoints());
    assertEquals(List.of(0), List.copyOf(state.mergedOutputs()));
    assertEquals(Optional.of(new JobFinished(true, "every output merged")), state.finished());
    assertEquals(Map.of(1, 7), state.recordsRead());
  }

  @Test
  void everyRecordIsDurableWhenTheCallReturnsExceptAMoveToRunning() throws IOException {
    try (JournalRecorder recorder = JournalRecorder.open(fs, folder(), SampleEntries.started(1, Map.of()))) {
      assertEquals(1, fs.hflushes());
      recorder.taskStateChanged(moved(SampleEntries.assigned(0, 1, "c1", 100)).transition());
      assertEquals(2, fs.hflushes());
      recorder.taskStateChanged(moved(SampleEntries.running(0, 1, "c1", 100, 110)).transition());
      assertEquals(2, fs.hflushes());
      recorder.taskStateChanged(moved(SampleEntries.ended(0, TaskState.WAITING, 1, "c1", 100, 200,
          ExitReason.PREEMPTED)).transition());
      assertEquals(3, fs.hflushes());
      recorder.checkpoint(0, 1, "shot 9", 0.9);
      recorder.outputMerged(0, "/out/a.H");
      recorder.jobFinished(false, "given up");
      assertEquals(6, fs.hflushes());
    }
  }

  @Test
  void aFailedWriteThrowsUncheckedNamingTheJournalAndTheRecord() throws IOException {
    try (JournalRecorder recorder = JournalRecorder.open(fs, folder(), SampleEntries.started(1, Map.of()))) {
      fs.failFromNowOn();

      UncheckedIOException e = assertThrows(UncheckedIOException.class,
          () -> recorder.taskStateChanged(moved(SampleEntries.assigned(3, 1, "c1", 100)).transition()));

      assertTrue(e.getMessage().contains("cannot journal task 3's move from WAITING to ASSIGNED in "), e.getMessage());
      assertTrue(e.getMessage().contains("attempt-000001.log: connection to the datanodes lost"), e.getMessage());
    }
  }

  @Test
  void theJobsStartMustBeTheFirstRecordOfTheFile() throws IOException {
    try (JournalWriter writer = JournalWriter.create(fs, folder(), 1)) {
      writer.append(JournalCodec.encode(new Checkpoint(0, 1, "", 0)), true);

      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> JournalRecorder.start(writer, SampleEntries.started(1, Map.of())));

      assertTrue(e.getMessage().contains("already holds 1 records; the job's start must be its first"), e.getMessage());
    }
  }
}
