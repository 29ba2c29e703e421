package org.sepyarn.am.schedule;

/** Where the job as a whole stands in the scheduler. */
public enum JobState {
  /** Created, {@link TaskScheduler#start()} not called yet. */
  NEW,
  RUNNING,
  SUCCEEDED,
  FAILED
}
