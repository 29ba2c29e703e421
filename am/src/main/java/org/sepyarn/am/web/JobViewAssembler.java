package org.sepyarn.am.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.sepyarn.am.schedule.Attempt;
import org.sepyarn.am.schedule.JobSnapshot;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskView;
import org.sepyarn.am.status.Resumed;
import org.sepyarn.formats.job.JobSpec;

/**
 * Builds {@link JobView}s from the job description and the scheduler's state. Call it where the
 * scheduler lives (the ApplicationMaster's event loop) and hand the immutable result to the web
 * server's threads, for example through {@link LatestJobView}.
 */
public final class JobViewAssembler {
  private final String name;
  private final String application;
  private final List<String> argv;
  private final List<FileRow> files;
  private final int taskCount;
  private final long startedAt;
  private final ContainerLogLinks logs;
  private final org.sepyarn.am.status.FlowSteps steps;
  private TaskDetails details = TaskDetails.NONE;
  private volatile Resumed resumed;

  /**
   * @param job the job description
   * @param application the YARN application id
   * @param startedAt when the job started (epoch milliseconds)
   * @param logs links to the containers' logs, which also know the job's user
   */
  public JobViewAssembler(JobSpec job, String application, long startedAt, ContainerLogLinks logs) {
    this(job, application, startedAt, logs, java.util.Map.of());
  }

  /**
   * As above, listing each patched file's patches from {@code inputCubes}, the shape of every
   * input by its path as the job writes it (an output's from the input cut like it).
   */
  public JobViewAssembler(JobSpec job, String application, long startedAt, ContainerLogLinks logs,
      java.util.Map<String, org.sepyarn.formats.geometry.Hypercube> inputCubes) {
    this.name = job.name();
    this.application = application;
    org.sepyarn.formats.flow.FlowTasks numbering = org.sepyarn.formats.flow.FlowTasks.of(job);
    List<String> commandLines = new ArrayList<>();
    for (org.sepyarn.formats.job.StepSpec step : numbering.steps()) {
      if (!commandLines.isEmpty()) {
        commandLines.add("|");
      }
      commandLines.addAll(step.program().command());
      commandLines.addAll(step.program().shown(step.program().args()));
    }
    this.argv = List.copyOf(commandLines);
    List<FileRow> rows = new ArrayList<>();
    for (org.sepyarn.formats.job.StepSpec step : numbering.steps()) {
      step.files().forEach(f -> rows.add(FileRow.of(f, cutLike(step.job(), f, inputCubes))));
    }
    this.files = List.copyOf(rows);
    this.taskCount = numbering.taskCount();
    this.steps = org.sepyarn.am.status.FlowSteps.of(job);
    this.startedAt = startedAt;
    this.logs = logs;
  }

  /** This assembler, its views giving each task's arguments and data windows from {@code taskDetails}. */
  public JobViewAssembler withDetails(TaskDetails taskDetails) {
    this.details = taskDetails;
    return this;
  }

  /** Its views say the job took finished tasks over from the run {@code run} describes. */
  public void resumed(Resumed run) {
    this.resumed = run;
  }

  /** The run the job took finished tasks over from, or null. */
  public Resumed resumed() {
    return resumed;
  }

  /** The shape of the input {@code file} is cut like (itself, for an input), or null. */
  private static org.sepyarn.formats.geometry.Hypercube cutLike(JobSpec job,
      org.sepyarn.formats.job.FileSpec file, java.util.Map<String, org.sepyarn.formats.geometry.Hypercube> cubes) {
    if (!(file.distribute() instanceof org.sepyarn.formats.job.Patching patching)) {
      return null;
    }
    for (org.sepyarn.formats.job.FileSpec other : job.files()) {
      if (other.isInput() && !other.isIntermediate() && other.distribute() instanceof org.sepyarn.formats.job.Patching p
          && p.sameCutAs(patching) && cubes.containsKey(other.path())) {
        return cubes.get(other.path());
      }
    }
    return null;
  }

  /** The job before the scheduler exists: every task waiting, nothing run yet. */
  public JobView beforeScheduling(long now) {
    List<TaskRow> tasks = new ArrayList<>(taskCount);
    for (int i = 0; i < taskCount; i++) {
      tasks.add(new TaskRow(i, TaskState.WAITING, 0, 0, null, null, null, null, 0, null, null));
    }
    return new JobView(name, application, logs.user(), JobPhase.RUNNING, 0, argv, files, startedAt, now, tasks,
        List.of(), null).withDetails(details, resumed).inSteps(steps);
  }

  /**
   * The job now.
   *
   * @param phase where the job stands
   * @param progress the fraction done, as reported to the ResourceManager
   * @param diagnostics why the job failed, or null
   * @param snapshot the scheduler's snapshot
   * @param attemptsOfTask every attempt of a task, in order (the scheduler's {@code attempts})
   * @param now the time of the snapshot (epoch milliseconds)
   */
  public JobView view(JobPhase phase, double progress, String diagnostics, JobSnapshot snapshot,
      IntFunction<List<Attempt>> attemptsOfTask, long now) {
    if (snapshot.taskCount() != taskCount) {
      throw new IllegalArgumentException("the snapshot has " + snapshot.taskCount() + " tasks, but job " + name
          + " has " + taskCount);
    }
    List<TaskRow> tasks = new ArrayList<>(taskCount);
    List<AttemptRow> attempts = new ArrayList<>();
    for (TaskView task : snapshot.tasks()) {
      List<Attempt> ran = attemptsOfTask.apply(task.index());
      java.util.Set<Integer> speculative = SpeculativeAttempts.numbers(ran);
      List<AttemptRow> rows = ran.stream().map(a -> row(task.index(), a, speculative.contains(a.number()))).toList();
      attempts.addAll(rows);
      tasks.add(row(task, rows, now));
    }
    return new JobView(name, application, logs.user(), phase, progress, argv, files, startedAt, now, tasks,
        attempts, diagnostics).withDetails(details, resumed).inSteps(steps);
  }

  /**
   * {@code view} with the scatter phase's tasks, from the scatter scheduler's snapshot; scatter task
   * {@code k}'s attempts are of task {@code firstTask + k}, as the journal and the reports know them.
   */
  public JobView withScatterTasks(JobView view, JobSnapshot scatters, IntFunction<List<Attempt>> attemptsOfScatter,
      int firstTask, long now) {
    PhaseRows phase = phaseRows(scatters, attemptsOfScatter, firstTask, now);
    return view.withScatterTasks(phase.tasks(), phase.attempts());
  }

  /**
   * {@code view} with the merge phase's tasks, from the merge scheduler's snapshot; merge task
   * {@code k}'s attempts are of task {@code firstTask + k}, as the journal and the reports know them.
   */
  public JobView withMergeTasks(JobView view, JobSnapshot merges, IntFunction<List<Attempt>> attemptsOfMerge,
      int firstTask, long now) {
    PhaseRows phase = phaseRows(merges, attemptsOfMerge, firstTask, now);
    return view.withMergeTasks(phase.tasks(), phase.attempts());
  }

  /** A phase's tasks, numbered from 0, and their attempts, of the job-wide tasks from {@code firstTask}. */
  private record PhaseRows(List<TaskRow> tasks, List<AttemptRow> attempts) {
  }

  private PhaseRows phaseRows(JobSnapshot phase, IntFunction<List<Attempt>> attemptsOf, int firstTask, long now) {
    if (firstTask < taskCount) {
      throw new IllegalArgumentException("a phase after the tasks starts at task " + firstTask + ", but job " + name
          + " has tasks 0 to " + (taskCount - 1));
    }
    List<TaskRow> rows = new ArrayList<>();
    List<AttemptRow> attempts = new ArrayList<>();
    for (TaskView task : phase.tasks()) {
      List<AttemptRow> ran = attemptsOf.apply(task.index()).stream().map(a -> row(firstTask + task.index(), a, false))
          .toList();
      attempts.addAll(ran);
      rows.add(row(task, ran, now));
    }
    return new PhaseRows(rows, attempts);
  }

  private static TaskRow row(TaskView task, List<AttemptRow> rows, long now) {
    Optional<AttemptRow> last = rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
    return new TaskRow(task.index(), task.state(), task.attempt(), task.chargedFailures(),
        task.node().orElse(null), task.containerId().orElse(null),
        task.startedAt().isPresent() ? task.startedAt().getAsLong() : null,
        last.map(a -> a.durationMillis(now)).orElse(null), task.progress(), task.lastExitReason().orElse(null),
        last.map(AttemptRow::logsUrl).orElse(null), task.locality().orElse(null));
  }

  private AttemptRow row(int task, Attempt a, boolean speculative) {
    return new AttemptRow(task, a.number(), a.containerId(), a.node(), a.startedAt(),
        a.endedAt().isPresent() ? a.endedAt().getAsLong() : null, a.reason().orElse(null), a.diagnostics(),
        logs.url(a.node(), a.containerId()).orElse(null), speculative);
  }
}
