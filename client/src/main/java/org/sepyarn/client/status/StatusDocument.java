package org.sepyarn.client.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.sepyarn.am.status.IterationNorms;
import org.sepyarn.am.status.JobBytes;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.Resumed;
import org.sepyarn.am.status.StepSummary;
import org.sepyarn.am.status.TaskStatus;

/**
 * What {@code sepyarn status --json} prints: the ResourceManager's report of the application and,
 * when known, the ApplicationMaster's view of the job and its tasks. Times are epoch milliseconds;
 * absent values are left out.
 *
 * @param application the application id
 * @param name its name
 * @param user who runs it
 * @param queue its queue
 * @param state YARN's state ({@code ACCEPTED}, {@code RUNNING}, {@code FINISHED}, {@code FAILED}, {@code KILLED}, ...)
 * @param finalStatus what the ApplicationMaster reported at the end ({@code UNDEFINED} before)
 * @param progress YARN's progress, 0 to 1
 * @param diagnostics YARN's diagnostics, or null when there are none
 * @param trackingUrl the tracking URL (the ResourceManager's proxy), or null
 * @param startedAt when the application started
 * @param finishedAt when it ended, or null while it has not
 * @param workFolder the job's work folder on the cluster file system
 * @param tasksFrom where {@code job} and {@code tasks} come from
 * @param note why there are no tasks, or why they do not come from the live page; null otherwise
 * @param job the ApplicationMaster's state of the job, or null
 * @param tasks the tasks listed (every task of a job of up to 1000, else 1000 of them: failed, running,
 *     then the lowest others), empty when not known
 * @param bytes the bytes the job moved to and from the cluster file system, per phase and per
 *     merged output, as the ApplicationMaster counted them; null when not known
 * @param scatterTasks the scatter tasks, once the scatter phase runs (scatter task {@code k} is task
 *     {@code taskCount + k} in the logs); empty (and left out) when the job has none
 * @param mergeTasks the merge tasks, once the merge phase planned them (merge task {@code k} is task
 *     {@code taskCount + k} in the logs, {@code k} counted after the scatter tasks); empty (and left
 *     out) when the job has none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"application", "name", "user", "queue", "state", "finalStatus", "progress", "diagnostics",
    "trackingUrl", "startedAt", "finishedAt", "workFolder", "tasksFrom", "note", "job", "bytes", "tasks",
    "scatterTasks", "mergeTasks"})
public record StatusDocument(String application, String name, String user, String queue, String state,
    String finalStatus, double progress, String diagnostics, String trackingUrl, Long startedAt, Long finishedAt,
    String workFolder, TaskSource tasksFrom, String note, Job job, List<TaskStatus> tasks, JobBytes bytes,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TaskStatus> scatterTasks,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TaskStatus> mergeTasks) {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public StatusDocument {
    tasks = List.copyOf(tasks);
    scatterTasks = scatterTasks == null ? List.of() : List.copyOf(scatterTasks);
    mergeTasks = mergeTasks == null ? List.of() : List.copyOf(mergeTasks);
  }

  /** A document without scatter tasks. */
  public StatusDocument(String application, String name, String user, String queue, String state,
      String finalStatus, double progress, String diagnostics, String trackingUrl, Long startedAt, Long finishedAt,
      String workFolder, TaskSource tasksFrom, String note, Job job, List<TaskStatus> tasks, JobBytes bytes,
      List<TaskStatus> mergeTasks) {
    this(application, name, user, queue, state, finalStatus, progress, diagnostics, trackingUrl, startedAt, finishedAt,
        workFolder, tasksFrom, note, job, tasks, bytes, List.of(), mergeTasks);
  }

  /**
   * The job as its ApplicationMaster sees it.
   *
   * @param state {@code SCATTERING}, {@code RUNNING}, {@code MERGING}, {@code SUCCEEDED} or {@code FAILED}
   * @param progress the fraction done, scatter, tasks and merge together
   * @param diagnostics why it failed, or null
   * @param updatedAt when the ApplicationMaster took this view
   * @param taskCount how many tasks the job has ({@code tasks} lists at most 1000 of them)
   * @param counts how many of all the tasks are in each state
   * @param locality how many of all the tasks ran their current or last attempt on a node holding
   *     most of their input ({@code NODE_LOCAL}), in its rack ({@code RACK_LOCAL}), elsewhere
   *     ({@code OFF_RACK}) or had no preference ({@code NO_PREFERENCE}); null when not recorded
   * @param timeLeftMillis the ApplicationMaster's estimate of the time its tasks still need, or null
   * @param resumed the run the job took finished tasks over from, or null
   * @param steps a flow's steps, each one's tasks counted by state, as in {@code status.json}; empty
   *     (and left out) for a job of one program
   * @param iterations a solve's residual and model norms at the start and after each iteration done,
   *     as in {@code status.json}; empty (and left out) for a job that shows none
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Job(String state, double progress, String diagnostics, long updatedAt, int taskCount,
      Map<String, Integer> counts, Map<String, Integer> locality, Long timeLeftMillis, Resumed resumed,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StepSummary> steps,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<IterationNorms> iterations) {

    public Job {
      steps = steps == null ? List.of() : List.copyOf(steps);
      iterations = iterations == null ? List.of() : List.copyOf(iterations);
    }

    /** A job that shows no solve's iterations. */
    public Job(String state, double progress, String diagnostics, long updatedAt, int taskCount,
        Map<String, Integer> counts, Map<String, Integer> locality, Long timeLeftMillis, Resumed resumed,
        List<StepSummary> steps) {
      this(state, progress, diagnostics, updatedAt, taskCount, counts, locality, timeLeftMillis, resumed, steps,
          List.of());
    }

    /** A job of one program. */
    public Job(String state, double progress, String diagnostics, long updatedAt, int taskCount,
        Map<String, Integer> counts, Map<String, Integer> locality, Long timeLeftMillis, Resumed resumed) {
      this(state, progress, diagnostics, updatedAt, taskCount, counts, locality, timeLeftMillis, resumed, List.of());
    }

    /** A job without an estimate of the time left or a resumed run. */
    public Job(String state, double progress, String diagnostics, long updatedAt, int taskCount,
        Map<String, Integer> counts, Map<String, Integer> locality) {
      this(state, progress, diagnostics, updatedAt, taskCount, counts, locality, null, null);
    }

    /** A job whose locality is not recorded. */
    public Job(String state, double progress, String diagnostics, long updatedAt, int taskCount,
        Map<String, Integer> counts) {
      this(state, progress, diagnostics, updatedAt, taskCount, counts, null);
    }
  }

  public static StatusDocument of(ApplicationReport report, String workFolder, KnownTasks known) {
    JobStatus status = known.status().orElse(null);
    return new StatusDocument(report.getApplicationId().toString(), report.getName(), report.getUser(),
        report.getQueue(), String.valueOf(report.getYarnApplicationState()),
        String.valueOf(report.getFinalApplicationStatus()),
        rounded((float) EndedJob.progress(report, known.status())), blankToNull(report.getDiagnostics()),
        blankToNull(report.getTrackingUrl()), positive(report.getStartTime()), positive(report.getFinishTime()),
        workFolder, known.source(), blankToNull(known.note()),
        status == null ? null : new Job(status.state(), status.progress(), status.diagnostics(), status.updatedAt(),
            status.taskCount(), status.counts(), status.locality(), status.timeLeftMillis(), status.resumed(),
            status.steps(), status.iterations()),
        status == null ? List.of() : status.tasks(), status == null ? null : status.bytes(),
        status == null ? List.of() : status.scatterTasks(), status == null ? List.of() : status.mergeTasks());
  }

  public String toJson() throws IOException {
    return MAPPER.writeValueAsString(this);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** A float progress as the decimal it stands for (0.45f, not 0.44999998). */
  private static double rounded(float progress) {
    return Math.round(progress * 10_000d) / 10_000d;
  }

  private static Long positive(long epochMillis) {
    return epochMillis > 0 ? epochMillis : null;
  }
}
