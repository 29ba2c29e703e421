package org.sepyarn.client.logs;

import java.util.Objects;
import java.util.Optional;
import org.sepyarn.am.schedule.ExitReason;

/**
 * Where one attempt of a task ran, as the job's journal recorded it.
 *
 * @param task the task's number, from 0
 * @param attempt the attempt's number, from 1
 * @param containerId its YARN container
 * @param node its node, a YARN node id ({@code host:port})
 * @param ending how it ended, empty while it runs (or when the journal stops before its end)
 */
public record AttemptLocation(int task, int attempt, String containerId, String node, Optional<ExitReason> ending) {
  public AttemptLocation {
    if (task < 0 || attempt < 1) {
      throw new IllegalArgumentException("attempt " + attempt + " of task " + task
          + " is not allowed: tasks count from 0, attempts from 1");
    }
    Objects.requireNonNull(containerId, "containerId");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(ending, "ending");
  }

  /** {@code running}, or how it ended, e.g. {@code PROGRAM_FAILED}. */
  public String outcome() {
    return ending.map(Enum::name).orElse("running");
  }
}
