package org.sepyarn.am.journal;

import java.io.Closeable;
import java.io.IOException;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.am.journal.proto.JournalRecord;

/**
 * Appends length-delimited records to one ApplicationMaster attempt's journal file. A durable
 * append returns once the record (and every record before it) is {@code hflush()}ed: readers that
 * open the file from then on see it, even if this AM dies with the file still open. Methods are
 * synchronized, so the event loop and a merge thread may share a writer.
 */
public final class JournalWriter implements Closeable {
  private final Path file;
  private final FSDataOutputStream out;
  private long records;
  private boolean closed;
  private IOException broken;

  private JournalWriter(Path file, FSDataOutputStream out) {
    this.file = file;
    this.out = out;
  }

  /**
   * Creates attempt {@code amAttempt}'s journal file in {@code journalFolder}. Never overwrites:
   * an attempt's file is its own, and finding it already there means something else wrote it.
   *
   * @throws org.apache.hadoop.fs.FileAlreadyExistsException if the file exists
   */
  public static JournalWriter create(FileSystem fs, Path journalFolder, int amAttempt) throws IOException {
    Path file = JournalFiles.of(journalFolder, amAttempt);
    return new JournalWriter(file, fs.create(file, false));
  }

  /**
   * Appends {@code record}; if {@code durable}, flushes it to the file system's nodes before
   * returning. After a failed append the file may end in part of a record, so every later append
   * fails too.
   */
  public synchronized void append(JournalRecord record, boolean durable) throws IOException {
    if (closed) {
      throw new IOException("journal " + file + " is closed; cannot append a " + record.getKindCase() + " record");
    }
    if (record.getSerializedSize() > JournalFiles.MAX_RECORD_BYTES) {
      throw new IllegalArgumentException("a " + record.getKindCase() + " record of " + record.getSerializedSize()
          + " bytes is too large for journal " + file + ": at most " + JournalFiles.MAX_RECORD_BYTES + " bytes");
    }
    if (broken != null) {
      throw new IOException("journal " + file + " failed after " + records + " records (" + broken.getMessage()
          + "); cannot append a " + record.getKindCase() + " record", broken);
    }
    try {
      record.writeDelimitedTo(out);
      if (durable) {
        out.hflush();
      }
    } catch (IOException e) {
      broken = e;
      throw e;
    }
    records++;
  }

  /** Records appended so far. */
  public synchronized long records() {
    return records;
  }

  public Path file() {
    return file;
  }

  /** Flushes and closes the file; later appends fail. */
  @Override
  public synchronized void close() throws IOException {
    if (!closed) {
      closed = true;
      out.close();
    }
  }
}
