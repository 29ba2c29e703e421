package org.sepyarn.am;

import org.sepyarn.am.journal.JournalRecorder;
import org.sepyarn.am.schedule.JobFailure;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskTransition;
import org.sepyarn.am.yarn.PhaseTaskActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a phase of the job's own tasks (the scatter phase, the merge phase) goes: each transition
 * journaled and logged as the phase's task ({@code scatter task k}, {@code merge task k}), and
 * whether it is over and why it failed, if it did.
 */
class PhaseOutcome implements PhaseTaskActions.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(PhaseOutcome.class);

  private final String kind;
  private final int firstTask;
  private final JournalRecorder journal;
  private volatile boolean done;
  private volatile JobFailure failure;

  /**
   * @param kind what the phase's tasks are called in the log: {@code scatter} or {@code merge}
   * @param firstTask the job-wide number of the phase's task 0
   */
  PhaseOutcome(String kind, int firstTask, JournalRecorder journal) {
    this.kind = kind;
    this.firstTask = firstTask;
    this.journal = journal;
  }

  /** Whether every task of the phase succeeded or one ran out of attempts. */
  boolean isDone() {
    return done;
  }

  /** Why the phase failed, or null. */
  JobFailure failure() {
    return failure;
  }

  @Override
  public void phaseTaskStateChanged(TaskTransition transition) {
    journal.taskStateChanged(transition);
    LOG.info("{} task {} {} -> {} (attempt {}{})", kind, transition.taskIndex() - firstTask, transition.from(),
        transition.to(), transition.attempt().number(), transition.to() == TaskState.ASSIGNED
            ? transition.attempt().locality().map(l -> ", " + l.text() + " on " + transition.attempt().node())
                .orElse("") : "");
  }

  @Override
  public void allPhaseTasksSucceeded() {
    done = true;
  }

  @Override
  public void phaseFailed(JobFailure why) {
    failure = why;
    done = true;
  }
}
