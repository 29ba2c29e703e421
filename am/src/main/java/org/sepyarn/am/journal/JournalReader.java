package org.sepyarn.am.journal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.am.journal.JournalEntry.JobStarted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the journals of every earlier ApplicationMaster attempt, in attempt order, into the
 * {@link JournalState} a new attempt recovers from.
 *
 * <p>Each attempt's file begins with a {@link JobStarted} record that says how many records of
 * each earlier file that attempt recovered from. The newest file that begins so is followed to the
 * letter: the earlier files count only as far as it read them, so that records an old AM wrote
 * after a newer attempt took over (late, or while still running on a cut-off node) never mix
 * with that attempt's work. Files newer than it hold no work (their AM died before its first
 * record was durable) and are skipped.
 */
public final class JournalReader {
  private static final Logger log = LoggerFactory.getLogger(JournalReader.class);

  private JournalReader() {
  }

  /**
   * The journaled state of the job for AM attempt {@code currentAttempt}, from the files of
   * attempts before it in {@code journalFolder}; {@link JournalState#EMPTY} if there are none.
   *
   * @throws IOException if the file system cannot list or read the files (cut-off or corrupt
   *     records are not errors: a file ends at its first one)
   */
  public static JournalState read(FileSystem fs, Path journalFolder, int currentAttempt) throws IOException {
    List<AttemptJournal> files = new ArrayList<>();
    for (FileStatus status : list(fs, journalFolder)) {
      OptionalInt attempt = JournalFiles.attemptOf(status.getPath().getName());
      if (!status.isFile()) {
        log.warn("ignoring folder {} in the journal folder: journals are files", status.getPath());
      } else if (attempt.isEmpty()) {
        log.warn("ignoring {} in the journal folder: journal files are named attempt-NNNNNN.log", status.getPath());
      } else if (attempt.getAsInt() >= currentAttempt) {
        log.warn("ignoring journal {}: it belongs to attempt {}, not to one before this attempt {}",
            status.getPath(), attempt.getAsInt(), currentAttempt);
      } else {
        files.add(AttemptJournal.read(fs, status.getPath(), attempt.getAsInt()));
      }
    }
    files.sort((a, b) -> Integer.compare(a.amAttempt(), b.amAttempt()));
    JournalState state = recover(files);
    log.info("recovered from {} journal files of earlier attempts in {}: {}", files.size(), journalFolder, state);
    return state;
  }

  /** Folds {@code files}, sorted by attempt, following the newest one that begins with its start record. */
  static JournalState recover(List<AttemptJournal> files) {
    Optional<AttemptJournal> newest = newestStarted(files);
    Map<Integer, Integer> recovered = newest.map(f -> f.started().orElseThrow().recoveredFrom()).orElse(Map.of());
    int newestAttempt = newest.map(AttemptJournal::amAttempt).orElse(0);
    List<JournalEntry> entries = new ArrayList<>();
    Map<Integer, Integer> recordsRead = new TreeMap<>();
    for (AttemptJournal file : files) {
      int count;
      if (file.amAttempt() < newestAttempt) {
        count = limit(file, recovered.getOrDefault(file.amAttempt(), 0), newestAttempt);
      } else {
        count = file.amAttempt() == newestAttempt ? file.entries().size() : 0;
      }
      entries.addAll(file.entries().subList(0, count));
      recordsRead.put(file.amAttempt(), count);
    }
    recovered.forEach((attempt, records) -> {
      if (records > 0 && !recordsRead.containsKey(attempt)) {
        log.warn("attempt {} recovered from {} records of attempt {}'s journal, which is gone; recovering without it",
            newestAttempt, records, attempt);
      }
    });
    return JournalState.fold(entries, recordsRead);
  }

  /** The newest file that begins with its attempt's start record; newer ones hold no work. */
  private static Optional<AttemptJournal> newestStarted(List<AttemptJournal> files) {
    for (int i = files.size() - 1; i >= 0; i--) {
      AttemptJournal file = files.get(i);
      if (file.started().isPresent()) {
        return Optional.of(file);
      }
      if (file.entries().isEmpty()) {
        log.info("journal {} holds no complete record: attempt {} died before it journaled anything",
            file.file(), file.amAttempt());
      } else {
        log.warn("ignoring the {} records of journal {}: its first record is not the attempt's start record",
            file.entries().size(), file.file());
      }
    }
    return Optional.empty();
  }

  /** How many of {@code file}'s records count, given that attempt {@code by} recovered from {@code recovered}. */
  private static int limit(AttemptJournal file, int recovered, int by) {
    int readable = file.entries().size();
    if (readable > recovered) {
      log.info("journal {}: ignoring its last {} of {} records, written after attempt {} recovered from it",
          file.file(), readable - recovered, readable, by);
    } else if (readable < recovered) {
      log.warn("journal {}: attempt {} recovered from {} records of it but only {} are readable now",
          file.file(), by, recovered, readable);
    }
    return Math.min(readable, recovered);
  }

  private static FileStatus[] list(FileSystem fs, Path journalFolder) throws IOException {
    try {
      return fs.listStatus(journalFolder);
    } catch (FileNotFoundException e) {
      log.info("no journal folder {}: no earlier attempt journaled anything", journalFolder);
      return new FileStatus[0];
    }
  }
}
