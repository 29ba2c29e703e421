package org.sepyarn.am;

import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import org.sepyarn.am.bytes.AmBytesFiles;
import org.sepyarn.am.bytes.ByteLedger;
import org.sepyarn.am.convergence.ConvergenceWatch;
import org.sepyarn.am.schedule.JobSnapshot;
import org.sepyarn.am.schedule.TaskScheduler;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.status.IterationNorms;
import org.sepyarn.am.status.JobBytes;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.FileWrite;
import org.sepyarn.am.status.StatusFilesWriter;
import org.sepyarn.am.status.StatusPublisher;
import org.sepyarn.am.web.JobPhase;
import org.sepyarn.am.web.JobView;
import org.sepyarn.am.web.JobViewAssembler;
import org.sepyarn.am.web.LatestJobView;

/**
 * Shows the job to the outside from the scheduler's state: the tracking page's view and the status
 * files in the work folder, each at most every so often (always when the phase changes), with the
 * job's byte counts and, for a solve, the norms of the iterations done; this ApplicationMaster
 * attempt's own counts are kept with the status files. Once the scatter phase is shown
 * ({@link #showScatterTasks}), every view and status lists its tasks too; the merge phase's tasks
 * are listed whenever a merge scheduler is given. Each phase's attempts are numbered from its first
 * job-wide task.
 * The intervals grow with the job, a millisecond per ten tasks for the view and per five for the
 * files, so that a job of 100,000 tasks rebuilds its view every 10 s and writes its files every
 * 20 s, not every second. Called on the event loop's thread; the files are written on a thread of
 * their own ({@link StatusFilesWriter}), and {@link #publishEnd} returns once they are.
 */
final class JobPublisher implements AutoCloseable {
  private static final long VIEW_INTERVAL_MS = 1000;
  private static final long STATUS_INTERVAL_MS = 2000;

  private final JobViewAssembler views;
  private final LatestJobView latest;
  private final StatusPublisher status;
  private final ByteLedger bytes;
  private final AmBytesFiles amBytes;
  private final int amAttempt;
  private final ConvergenceWatch convergence;
  private final StatusFilesWriter writer = new StatusFilesWriter();
  private long lastStatus;
  private long lastView;
  private JobPhase lastPhase;
  private TaskScheduler scatters;
  private int firstScatterTask;
  /** The job-wide number of merge task 0, or -1 for right after the job's tasks. */
  private int firstMergeTask = -1;

  /**
   * @param bytes the job's byte counts, shown with the status
   * @param amBytes where this ApplicationMaster attempt's own counts are kept, with the status files
   * @param amAttempt this ApplicationMaster attempt's number
   * @param convergence a solve's iterations, read as their steps commit ({@link ConvergenceWatch#NONE} for none)
   */
  JobPublisher(JobViewAssembler views, LatestJobView latest, StatusPublisher status, ByteLedger bytes,
      AmBytesFiles amBytes, int amAttempt, ConvergenceWatch convergence) {
    this.convergence = convergence;
    this.views = views;
    this.latest = latest;
    this.status = status;
    this.bytes = bytes;
    this.amBytes = amBytes;
    this.amAttempt = amAttempt;
  }

  /** Shows {@code snapshot}, just taken from {@code scheduler}, which also gives each task's attempts. */
  void publish(TaskScheduler scheduler, JobSnapshot snapshot, JobPhase phase, double progress, String diagnostics) {
    publish(scheduler, snapshot, phase, progress, diagnostics, null);
  }

  /**
   * Shows {@code snapshot}, just taken from {@code scheduler}, and the merge tasks of
   * {@code merges}, the merge phase's scheduler (null before that phase, or when it has none).
   */
  void publish(TaskScheduler scheduler, JobSnapshot snapshot, JobPhase phase, double progress, String diagnostics,
      TaskScheduler merges) {
    publish(scheduler, snapshot, phase, progress, diagnostics, scatters == null ? null : scatters.snapshot(), merges,
        merges == null ? null : merges.snapshot());
  }

  /**
   * From now on every view and status lists the scatter tasks of {@code scatters}, the scatter
   * phase's scheduler; scatter task {@code k} is task {@code firstTask + k}.
   */
  void showScatterTasks(TaskScheduler scatters, int firstTask) {
    this.scatters = scatters;
    this.firstScatterTask = firstTask;
  }

  /** Merge task {@code k} is task {@code firstTask + k}; without this, the task right after the job's last. */
  void mergeTasksFrom(int firstTask) {
    this.firstMergeTask = firstTask;
  }

  /**
   * Shows how the job ended ({@code phase} SUCCEEDED or FAILED): tasks, scatter tasks and merge
   * tasks that still held a container were stopped with it and are shown killed, not running.
   */
  void publishEnd(TaskScheduler scheduler, JobPhase phase, double progress, String diagnostics,
      TaskScheduler merges) throws InterruptedIOException {
    publish(scheduler, scheduler.snapshot().ended(), phase, progress, diagnostics,
        scatters == null ? null : scatters.snapshot().ended(), merges,
        merges == null ? null : merges.snapshot().ended());
    writer.flush();
  }

  /** Writes the status files still pending, and stops writing them. */
  @Override
  public void close() throws InterruptedIOException {
    writer.close();
  }

  private void publish(TaskScheduler scheduler, JobSnapshot snapshot, JobPhase phase, double progress,
      String diagnostics, JobSnapshot scatterSnapshot, TaskScheduler merges, JobSnapshot mergeSnapshot) {
    long now = System.currentTimeMillis();
    boolean newPhase = phase != lastPhase;
    int tasks = snapshot.taskCount();
    JobBytes counted = bytes.snapshot();
    boolean showView = newPhase || now - lastView >= Math.max(VIEW_INTERVAL_MS, tasks / 10);
    boolean writeStatus = newPhase || now - lastStatus >= Math.max(STATUS_INTERVAL_MS, tasks / 5);
    List<IterationNorms> iterations = showView || writeStatus
        ? convergence.update(t -> snapshot.tasks().get(t).state() == TaskState.SUCCEEDED) : List.of();
    if (showView) {
      JobView view = views.view(phase, progress, diagnostics, snapshot, scheduler::attempts, now).withBytes(counted)
          .withIterations(iterations);
      if (scatterSnapshot != null) {
        view = views.withScatterTasks(view, scatterSnapshot, scatters::attempts, firstScatterTask, now);
      }
      if (merges != null) {
        view = views.withMergeTasks(view, mergeSnapshot, merges::attempts, firstMergeTask(tasks), now);
      }
      latest.publish(view);
      lastView = now;
    }
    if (writeStatus) {
      JobStatus published = status.status(phase.name(), progress, snapshot, diagnostics, counted)
          .withTimeLeftAndResumed(phase == JobPhase.RUNNING ? latest.current().timeLeftMillis() : null, views.resumed())
          .withIterations(iterations);
      if (scatterSnapshot != null) {
        published = published.withScatterTasks(StatusPublisher.tasks(scatterSnapshot));
      }
      if (merges != null) {
        published = published.withMergeTasks(StatusPublisher.tasks(mergeSnapshot));
      }
      List<FileWrite> files = new ArrayList<>(status.files(published));
      files.add(amBytes.file(amAttempt, bytes.ownCounts()));
      writer.hand(files);
      lastStatus = now;
    }
    lastPhase = phase;
  }

  private int firstMergeTask(int taskCount) {
    return firstMergeTask < 0 ? taskCount : firstMergeTask;
  }
}
