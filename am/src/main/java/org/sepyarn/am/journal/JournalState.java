package org.sepyarn.am.journal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sepyarn.am.journal.JournalEntry.Checkpoint;
import org.sepyarn.am.journal.JournalEntry.JobFinished;
import org.sepyarn.am.journal.JournalEntry.JobStarted;
import org.sepyarn.am.journal.JournalEntry.OutputMerged;
import org.sepyarn.am.journal.JournalEntry.TaskMoved;
import org.sepyarn.am.schedule.TaskTransition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What earlier ApplicationMaster attempts journaled, folded into what a new attempt needs: the
 * task transitions in order (for {@link org.sepyarn.am.schedule.TaskScheduler#recover}), the latest
 * checkpoint of each task, the outputs already merged, the job's fingerprint and whether the job
 * already finished. Immutable.
 */
public final class JournalState {
  private static final Logger log = LoggerFactory.getLogger(JournalState.class);

  /** The state of a job no attempt journaled anything for. */
  public static final JournalState EMPTY = fold(List.of(), Map.of());

  private final List<TaskTransition> transitions;
  private final SortedMap<Integer, Checkpoint> checkpoints;
  private final SortedSet<Integer> mergedOutputs;
  private final Optional<String> fingerprint;
  private final Optional<JobFinished> finished;
  private final SortedMap<Integer, Integer> recordsRead;

  private JournalState(List<TaskTransition> transitions, SortedMap<Integer, Checkpoint> checkpoints,
      SortedSet<Integer> mergedOutputs, Optional<String> fingerprint, Optional<JobFinished> finished,
      SortedMap<Integer, Integer> recordsRead) {
    this.transitions = List.copyOf(transitions);
    this.checkpoints = Collections.unmodifiableSortedMap(checkpoints);
    this.mergedOutputs = Collections.unmodifiableSortedSet(mergedOutputs);
    this.fingerprint = fingerprint;
    this.finished = finished;
    this.recordsRead = Collections.unmodifiableSortedMap(new TreeMap<>(recordsRead));
  }

  /**
   * Folds {@code entries}, in the order the attempts wrote them, into a state; {@code recordsRead}
   * is how many records of each attempt's file they are.
   */
  static JournalState fold(List<JournalEntry> entries, Map<Integer, Integer> recordsRead) {
    List<TaskTransition> transitions = new ArrayList<>();
    SortedMap<Integer, Checkpoint> checkpoints = new TreeMap<>();
    SortedSet<Integer> merged = new TreeSet<>();
    Optional<String> fingerprint = Optional.empty();
    Optional<JobFinished> finished = Optional.empty();
    for (JournalEntry entry : entries) {
      if (entry instanceof JobStarted s) {
        if (fingerprint.isEmpty()) {
          fingerprint = Optional.of(s.fingerprint());
        } else if (!fingerprint.get().equals(s.fingerprint())) {
          log.warn("AM attempt {} journaled job fingerprint {}, not the first attempt's {}; keeping the first",
              s.amAttempt(), s.fingerprint(), fingerprint.get());
        }
      } else if (entry instanceof TaskMoved m) {
        transitions.add(m.transition());
      } else if (entry instanceof Checkpoint c) {
        checkpoints.put(c.taskIndex(), c);
      } else if (entry instanceof OutputMerged o) {
        merged.add(o.fileIndex());
      } else if (entry instanceof JobFinished f) {
        finished = Optional.of(f);
      }
    }
    return new JournalState(transitions, checkpoints, merged, fingerprint, finished, new TreeMap<>(recordsRead));
  }

  /** Every task transition the earlier attempts journaled, in order: for {@code TaskScheduler.recover}. */
  public List<TaskTransition> transitions() {
    return transitions;
  }

  /** The latest checkpoint of each task that journaled one, by task index. */
  public SortedMap<Integer, Checkpoint> checkpoints() {
    return checkpoints;
  }

  /** The indexes (positions in the job's files) of the outputs already merged into their final place. */
  public Set<Integer> mergedOutputs() {
    return mergedOutputs;
  }

  /** The job fingerprint the first attempt journaled; empty if no attempt got that far. */
  public Optional<String> fingerprint() {
    return fingerprint;
  }

  /**
   * Checks that the job this attempt was given is the one the earlier attempts journaled.
   *
   * @throws IllegalStateException naming both fingerprints, if the job description or an input's
   *     shape changed since the first attempt: its work cannot be combined with this attempt's
   */
  public void checkSameJob(String currentFingerprint) {
    if (fingerprint.isPresent() && !fingerprint.get().equals(currentFingerprint)) {
      throw new IllegalStateException("the job description or an input changed since the first ApplicationMaster "
          + "attempt started the job (job fingerprint " + currentFingerprint + " now, " + fingerprint.get()
          + " then), so its journaled work cannot be resumed; submit the job again as a new application");
    }
  }

  /** How an earlier attempt recorded the job as finished (the latest such record), if one did. */
  public Optional<JobFinished> finished() {
    return finished;
  }

  /**
   * How many records of each earlier attempt's file this state is made of, by attempt number: the
   * new attempt journals it in its {@link JobStarted} record, so that later attempts read those
   * files no further than it did.
   */
  public SortedMap<Integer, Integer> recordsRead() {
    return recordsRead;
  }

  /** Whether no earlier attempt journaled anything: the job starts afresh. */
  public boolean isEmpty() {
    return fingerprint.isEmpty() && transitions.isEmpty() && checkpoints.isEmpty() && mergedOutputs.isEmpty()
        && finished.isEmpty();
  }

  @Override
  public String toString() {
    return transitions.size() + " task transitions, checkpoints of " + checkpoints.size() + " tasks, merged outputs "
        + mergedOutputs + ", fingerprint " + fingerprint.orElse("none") + ", "
        + finished.map(f -> f.succeeded() ? "finished (succeeded)" : "finished (failed)").orElse("not finished")
        + ", records read by attempt " + recordsRead;
  }
}
