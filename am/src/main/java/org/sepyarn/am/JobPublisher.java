package org.sepyarn.am;

import org.sepyarn.am.schedule.JobSnapshot;
import org.sepyarn.am.schedule.TaskScheduler;
import org.sepyarn.am.status.StatusPublisher;
import org.sepyarn.am.web.JobPhase;
import org.sepyarn.am.web.JobViewAssembler;
import org.sepyarn.am.web.LatestJobView;

/**
 * Shows the job to the outside from the scheduler's state: the tracking page's view on every
 * call, the status files in the work folder at most every couple of seconds (and always when the
 * phase changes). Called on the event loop's thread.
 */
final class JobPublisher {
  private static final long STATUS_INTERVAL_MS = 2000;

  private final JobViewAssembler views;
  private final LatestJobView latest;
  private final StatusPublisher status;
  private long lastStatus;
  private JobPhase lastPhase;

  JobPublisher(JobViewAssembler views, LatestJobView latest, StatusPublisher status) {
    this.views = views;
    this.latest = latest;
    this.status = status;
  }

  /** Shows {@code snapshot}, just taken from {@code scheduler}, which also gives each task's attempts. */
  void publish(TaskScheduler scheduler, JobSnapshot snapshot, JobPhase phase, double progress, String diagnostics) {
    long now = System.currentTimeMillis();
    latest.publish(views.view(phase, progress, diagnostics, snapshot, scheduler::attempts, now));
    if (phase != lastPhase || now - lastStatus >= STATUS_INTERVAL_MS) {
      status.publish(status.status(phase.name(), progress, snapshot, diagnostics));
      lastStatus = now;
      lastPhase = phase;
    }
  }
}
