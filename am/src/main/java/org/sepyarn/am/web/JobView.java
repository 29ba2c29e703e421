package org.sepyarn.am.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.Locality;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.status.JobBytes;
import org.sepyarn.am.status.FlowSteps;
import org.sepyarn.am.status.IterationNorms;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.StepSummary;
import org.sepyarn.am.status.Resumed;
import org.sepyarn.am.status.TaskListing;
import org.sepyarn.am.status.TaskQuery;
import org.sepyarn.am.status.TaskStatus;

/**
 * The job at one moment, as the tracking page shows it: immutable, so any thread may render it.
 * The counts, elapsed time and estimate are derived from the tasks and attempts; they appear in the
 * JSON too.
 *
 * @param name the job's name
 * @param application the YARN application id
 * @param user who runs the job (the NodeManager's log pages are per user)
 * @param phase where the job stands
 * @param progress the fraction done, scatter, tasks and merge together, 0 to 1
 * @param argv the program's command and the arguments every task gets
 * @param files every dataset the job reads or writes
 * @param startedAt when the job started (epoch milliseconds)
 * @param takenAt when this view was taken (epoch milliseconds)
 * @param tasks every task, in order of index
 * @param attempts every attempt of every task so far, running ones included
 * @param diagnostics why the job failed, or null
 * @param bytes the bytes the job moved to and from the cluster file system so far, or null when
 *     not counted
 * @param scatterTasks the scatter tasks, in order of number, once the scatter phase runs (their
 *     attempts are among {@code attempts}: scatter task {@code k} is task {@code tasks.size() + k})
 * @param mergeTasks the merge tasks, in order of number, once the merge phase planned them (their
 *     attempts are among {@code attempts}, as tasks numbered after the job's tasks and the scatter
 *     tasks)
 * @param details each task's own arguments and data windows, looked up for the tasks listed
 * @param resumed the run this job took finished tasks over from, or null when it resumed none
 * @param flowSteps a flow's steps, whose tasks the rows say they belong to; {@link FlowSteps#NONE}
 *     for a job of one program
 * @param iterations a solve's norms at the start and after each iteration done so far; empty for a
 *     job that shows no convergence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "application", "user", "phase", "progress", "startedAt", "takenAt", "elapsedMillis",
    "timeLeftMillis", "counts", "locality", "attemptCount", "failureCount", "argv", "files", "diagnostics", "bytes",
    "steps", "iterations", "tasks", "scatterTasks", "mergeTasks", "attempts"})
public record JobView(String name, String application, String user, JobPhase phase, double progress,
    List<String> argv, List<FileRow> files, long startedAt, long takenAt, List<TaskRow> tasks,
    List<AttemptRow> attempts, String diagnostics, JobBytes bytes,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TaskRow> scatterTasks,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TaskRow> mergeTasks, @JsonIgnore TaskDetails details,
    Resumed resumed, @JsonIgnore FlowSteps flowSteps,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<IterationNorms> iterations) {

  /** A view without scatter tasks. */
  public JobView(String name, String application, String user, JobPhase phase, double progress,
      List<String> argv, List<FileRow> files, long startedAt, long takenAt, List<TaskRow> tasks,
      List<AttemptRow> attempts, String diagnostics, JobBytes bytes, List<TaskRow> mergeTasks, TaskDetails details,
      Resumed resumed, FlowSteps flowSteps, List<IterationNorms> iterations) {
    this(name, application, user, phase, progress, argv, files, startedAt, takenAt, tasks, attempts, diagnostics,
        bytes, List.of(), mergeTasks, details, resumed, flowSteps, iterations);
  }

  /** A view without a solve's iterations. */
  public JobView(String name, String application, String user, JobPhase phase, double progress,
      List<String> argv, List<FileRow> files, long startedAt, long takenAt, List<TaskRow> tasks,
      List<AttemptRow> attempts, String diagnostics, JobBytes bytes, List<TaskRow> mergeTasks, TaskDetails details,
      Resumed resumed, FlowSteps flowSteps) {
    this(name, application, user, phase, progress, argv, files, startedAt, takenAt, tasks, attempts, diagnostics,
        bytes, mergeTasks, details, resumed, flowSteps, List.of());
  }

  /** A view of a job of one program. */
  public JobView(String name, String application, String user, JobPhase phase, double progress,
      List<String> argv, List<FileRow> files, long startedAt, long takenAt, List<TaskRow> tasks,
      List<AttemptRow> attempts, String diagnostics, JobBytes bytes, List<TaskRow> mergeTasks, TaskDetails details,
      Resumed resumed) {
    this(name, application, user, phase, progress, argv, files, startedAt, takenAt, tasks, attempts, diagnostics,
        bytes, mergeTasks, details, resumed, FlowSteps.NONE);
  }

  /** A view without task details or a resumed run. */
  public JobView(String name, String application, String user, JobPhase phase, double progress,
      List<String> argv, List<FileRow> files, long startedAt, long takenAt, List<TaskRow> tasks,
      List<AttemptRow> attempts, String diagnostics, JobBytes bytes, List<TaskRow> mergeTasks) {
    this(name, application, user, phase, progress, argv, files, startedAt, takenAt, tasks, attempts, diagnostics,
        bytes, mergeTasks, TaskDetails.NONE, null);
  }

  /** A view without merge tasks. */
  public JobView(String name, String application, String user, JobPhase phase, double progress,
      List<String> argv, List<FileRow> files, long startedAt, long takenAt, List<TaskRow> tasks,
      List<AttemptRow> attempts, String diagnostics, JobBytes bytes) {
    this(name, application, user, phase, progress, argv, files, startedAt, takenAt, tasks, attempts, diagnostics,
        bytes, List.of());
  }

  /** A view without byte counts. */
  public JobView(String name, String application, String user, JobPhase phase, double progress,
      List<String> argv, List<FileRow> files, long startedAt, long takenAt, List<TaskRow> tasks,
      List<AttemptRow> attempts, String diagnostics) {
    this(name, application, user, phase, progress, argv, files, startedAt, takenAt, tasks, attempts, diagnostics,
        null);
  }

  public JobView {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(phase, "phase");
    argv = List.copyOf(argv);
    files = List.copyOf(files);
    tasks = List.copyOf(tasks);
    attempts = List.copyOf(attempts);
    scatterTasks = scatterTasks == null ? List.of() : List.copyOf(scatterTasks);
    mergeTasks = mergeTasks == null ? List.of() : List.copyOf(mergeTasks);
    details = details == null ? TaskDetails.NONE : details;
    flowSteps = flowSteps == null ? FlowSteps.NONE : flowSteps;
    iterations = iterations == null ? List.of() : List.copyOf(iterations);
    if (!(progress >= 0 && progress <= 1)) {
      throw new IllegalArgumentException("job " + name + ": progress " + progress + " is not between 0 and 1");
    }
    for (int i = 0; i < tasks.size(); i++) {
      if (tasks.get(i).index() != i) {
        throw new IllegalArgumentException("job " + name + ": tasks[" + i + "] is task " + tasks.get(i).index()
            + ", but tasks must be listed in order of index from 0");
      }
    }
    for (AttemptRow a : attempts) {
      if (a.task() >= tasks.size() + scatterTasks.size() + mergeTasks.size()) {
        throw new IllegalArgumentException("job " + name + ": attempt " + a.number() + " is of task " + a.task()
            + ", but the job has tasks 0 to " + (tasks.size() - 1)
            + (scatterTasks.isEmpty() ? "" : ", " + scatterTasks.size() + " scatter tasks")
            + (mergeTasks.isEmpty() ? "" : " and " + mergeTasks.size() + " merge tasks"));
      }
    }
  }

  /** How many tasks are in each state, every state listed. */
  @JsonProperty("counts")
  public Map<TaskState, Integer> counts() {
    Map<TaskState, Integer> counts = new EnumMap<>(TaskState.class);
    for (TaskState s : TaskState.values()) {
      counts.put(s, 0);
    }
    for (TaskRow t : tasks) {
      counts.merge(t.state(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * How many tasks ran (or run) their current or last attempt at each locality, by name, every
   * locality listed; tasks not launched yet or whose locality was not recorded are not counted.
   */
  @JsonProperty("locality")
  public Map<String, Integer> localityCounts() {
    Map<String, Integer> byName = new LinkedHashMap<>();
    Locality.count(tasks.stream().map(t -> java.util.Optional.ofNullable(t.locality())))
        .forEach((l, n) -> byName.put(l.name(), n));
    return Collections.unmodifiableMap(byName);
  }

  /** In a flow, each step's tasks counted by state, in step order; empty for a job of one program. */
  @JsonProperty("steps")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public List<StepSummary> steps() {
    return flowSteps.summaries(t -> tasks.get(t).state().name());
  }

  @JsonProperty("attemptCount")
  public int attemptCount() {
    return attempts.size();
  }

  /** Attempts that failed through their task's fault. */
  @JsonProperty("failureCount")
  public int failureCount() {
    return (int) attempts.stream().filter(a -> a.outcome() == AttemptOutcome.FAILED).count();
  }

  @JsonProperty("elapsedMillis")
  public long elapsedMillis() {
    return Math.max(0, takenAt - startedAt);
  }

  /**
   * The tasks' time left while the job runs (see {@link TimeLeftEstimate}), from the tasks' attempts
   * alone (not the scatter tasks'), otherwise empty.
   */
  public OptionalLong timeLeft() {
    if (phase != JobPhase.RUNNING) {
      return OptionalLong.empty();
    }
    List<Long> succeeded = new ArrayList<>();
    List<Long> running = new ArrayList<>();
    for (AttemptRow a : attempts) {
      if (a.task() >= tasks.size()) {
        continue;
      }
      if (a.isRunning()) {
        running.add(a.durationMillis(takenAt));
      } else if (a.exitReason() == ExitReason.SUCCEEDED) {
        succeeded.add(a.durationMillis(takenAt));
      }
    }
    return TimeLeftEstimate.millisLeft(succeeded, running, counts().get(TaskState.WAITING),
        TimeLeftEstimate.peakRunning(attempts.stream().filter(a -> a.task() < tasks.size()).toList(), takenAt));
  }

  @JsonProperty("timeLeftMillis")
  public Long timeLeftMillis() {
    OptionalLong left = timeLeft();
    return left.isPresent() ? left.getAsLong() : null;
  }

  /** This view with the job's byte counts. */
  public JobView withBytes(JobBytes counted) {
    return new JobView(name, application, user, phase, progress, argv, files, startedAt, takenAt, tasks, attempts,
        diagnostics, counted, scatterTasks, mergeTasks, details, resumed, flowSteps, iterations);
  }

  /** This view with each task's arguments and data windows, and the run it resumed (or null). */
  public JobView withDetails(TaskDetails taskDetails, Resumed resumedRun) {
    return new JobView(name, application, user, phase, progress, argv, files, startedAt, takenAt, tasks, attempts,
        diagnostics, bytes, scatterTasks, mergeTasks, taskDetails, resumedRun, flowSteps, iterations);
  }

  /** This view of a flow of {@code steps}, its rows saying each task's step. */
  public JobView inSteps(FlowSteps steps) {
    if (!steps.isFlow() && !flowSteps.isFlow()) {
      return this;
    }
    return new JobView(name, application, user, phase, progress, argv, files, startedAt, takenAt,
        tasks.stream().map(t -> t.inStepOf(steps)).toList(), attempts, diagnostics, bytes, scatterTasks,
        mergeTasks, details, resumed, steps, iterations);
  }

  /** This view with a solve's iterations so far. */
  public JobView withIterations(List<IterationNorms> norms) {
    return new JobView(name, application, user, phase, progress, argv, files, startedAt, takenAt, tasks, attempts,
        diagnostics, bytes, scatterTasks, mergeTasks, details, resumed, flowSteps, norms);
  }

  /**
   * This view with the scatter phase's tasks and their attempts (numbered after the job's tasks:
   * scatter task {@code k} is task {@code tasks.size() + k}).
   */
  public JobView withScatterTasks(List<TaskRow> scatters, List<AttemptRow> scatterAttempts) {
    List<AttemptRow> all = new ArrayList<>(attempts);
    all.addAll(scatterAttempts);
    return new JobView(name, application, user, phase, progress, argv, files, startedAt, takenAt, tasks, all,
        diagnostics, bytes, scatters, mergeTasks, details, resumed, flowSteps, iterations);
  }

  /** This view with the merge phase's tasks and their attempts (numbered after the tasks and the scatter tasks). */
  public JobView withMergeTasks(List<TaskRow> merges, List<AttemptRow> mergeAttempts) {
    List<AttemptRow> all = new ArrayList<>(attempts);
    all.addAll(mergeAttempts);
    return new JobView(name, application, user, phase, progress, argv, files, startedAt, takenAt, tasks, all,
        diagnostics, bytes, scatterTasks, merges, details, resumed, flowSteps, iterations);
  }

  /** The job-wide number of merge task 0: after the job's tasks and the scatter tasks. */
  public int firstMergeTask() {
    return tasks.size() + scatterTasks.size();
  }

  /** The same moment as {@code status.json} describes it, listing at most {@link TaskListing#LIMIT} tasks. */
  public JobStatus toStatus() {
    List<TaskRow> listed = TaskListing.select(tasks, t -> TaskListing.rankOf(t.state().name()), TaskRow::index,
        TaskListing.LIMIT);
    return new JobStatus(application, name, phase.name(), progress, statuses(listed), diagnostics, takenAt,
        tasks.size(), countsByName(), bytes, localityCounts(), null, statuses(scatterTasks), statuses(mergeTasks),
        timeLeftMillis(), resumed, steps(), iterations);
  }

  /** The same moment as {@code status.json} describes it, listing the page of tasks {@code query} asks for. */
  public JobStatus toStatus(TaskQuery query) {
    TaskQuery.Page<TaskRow> page = page(query);
    return new JobStatus(application, name, phase.name(), progress, statuses(page.tasks()), diagnostics, takenAt,
        tasks.size(), countsByName(), bytes, localityCounts(), page.listing(), statuses(scatterTasks),
        statuses(mergeTasks), timeLeftMillis(), resumed, steps(), iterations);
  }

  /** The page of tasks {@code query} asks for. */
  public TaskQuery.Page<TaskRow> page(TaskQuery query) {
    return query.apply(tasks, TaskRow.SORT_KEYS);
  }

  private Map<String, Integer> countsByName() {
    Map<String, Integer> byName = new LinkedHashMap<>();
    counts().forEach((state, n) -> byName.put(state.name(), n));
    return byName;
  }

  private static List<TaskStatus> statuses(List<TaskRow> rows) {
    return rows.stream()
        .map(t -> new TaskStatus(t.index(), t.state().name(), t.attempt(), t.failures(), t.node(), t.containerId(),
            t.startedAt(), t.progress(), t.lastExitReason() == null ? null : t.lastExitReason().name(),
            t.locality() == null ? null : t.locality().name(), t.step(), t.stepTask()))
        .toList();
  }
}
