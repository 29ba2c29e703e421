package org.sepyarn.am.journal;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sepyarn.am.schedule.TaskTransition;

/**
 * One record of the job journal, as the ApplicationMaster sees it. {@link JournalCodec} turns
 * entries into protobuf records and back; every entry validates its fields so that a record that
 * parses but makes no sense is caught as corrupt.
 */
public sealed interface JournalEntry {

  /**
   * An ApplicationMaster attempt began or resumed the job.
   *
   * @param amAttempt YARN's AM attempt number, from 1
   * @param applicationAttemptId {@code ApplicationAttemptId.toString()}
   * @param fingerprint the {@link JobFingerprint} of the job and its inputs
   * @param recoveredFrom how many records of each earlier attempt's journal this attempt recovered
   *     from, by attempt number (see {@link JournalState#recordsRead()})
   */
  record JobStarted(int amAttempt, String applicationAttemptId, String fingerprint,
      Map<Integer, Integer> recoveredFrom) implements JournalEntry {

    public JobStarted {
      requirePositive("AM attempt number", amAttempt);
      requireText("application attempt id", applicationAttemptId);
      requireText("job fingerprint", fingerprint);
      Objects.requireNonNull(recoveredFrom, "recoveredFrom");
      for (Map.Entry<Integer, Integer> e : recoveredFrom.entrySet()) {
        if (e.getKey() < 1 || e.getKey() >= amAttempt || e.getValue() < 0) {
          throw new IllegalArgumentException("AM attempt " + amAttempt + " cannot have recovered " + e.getValue()
              + " records from attempt " + e.getKey() + ": only earlier attempts (1 to " + (amAttempt - 1)
              + ") and counts of 0 or more are allowed");
        }
      }
      recoveredFrom = Collections.unmodifiableSortedMap(new TreeMap<>(recoveredFrom));
    }
  }

  /** A task changed state, as the scheduler published it. */
  record TaskMoved(TaskTransition transition) implements JournalEntry {

    public TaskMoved {
      Objects.requireNonNull(transition, "transition");
    }
  }

  /**
   * Attempt {@code attempt} of task {@code taskIndex} got {@code progress} (0 to 1) of the way and
   * can resume from {@code text}.
   */
  record Checkpoint(int taskIndex, int attempt, String text, double progress) implements JournalEntry {

    public Checkpoint {
      requireIndex("task index", taskIndex);
      requirePositive("attempt number of task " + taskIndex + "'s checkpoint", attempt);
      Objects.requireNonNull(text, "text");
      if (!(progress >= 0 && progress <= 1)) {
        throw new IllegalArgumentException("progress " + progress + " of task " + taskIndex
            + "'s checkpoint is not allowed: it goes from 0 to 1");
      }
    }
  }

  /** Output {@code fileIndex} (its position in the job's files) is merged into {@code finalPath}. */
  record OutputMerged(int fileIndex, String finalPath) implements JournalEntry {

    public OutputMerged {
      requireIndex("output file index", fileIndex);
      requireText("final path of output " + fileIndex, finalPath);
    }
  }

  /** The job is over, every output merged or given up on, with the ApplicationMaster's diagnostics. */
  record JobFinished(boolean succeeded, String diagnostics) implements JournalEntry {

    public JobFinished {
      diagnostics = diagnostics == null ? "" : diagnostics;
    }
  }

  private static void requirePositive(String what, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(what + " " + value + " is not allowed: it counts from 1");
    }
  }

  private static void requireIndex(String what, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " " + value + " is not allowed: it must not be negative");
    }
  }

  private static void requireText(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " '" + value + "' must not be blank");
    }
  }
}
