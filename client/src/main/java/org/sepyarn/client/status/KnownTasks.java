package org.sepyarn.client.status;

import java.util.Objects;
import java.util.Optional;
import org.sepyarn.am.status.JobStatus;

/**
 * The tasks of a job as far as they can be known now.
 *
 * @param source where they come from
 * @param status the ApplicationMaster's record of the job and its tasks; present unless the source
 *     is {@link TaskSource#NONE}
 * @param note why there are no tasks, or why they come from the file rather than the live page;
 *     empty otherwise
 */
public record KnownTasks(TaskSource source, Optional<JobStatus> status, String note) {
  public KnownTasks {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    note = note == null ? "" : note;
    if (status.isPresent() == (source == TaskSource.NONE)) {
      throw new IllegalArgumentException("tasks from " + source + " must " + (source == TaskSource.NONE ? "not " : "")
          + "come with a status");
    }
  }

  static KnownTasks none(String why) {
    return new KnownTasks(TaskSource.NONE, Optional.empty(), why);
  }
}
