package org.sepyarn.am.journal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.am.journal.JournalEntry.Checkpoint;
import org.sepyarn.am.journal.JournalEntry.JobFinished;
import org.sepyarn.am.journal.JournalEntry.JobStarted;
import org.sepyarn.am.journal.JournalEntry.OutputMerged;
import org.sepyarn.am.journal.JournalEntry.TaskMoved;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskTransition;

/**
 * What the ApplicationMaster calls to journal the job as it goes: task transitions from the
 * scheduler (before the launch or release that follows them is carried out), checkpoints, merged
 * outputs and the end of the job. Every record is durable when the call returns except a task's
 * move to running, which a new attempt infers anyway from a container that survived.
 *
 * <p>Calls come from listener methods that cannot throw checked exceptions, so a failed write
 * throws {@link UncheckedIOException} naming the journal and the record: the AM cannot promise
 * recovery any more and should stop.
 */
public final class JournalRecorder implements Closeable {
  private final JournalWriter writer;

  private JournalRecorder(JournalWriter writer) {
    this.writer = writer;
  }

  /**
   * Creates the journal file of attempt {@code started.amAttempt()} in {@code journalFolder} and
   * journals {@code started} as its first record, durably.
   */
  public static JournalRecorder open(FileSystem fs, Path journalFolder, JobStarted started) throws IOException {
    JournalWriter writer = JournalWriter.create(fs, journalFolder, started.amAttempt());
    try {
      return start(writer, started);
    } catch (IOException | RuntimeException e) {
      writer.close();
      throw e;
    }
  }

  /** Journals {@code started} as the first record of {@code writer}'s file, durably. */
  public static JournalRecorder start(JournalWriter writer, JobStarted started) throws IOException {
    if (writer.records() != 0) {
      throw new IllegalStateException("journal " + writer.file() + " already holds " + writer.records()
          + " records; the job's start must be its first");
    }
    writer.append(JournalCodec.encode(started), true);
    return new JournalRecorder(writer);
  }

  /** The scheduler moved a task: {@code SchedulerActions.taskStateChanged}. */
  public void taskStateChanged(TaskTransition transition) {
    write(new TaskMoved(transition), transition.to() != TaskState.RUNNING,
        "task " + transition.taskIndex() + "'s move from " + transition.from() + " to " + transition.to());
  }

  /** Attempt {@code attempt} of task {@code taskIndex} is {@code progress} (0 to 1) done; resumes at {@code text}. */
  public void checkpoint(int taskIndex, int attempt, String text, double progress) {
    write(new Checkpoint(taskIndex, attempt, text, progress), true, "a checkpoint of task " + taskIndex);
  }

  /** Output {@code fileIndex} (its position in the job's files) is merged into {@code finalPath}. */
  public void outputMerged(int fileIndex, String finalPath) {
    write(new OutputMerged(fileIndex, finalPath), true, "the merge of output " + fileIndex);
  }

  /** The job is over; a later attempt (if YARN starts one) only needs to report how it ended. */
  public void jobFinished(boolean succeeded, String diagnostics) {
    write(new JobFinished(succeeded, diagnostics), true, "the end of the job");
  }

  public Path file() {
    return writer.file();
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  private void write(JournalEntry entry, boolean durable, String what) {
    try {
      writer.append(JournalCodec.encode(entry), durable);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot journal " + what + " in " + writer.file() + ": " + e.getMessage(), e);
    }
  }
}
