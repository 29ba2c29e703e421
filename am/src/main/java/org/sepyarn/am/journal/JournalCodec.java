package org.sepyarn.am.journal;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.sepyarn.am.journal.JournalEntry.Checkpoint;
import org.sepyarn.am.journal.JournalEntry.JobFinished;
import org.sepyarn.am.journal.JournalEntry.JobStarted;
import org.sepyarn.am.journal.JournalEntry.OutputMerged;
import org.sepyarn.am.journal.JournalEntry.TaskMoved;
import org.sepyarn.am.journal.proto.AttemptRecord;
import org.sepyarn.am.journal.proto.CheckpointRecord;
import org.sepyarn.am.journal.proto.JobFinishedRecord;
import org.sepyarn.am.journal.proto.JobStartedRecord;
import org.sepyarn.am.journal.proto.JournalRecord;
import org.sepyarn.am.journal.proto.OutputMergedRecord;
import org.sepyarn.am.journal.proto.RecoveredJournal;
import org.sepyarn.am.journal.proto.TaskStateRecord;
import org.sepyarn.am.journal.proto.TaskTransitionRecord;
import org.sepyarn.am.schedule.Attempt;
import org.sepyarn.am.schedule.Locality;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskTransition;

/**
 * Converts journal entries to protobuf records and back, in one place for both directions.
 * Diagnostics are cut to {@value #MAX_DIAGNOSTICS} characters on the way out. Decoding checks
 * every field: a record that parses but names an unknown state or exit reason, or an impossible
 * transition, throws {@link IllegalArgumentException} naming the field and the value.
 */
public final class JournalCodec {
  /** The most characters of diagnostics a record keeps; longer ones are cut and say so. */
  public static final int MAX_DIAGNOSTICS = 4096;

  private JournalCodec() {
  }

  public static JournalRecord encode(JournalEntry entry) {
    JournalRecord.Builder record = JournalRecord.newBuilder();
    if (entry instanceof JobStarted s) {
      JobStartedRecord.Builder started = JobStartedRecord.newBuilder().setAmAttempt(s.amAttempt())
          .setApplicationAttemptId(s.applicationAttemptId()).setJobFingerprint(s.fingerprint());
      s.recoveredFrom().forEach((attempt, records) ->
          started.addRecoveredFrom(RecoveredJournal.newBuilder().setAmAttempt(attempt).setRecords(records)));
      record.setJobStarted(started);
    } else if (entry instanceof TaskMoved m) {
      record.setTaskTransition(encode(m.transition()));
    } else if (entry instanceof Checkpoint c) {
      record.setCheckpoint(CheckpointRecord.newBuilder().setTaskIndex(c.taskIndex()).setAttempt(c.attempt())
          .setText(c.text()).setProgress(c.progress()));
    } else if (entry instanceof OutputMerged o) {
      record.setOutputMerged(OutputMergedRecord.newBuilder().setFileIndex(o.fileIndex()).setFinalPath(o.finalPath()));
    } else if (entry instanceof JobFinished f) {
      record.setJobFinished(JobFinishedRecord.newBuilder().setSucceeded(f.succeeded())
          .setDiagnostics(cut(f.diagnostics())));
    } else {
      throw new IllegalArgumentException("journal entry " + entry + " has no record type");
    }
    return record.build();
  }

  public static JournalEntry decode(JournalRecord record) {
    return switch (record.getKindCase()) {
      case JOB_STARTED -> decode(record.getJobStarted());
      case TASK_TRANSITION -> new TaskMoved(decode(record.getTaskTransition()));
      case CHECKPOINT -> {
        CheckpointRecord c = record.getCheckpoint();
        yield new Checkpoint(c.getTaskIndex(), c.getAttempt(), c.getText(), c.getProgress());
      }
      case OUTPUT_MERGED -> new OutputMerged(record.getOutputMerged().getFileIndex(),
          record.getOutputMerged().getFinalPath());
      case JOB_FINISHED -> new JobFinished(record.getJobFinished().getSucceeded(),
          record.getJobFinished().getDiagnostics());
      case KIND_NOT_SET -> throw new IllegalArgumentException("journal record of " + record.getSerializedSize()
          + " bytes has no kind set; expected job_started, task_transition, checkpoint, output_merged or job_finished");
    };
  }

  /** {@code text} if it fits in {@value #MAX_DIAGNOSTICS} characters, else its start and a note of the cut. */
  static String cut(String text) {
    if (text.length() <= MAX_DIAGNOSTICS) {
      return text;
    }
    int end = MAX_DIAGNOSTICS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + " [" + (text.length() - end) + " more characters not journaled]";
  }

  private static TaskTransitionRecord encode(TaskTransition t) {
    Attempt a = t.attempt();
    AttemptRecord.Builder attempt = AttemptRecord.newBuilder().setNumber(a.number()).setContainerId(a.containerId())
        .setNode(a.node()).setStartedAt(a.startedAt()).setDiagnostics(cut(a.diagnostics()));
    a.endedAt().ifPresent(attempt::setEndedAt);
    a.reason().ifPresent(reason -> attempt.setExitReason(reason.name()));
    a.locality().ifPresent(locality -> attempt.setLocality(locality.name()));
    return TaskTransitionRecord.newBuilder().setTaskIndex(t.taskIndex()).setFrom(encode(t.from()))
        .setTo(encode(t.to())).setAttempt(attempt).setAt(t.at()).build();
  }

  private static TaskTransition decode(TaskTransitionRecord t) {
    AttemptRecord a = t.getAttempt();
    return transition(t.getTaskIndex(), t.getFrom(), t.getTo(), t.hasAttempt(), a.getNumber(), a.getContainerId(),
        a.getNode(), a.getStartedAt(), a.getEndedAt(), a.getExitReason(), a.getDiagnostics(), a.getLocality(),
        t.getAt());
  }

  /**
   * The transition a task-transition record's fields describe, checked as {@link #decode(JournalRecord)}
   * checks it: shared with {@link TransitionWireDecoder}, which reads the fields off the wire.
   *
   * @param localityName the attempt's locality as recorded, empty when it was not
   */
  static TaskTransition transition(int taskIndex, TaskStateRecord from, TaskStateRecord to, boolean hasAttempt,
      int number, String containerId, String node, long startedAt, long endedAt, String exitReason,
      String diagnostics, String localityName, long at) {
    if (!hasAttempt) {
      throw new IllegalArgumentException("transition of task " + taskIndex + " at " + at + " has no attempt");
    }
    Locality locality = Locality.parse(localityName).orElse(null);
    Attempt attempt;
    if (exitReason.isEmpty()) {
      if (endedAt != 0 || !diagnostics.isEmpty()) {
        throw new IllegalArgumentException("attempt " + number + " of task " + taskIndex
            + " has no exit reason but ended at " + endedAt + " with diagnostics '" + diagnostics
            + "': a running attempt has neither");
      }
      attempt = Attempt.started(number, containerId, node, startedAt, locality);
    } else {
      attempt = Attempt.ended(number, containerId, node, startedAt, endedAt, exitReason(exitReason, taskIndex),
          diagnostics, locality);
    }
    return new TaskTransition(taskIndex, decode(from, "from", taskIndex), decode(to, "to", taskIndex), attempt, at);
  }

  private static JobStarted decode(JobStartedRecord s) {
    Map<Integer, Integer> recovered = new TreeMap<>();
    for (RecoveredJournal r : s.getRecoveredFromList()) {
      if (recovered.put(r.getAmAttempt(), r.getRecords()) != null) {
        throw new IllegalArgumentException("AM attempt " + s.getAmAttempt() + " names attempt " + r.getAmAttempt()
            + " twice among the journals it recovered from");
      }
    }
    return new JobStarted(s.getAmAttempt(), s.getApplicationAttemptId(), s.getJobFingerprint(), recovered);
  }

  private static ExitReason exitReason(String name, int taskIndex) {
    try {
      return ExitReason.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("exit reason '" + name + "' of task " + taskIndex
          + " is unknown; known reasons: " + Arrays.toString(ExitReason.values()), e);
    }
  }

  private static TaskStateRecord encode(TaskState state) {
    return switch (state) {
      case WAITING -> TaskStateRecord.TASK_STATE_WAITING;
      case ASSIGNED -> TaskStateRecord.TASK_STATE_ASSIGNED;
      case RUNNING -> TaskStateRecord.TASK_STATE_RUNNING;
      case SUCCEEDED -> TaskStateRecord.TASK_STATE_SUCCEEDED;
      case FAILED -> TaskStateRecord.TASK_STATE_FAILED;
      case KILLED -> throw new IllegalArgumentException("KILLED is how an ended job shows a stopped task; no"
          + " transition moves a task there");
    };
  }

  private static TaskState decode(TaskStateRecord state, String field, int taskIndex) {
    return switch (state) {
      case TASK_STATE_WAITING -> TaskState.WAITING;
      case TASK_STATE_ASSIGNED -> TaskState.ASSIGNED;
      case TASK_STATE_RUNNING -> TaskState.RUNNING;
      case TASK_STATE_SUCCEEDED -> TaskState.SUCCEEDED;
      case TASK_STATE_FAILED -> TaskState.FAILED;
      case TASK_STATE_UNSPECIFIED, UNRECOGNIZED -> throw new IllegalArgumentException("state '" + field
          + "' of task " + taskIndex + "'s transition is " + state + "; allowed: "
          + Arrays.toString(TaskState.values()));
    };
  }
}
