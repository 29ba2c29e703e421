package org.sepyarn.am.journal;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.ChecksumException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.am.journal.JournalEntry.JobStarted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The readable records of one earlier ApplicationMaster attempt's journal file. The file ends at
 * its first record that is cut off (the AM died while writing it) or that does not parse or make
 * sense (corrupt data): what follows cannot be trusted, so it is left out with a warning.
 *
 * @param amAttempt the attempt that wrote the file
 * @param file where it is
 * @param entries the records up to the end or the first bad one
 */
record AttemptJournal(int amAttempt, Path file, List<JournalEntry> entries) {
  private static final Logger log = LoggerFactory.getLogger(AttemptJournal.class);

  AttemptJournal {
    entries = List.copyOf(entries);
  }

  static AttemptJournal read(FileSystem fs, Path file, int amAttempt) throws IOException {
    List<JournalEntry> entries = new ArrayList<>();
    try (InputStream in = new BufferedInputStream(fs.open(file), 1 << 16)) {
      readInto(in, file, entries);
    }
    return new AttemptJournal(amAttempt, file, entries);
  }

  /** The attempt's own first record, if the file begins as every journal file does. */
  Optional<JobStarted> started() {
    return entries.isEmpty() || !(entries.get(0) instanceof JobStarted s) ? Optional.empty() : Optional.of(s);
  }

  private static void readInto(InputStream in, Path file, List<JournalEntry> entries) throws IOException {
    TransitionWireDecoder decoder = new TransitionWireDecoder();
    byte[] bytes = new byte[4096];
    long offset = 0;
    try {
      for (int first = in.read(); first != -1; first = in.read()) {
        int length;
        try {
          length = CodedInputStream.readRawVarint32(first, in);
        } catch (InvalidProtocolBufferException e) {
          stop(in, file, entries, offset, "its length prefix is cut off or malformed (" + e.getMessage() + ")");
          return;
        }
        if (length < 0 || length > JournalFiles.MAX_RECORD_BYTES) {
          stop(in, file, entries, offset, "its length prefix says " + length + " bytes; records have 0 to "
              + JournalFiles.MAX_RECORD_BYTES);
          return;
        }
        if (bytes.length < length) {
          bytes = new byte[Math.max(length, 2 * bytes.length)];
        }
        int read = in.readNBytes(bytes, 0, length);
        if (read < length) {
          stop(in, file, entries, offset, "the file ends " + read + " bytes into this record of " + length
              + " bytes");
          return;
        }
        Optional<String> problem = decodeInto(decoder, bytes, length, entries);
        if (problem.isPresent()) {
          stop(in, file, entries, offset, problem.get());
          return;
        }
        offset += CodedOutputStream.computeUInt32SizeNoTag(length) + length;
      }
    } catch (ChecksumException e) {
      log.warn("journal {}: the file system found corrupt data at byte {} ({}); using the {} records before it "
          + "and ignoring the rest of the file", file, offset, e.getMessage(), entries.size());
    }
  }

  /** Adds the entry the {@code length} first {@code bytes} hold, or says why they hold none. */
  private static Optional<String> decodeInto(TransitionWireDecoder decoder, byte[] bytes, int length,
      List<JournalEntry> entries) {
    try {
      entries.add(decoder.decode(bytes, length));
      return Optional.empty();
    } catch (InvalidProtocolBufferException e) {
      return Optional.of("it does not parse as a journal record (" + e.getMessage() + ")");
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Optional.of("it makes no sense: " + e.getMessage());
    } catch (IOException e) {
      return Optional.of("it does not parse as a journal record (" + e.getMessage() + ")");
    }
  }

  private static void stop(InputStream in, Path file, List<JournalEntry> entries, long offset, String why)
      throws IOException {
    if (in.read() == -1) {
      log.warn("journal {}: the last record, at byte {}, is unreadable: {}; the AM that wrote it probably died "
          + "while writing it. Using the {} records before it", file, offset, why, entries.size());
    } else {
      log.warn("journal {}: the record at byte {} is corrupt and more data follows it: {}. Using the {} records "
          + "before it and ignoring the rest of the file", file, offset, why, entries.size());
    }
  }
}
