package org.sepyarn.am.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.am.journal.proto.JournalRecord;

class JournalWriterTest {
  @TempDir
  java.nio.file.Path tmp;

  private Path folder() {
    return new Path(tmp.resolve("journal").toUri());
  }

  private static JournalRecord record() {
    return JournalCodec.encode(SampleEntries.started(2, Map.of(1, 3)));
  }

  @Test
  void eachAttemptWritesItsOwnZeroPaddedFileInTheJournalFolder() throws IOException {
    FlushCountingFileSystem fs = new FlushCountingFileSystem();
    try (JournalWriter writer = JournalWriter.create(fs, folder(), 2)) {
      assertEquals(new Path(folder(), "attempt-000002.log"), writer.file());
    }
    assertTrue(Files.isRegularFile(tmp.resolve("journal/attempt-000002.log")));
  }

  @Test
  void anAttemptNeverReusesAnExistingFile() throws IOException {
    FlushCountingFileSystem fs = new FlushCountingFileSystem();
    JournalWriter.create(fs, folder(), 1).close();

    assertThrows(FileAlreadyExistsException.class, () -> JournalWriter.create(fs, folder(), 1));
  }

  @Test
  void onlyDurableAppendsFlush() throws IOException {
    FlushCountingFileSystem fs = new FlushCountingFileSystem();
    try (JournalWriter writer = JournalWriter.create(fs, folder(), 1)) {
      writer.append(record(), false);
      assertEquals(0, fs.hflushes());
      writer.append(record(), true);
      assertEquals(1, fs.hflushes());
      assertEquals(2, writer.records());
    }
  }

  @Test
  void afterAFailedAppendEveryLaterAppendFailsTooNamingTheFirstFailure() throws IOException {
    FlushCountingFileSystem fs = new FlushCountingFileSystem();
    try (JournalWriter writer = JournalWriter.create(fs, folder(), 1)) {
      writer.append(record(), true);
      fs.failFromNowOn();
      assertThrows(IOException.class, () -> writer.append(record(), true));

      IOException e = assertThrows(IOException.class, () -> writer.append(record(), true));

      assertTrue(e.getMessage().contains(
          "attempt-000001.log failed after 1 records (connection to the datanodes lost)"), e.getMessage());
    }
  }

  @Test
  void aClosedWriterRefusesAppends() throws IOException {
    JournalWriter writer = JournalWriter.create(new FlushCountingFileSystem(), folder(), 1);
    writer.close();

    IOException e = assertThrows(IOException.class, () -> writer.append(record(), true));

    assertTrue(e.getMessage().contains("is closed; cannot append a JOB_STARTED record"), e.getMessage());
  }

  @Test
  void aRecordLargerThanReadersAcceptIsRefused() throws IOException {
    try (JournalWriter writer = JournalWriter.create(new FlushCountingFileSystem(), folder(), 1)) {
      JournalRecord huge = JournalCodec.encode(new JournalEntry.Checkpoint(0, 1,
          "x".repeat(JournalFiles.MAX_RECORD_BYTES), 0));

      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer.append(huge, true));

      assertTrue(e.getMessage().contains("CHECKPOINT record of " + huge.getSerializedSize() + " bytes is too large"),
          e.getMessage());
      assertEquals(0, writer.records());
    }
  }
}
