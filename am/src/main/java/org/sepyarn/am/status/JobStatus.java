package org.sepyarn.am.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of a job as the ApplicationMaster publishes it to {@code status.json} in the work
 * folder (and as {@code sepyarn status} and the waiting {@code submit} read it).
 *
 * @param application the YARN application id
 * @param name the job's name
 * @param state {@code SCATTERING}, {@code RUNNING}, {@code MERGING}, {@code SUCCEEDED} or {@code FAILED}
 * @param progress the fraction done, scatter, tasks and merge together
 * @param tasks the tasks listed: every task, or for a job of more than {@link TaskListing#LIMIT} tasks
 *     a selection of that many (failed, then running, then the lowest others), in order of index;
 *     or the page {@code listing} says
 * @param diagnostics why the job failed, or null
 * @param updatedAt when this was written (epoch milliseconds)
 * @param taskCount how many tasks the job has (a document without it lists every task)
 * @param counts how many of all the tasks are in each state, by state name (derived from
 *     {@code tasks} when a document has none)
 * @param bytes the bytes the job moved to and from the cluster file system so far, or null when
 *     not known (a status written before they were counted)
 * @param locality how many of all the tasks ran their current or last attempt at each locality, by
 *     name ({@code NODE_LOCAL}, {@code RACK_LOCAL}, {@code OFF_RACK}, {@code NO_PREFERENCE}); null
 *     in a status written before locality was recorded
 * @param listing which page of which tasks {@code tasks} is, when a request asked for one
 *     ({@code /api/status?page=N&size=M&state=S}); null for the default listing
 * @param scatterTasks the scatter tasks, in order of number (scatter task {@code k} is task
 *     {@code taskCount + k} in the journal, the reports and {@code sepyarn logs}); empty before the
 *     scatter phase runs or when no input needs scattering
 * @param mergeTasks the merge tasks, in order of number (merge task {@code k} is task
 *     {@code taskCount + scatterTasks.size() + k} in the journal, the reports and
 *     {@code sepyarn logs}); empty before the merge phase or when the outputs need none
 * @param timeLeftMillis the ApplicationMaster's estimate of the time its tasks still need, while
 *     they run and once it has one; null otherwise
 * @param resumed the run this job took finished tasks over from ({@code sepyarn resume}), or null
 * @param steps in a flow, each step's tasks counted by state, in step order; empty (and left out
 *     of the JSON) for a job of one program
 * @param iterations a solve's norms at the start and after each iteration done so far; empty (and
 *     left out of the JSON) for a job that shows no convergence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobStatus(String application, String name, String state, double progress, List<TaskStatus> tasks,
    String diagnostics, long updatedAt, int taskCount, Map<String, Integer> counts, JobBytes bytes,
    Map<String, Integer> locality, TaskQuery.Listing listing,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TaskStatus> scatterTasks,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TaskStatus> mergeTasks, Long timeLeftMillis, Resumed resumed,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StepSummary> steps,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<IterationNorms> iterations) {

  /** A status without scatter tasks. */
  public JobStatus(String application, String name, String state, double progress, List<TaskStatus> tasks,
      String diagnostics, long updatedAt, int taskCount, Map<String, Integer> counts, JobBytes bytes,
      Map<String, Integer> locality, TaskQuery.Listing listing, List<TaskStatus> mergeTasks, Long timeLeftMillis,
      Resumed resumed, List<StepSummary> steps, List<IterationNorms> iterations) {
    this(application, name, state, progress, tasks, diagnostics, updatedAt, taskCount, counts, bytes, locality,
        listing, List.of(), mergeTasks, timeLeftMillis, resumed, steps, iterations);
  }

  /** A status without a solve's iterations. */
  public JobStatus(String application, String name, String state, double progress, List<TaskStatus> tasks,
      String diagnostics, long updatedAt, int taskCount, Map<String, Integer> counts, JobBytes bytes,
      Map<String, Integer> locality, TaskQuery.Listing listing, List<TaskStatus> mergeTasks, Long timeLeftMillis,
      Resumed resumed, List<StepSummary> steps) {
    this(application, name, state, progress, tasks, diagnostics, updatedAt, taskCount, counts, bytes, locality,
        listing, mergeTasks, timeLeftMillis, resumed, steps, List.of());
  }

  /** A status of a job of one program. */
  public JobStatus(String application, String name, String state, double progress, List<TaskStatus> tasks,
      String diagnostics, long updatedAt, int taskCount, Map<String, Integer> counts, JobBytes bytes,
      Map<String, Integer> locality, TaskQuery.Listing listing, List<TaskStatus> mergeTasks, Long timeLeftMillis,
      Resumed resumed) {
    this(application, name, state, progress, tasks, diagnostics, updatedAt, taskCount, counts, bytes, locality,
        listing, mergeTasks, timeLeftMillis, resumed, List.of());
  }

  /** A status without an estimate of the time left or a resumed run. */
  public JobStatus(String application, String name, String state, double progress, List<TaskStatus> tasks,
      String diagnostics, long updatedAt, int taskCount, Map<String, Integer> counts, JobBytes bytes,
      Map<String, Integer> locality, TaskQuery.Listing listing, List<TaskStatus> mergeTasks) {
    this(application, name, state, progress, tasks, diagnostics, updatedAt, taskCount, counts, bytes, locality,
        listing, mergeTasks, null, null);
  }

  /** A status in the default listing, without merge tasks. */
  public JobStatus(String application, String name, String state, double progress, List<TaskStatus> tasks,
      String diagnostics, long updatedAt, int taskCount, Map<String, Integer> counts, JobBytes bytes,
      Map<String, Integer> locality) {
    this(application, name, state, progress, tasks, diagnostics, updatedAt, taskCount, counts, bytes, locality, null,
        List.of());
  }

  /** A status in the default listing (every task, or the selection {@link TaskListing} makes), without locality counts or merge tasks. */
  public JobStatus(String application, String name, String state, double progress, List<TaskStatus> tasks,
      String diagnostics, long updatedAt, int taskCount, Map<String, Integer> counts, JobBytes bytes) {
    this(application, name, state, progress, tasks, diagnostics, updatedAt, taskCount, counts, bytes,
        (Map<String, Integer>) null);
  }

  public JobStatus {
    locality = locality == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(locality));
    tasks = List.copyOf(tasks);
    scatterTasks = scatterTasks == null ? List.of() : List.copyOf(scatterTasks);
    mergeTasks = mergeTasks == null ? List.of() : List.copyOf(mergeTasks);
    steps = steps == null ? List.of() : List.copyOf(steps);
    iterations = iterations == null ? List.of() : List.copyOf(iterations);
    if (taskCount == 0) {
      taskCount = tasks.size();
    }
    if (counts == null || counts.isEmpty()) {
      Map<String, Integer> derived = new LinkedHashMap<>();
      tasks.forEach(t -> derived.merge(t.state(), 1, Integer::sum));
      counts = derived;
    }
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    if (tasks.size() > taskCount) {
      throw new IllegalArgumentException("job " + name + " lists " + tasks.size() + " tasks but has only "
          + taskCount);
    }
  }

  /** This status with the scatter phase's tasks. */
  public JobStatus withScatterTasks(List<TaskStatus> scatters) {
    return new JobStatus(application, name, state, progress, tasks, diagnostics, updatedAt, taskCount, counts, bytes,
        locality, listing, scatters, mergeTasks, timeLeftMillis, resumed, steps, iterations);
  }

  /** The job-wide number of merge task 0: after the job's tasks and the scatter tasks. */
  public int firstMergeTask() {
    return taskCount + scatterTasks.size();
  }

  /** This status with the merge phase's tasks. */
  public JobStatus withMergeTasks(List<TaskStatus> merges) {
    return new JobStatus(application, name, state, progress, tasks, diagnostics, updatedAt, taskCount, counts, bytes,
        locality, listing, scatterTasks, merges, timeLeftMillis, resumed, steps, iterations);
  }

  /** This status with the estimate of the time left (or null) and the run it resumed (or null). */
  public JobStatus withTimeLeftAndResumed(Long left, Resumed resumedRun) {
    return new JobStatus(application, name, state, progress, tasks, diagnostics, updatedAt, taskCount, counts, bytes,
        locality, listing, scatterTasks, mergeTasks, left, resumedRun, steps, iterations);
  }

  /** This status listing {@code listed} instead of its tasks, as the page {@code page} of them. */
  public JobStatus withTasks(List<TaskStatus> listed, TaskQuery.Listing page) {
    return new JobStatus(application, name, state, progress, listed, diagnostics, updatedAt, taskCount, counts, bytes,
        locality, page, scatterTasks, mergeTasks, timeLeftMillis, resumed, steps, iterations);
  }

  /** This status with the flow's steps counted ({@code counted}, empty for a job of one program). */
  public JobStatus withSteps(List<StepSummary> counted) {
    return new JobStatus(application, name, state, progress, tasks, diagnostics, updatedAt, taskCount, counts, bytes,
        locality, listing, scatterTasks, mergeTasks, timeLeftMillis, resumed, counted, iterations);
  }

  /** This status with a solve's iterations so far ({@code norms}, empty for a job that shows none). */
  public JobStatus withIterations(List<IterationNorms> norms) {
    return new JobStatus(application, name, state, progress, tasks, diagnostics, updatedAt, taskCount, counts, bytes,
        locality, listing, scatterTasks, mergeTasks, timeLeftMillis, resumed, steps, norms);
  }

  /** A status listing every task of the job. */
  public JobStatus(String application, String name, String state, double progress, List<TaskStatus> tasks,
      String diagnostics, long updatedAt) {
    this(application, name, state, progress, tasks, diagnostics, updatedAt, tasks.size(), null, null);
  }

  /** A status listing every task of the job, with the job's byte counts. */
  public JobStatus(String application, String name, String state, double progress, List<TaskStatus> tasks,
      String diagnostics, long updatedAt, JobBytes bytes) {
    this(application, name, state, progress, tasks, diagnostics, updatedAt, tasks.size(), null, bytes);
  }

  /** How many of all the tasks are in {@code taskState} (a {@code TaskState} name). */
  public int count(String taskState) {
    return counts.getOrDefault(taskState, 0);
  }
}
