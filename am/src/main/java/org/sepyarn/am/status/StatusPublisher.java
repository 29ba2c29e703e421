package org.sepyarn.am.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.sepyarn.am.schedule.JobSnapshot;
import org.sepyarn.am.schedule.TaskView;
import org.sepyarn.runner.spec.SmallFiles;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * The job's status as the work folder keeps it: {@code status.json} for programs and
 * {@code status.txt} for people (SEP's status file), each replaced atomically so that a reader
 * never sees half of one (written off the event loop by {@link StatusFilesWriter}).
 */
public final class StatusPublisher {
  private final FileSystem fs;
  private final WorkLayout work;
  private final String application;
  private final String name;
  private final FlowSteps steps;

  /** The publisher of a job of one program. */
  public StatusPublisher(FileSystem fs, WorkLayout work, String application, String name) {
    this(fs, work, application, name, FlowSteps.NONE);
  }

  /** The publisher of a job whose steps are {@code steps} ({@link FlowSteps#NONE} for one program). */
  public StatusPublisher(FileSystem fs, WorkLayout work, String application, String name, FlowSteps steps) {
    this.steps = steps;
    this.fs = fs;
    this.work = work;
    this.application = application;
    this.name = name;
  }

  /**
   * The status of the job as a snapshot of its tasks shows it, listing at most
   * {@link TaskListing#LIMIT} tasks, with its byte counts (or null).
   */
  public JobStatus status(String state, double progress, JobSnapshot snapshot, String diagnostics,
      JobBytes bytes) {
    List<TaskStatus> tasks = statuses(TaskListing.select(snapshot.tasks(), t -> TaskListing.rankOf(t.state().name()),
        TaskView::index, TaskListing.LIMIT)).stream().map(t -> t.inStepOf(steps)).toList();
    Map<String, Integer> counts = new LinkedHashMap<>();
    snapshot.countsByState().forEach((s, n) -> counts.put(s.name(), n));
    Map<String, Integer> locality = new LinkedHashMap<>();
    snapshot.countsByLocality().forEach((l, n) -> locality.put(l.name(), n));
    return new JobStatus(application, name, state, progress, tasks, diagnostics, System.currentTimeMillis(),
        snapshot.taskCount(), counts, bytes, locality)
        .withSteps(steps.summaries(t -> snapshot.tasks().get(t).state().name()));
  }

  /** Every task of {@code snapshot} as the status lists it: for the scatter and merge phases' few tasks. */
  public static List<TaskStatus> tasks(JobSnapshot snapshot) {
    return statuses(snapshot.tasks());
  }

  private static List<TaskStatus> statuses(List<TaskView> listed) {
    List<TaskStatus> tasks = new ArrayList<>();
    for (TaskView t : listed) {
      tasks.add(new TaskStatus(t.index(), t.state().name(), t.attempt(), t.chargedFailures(), t.node().orElse(null),
          t.containerId().orElse(null), t.startedAt().isPresent() ? t.startedAt().getAsLong() : null, t.progress(),
          t.lastExitReason().map(Enum::name).orElse(null), t.locality().map(Enum::name).orElse(null)));
    }
    return tasks;
  }

  /** The writes that replace both status files with {@code status}, each encoding it when it runs. */
  public List<FileWrite> files(JobStatus status) {
    return List.of(() -> SmallFiles.replace(fs, work.statusJson(), StatusCodec.write(status)),
        () -> SmallFiles.replace(fs, work.statusFile(), StatusText.render(status).getBytes(StandardCharsets.UTF_8)));
  }
}
