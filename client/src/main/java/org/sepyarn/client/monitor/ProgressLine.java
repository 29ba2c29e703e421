package org.sepyarn.client.monitor;

import java.util.List;
import java.util.Optional;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.TaskStatus;

/**
 * One progress line: what the job is doing (tasks by state, or the application's state before
 * the ApplicationMaster has written its status), the percentage done, the time elapsed and an
 * estimate of the time left: the ApplicationMaster's, from its tasks' durations, when its status
 * has one; otherwise the elapsed time extrapolated, once {@link #EXTRAPOLATE_FROM} of the job is
 * done (before, the job's start-up weighs too much and the guess is wildly pessimistic). {@link #key()} leaves out the times, so that a line is new only
 * when the work has moved.
 *
 * @param activity tasks by state, e.g. {@code 12/16 done, 3 running, 1 waiting}, and while the job
 *     scatters or merges, that phase's tasks
 * @param percent the percentage done, 0 to 100
 * @param timing the time elapsed and, once there is progress, the time left
 */
public record ProgressLine(String activity, int percent, String timing) {
  /** The fraction done from which the elapsed time is extrapolated, without the ApplicationMaster's estimate. */
  static final double EXTRAPOLATE_FROM = 0.1;

  public static ProgressLine of(ApplicationSnapshot app, Optional<JobStatus> status, long elapsedMillis) {
    double fraction = status.map(JobStatus::progress).orElse((double) app.progress());
    fraction = Math.max(0, Math.min(1, fraction));
    String activity = status.map(ProgressLine::tasks).orElse(application(app));
    String timing = Elapsed.format(elapsedMillis) + " elapsed";
    Long estimate = status.map(JobStatus::timeLeftMillis).orElse(null);
    if (estimate != null && fraction < 1) {
      timing += ", about " + Elapsed.format(estimate) + " left";
    } else if (fraction >= EXTRAPOLATE_FROM && fraction < 1 && elapsedMillis > 0) {
      timing += ", about " + Elapsed.format((long) (elapsedMillis * (1 - fraction) / fraction)) + " left";
    }
    return new ProgressLine(activity, (int) Math.floor(fraction * 100), timing);
  }

  private static String application(ApplicationSnapshot app) {
    return "application " + app.state() + (app.hasEnded() ? " (" + app.finalStatus() + ")" : "");
  }

  private static String tasks(JobStatus status) {
    int done = status.count("SUCCEEDED");
    int running = status.count("RUNNING") + status.count("ASSIGNED");
    int failed = status.count("FAILED");
    int waiting = status.taskCount() - done - running - failed;
    StringBuilder sb = new StringBuilder().append(done).append('/').append(status.taskCount()).append(" done, ")
        .append(running).append(" running, ").append(waiting).append(" waiting");
    if (failed > 0) {
      sb.append(", ").append(failed).append(" failed");
    }
    if ("SCATTERING".equals(status.state())) {
      sb.append(phaseTasks("scatter", status.scatterTasks(), "scattering inputs"));
    } else if ("MERGING".equals(status.state())) {
      sb.append(phaseTasks("merge", status.mergeTasks(), "merging outputs"));
    }
    return sb.toString();
  }

  /**
   * A phase's tasks done and running, e.g. {@code , merge tasks 1/4 done, 2 running}; the words
   * {@code idle} say instead when the status lists none of them yet.
   */
  private static String phaseTasks(String phase, List<TaskStatus> tasks, String idle) {
    if (tasks.isEmpty()) {
      return ", " + idle;
    }
    long done = tasks.stream().filter(t -> t.state().equals("SUCCEEDED")).count();
    long running = tasks.stream().filter(t -> t.state().equals("RUNNING") || t.state().equals("ASSIGNED")).count();
    return ", " + phase + " tasks " + done + "/" + tasks.size() + " done, " + running + " running";
  }

  /** The line without the times: equal keys mean no news. */
  public String key() {
    return activity + " " + percent;
  }

  public String text() {
    return activity + " | " + percent + "% | " + timing;
  }
}
