package org.sepyarn.am.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The state of a job as the ApplicationMaster publishes it to {@code status.json} in the work
 * folder (and as {@code sepyarn status} and the waiting {@code submit} read it).
 *
 * @param application the YARN application id
 * @param name the job's name
 * @param state {@code RUNNING}, {@code MERGING}, {@code SUCCEEDED} or {@code FAILED}
 * @param progress the fraction done, tasks and merge together
 * @param tasks every task
 * @param diagnostics why the job failed, or null
 * @param updatedAt when this was written (epoch milliseconds)
 * @param bytes the bytes the job moved to and from the cluster file system so far, or null when
 *     not known (a status written before they were counted)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobStatus(String application, String name, String state, double progress, List<TaskStatus> tasks,
    String diagnostics, long updatedAt, JobBytes bytes) {
  public JobStatus {
    tasks = List.copyOf(tasks);
  }

  /** A status without byte counts. */
  public JobStatus(String application, String name, String state, double progress, List<TaskStatus> tasks,
      String diagnostics, long updatedAt) {
    this(application, name, state, progress, tasks, diagnostics, updatedAt, null);
  }
}
