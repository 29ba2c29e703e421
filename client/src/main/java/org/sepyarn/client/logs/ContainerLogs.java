package org.sepyarn.client.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a task attempt's log file from the first of its sources that has it: YARN's aggregated
 * logs once the application has ended (when the cluster aggregates logs), then the NodeManager
 * that ran the container. When none has it, the error gives every source's reason.
 */
public final class ContainerLogs {
  private final List<ContainerLogSource> sources;
  private final String advice;

  /**
   * @param sources where to look, in order
   * @param advice what to add when no source has the file (e.g. about log aggregation being off)
   */
  public ContainerLogs(List<ContainerLogSource> sources, String advice) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("container logs need at least one place to look");
    }
    this.sources = List.copyOf(sources);
    this.advice = advice == null ? "" : advice;
  }

  /**
   * The contents of log file {@code fileName} of {@code attempt}.
   *
   * @throws LogUnavailableException naming the attempt, its container and node, and why each source
   *     failed
   */
  public byte[] read(String applicationId, String owner, AttemptLocation attempt, String fileName)
      throws LogUnavailableException {
    return read(applicationId, owner, attempt, fileName, "task " + attempt.task() + " attempt " + attempt.attempt());
  }

  /** As {@link #read(String, String, AttemptLocation, String)}, the container's work named {@code what} in errors. */
  public byte[] read(String applicationId, String owner, AttemptLocation attempt, String fileName, String what)
      throws LogUnavailableException {
    List<String> reasons = new ArrayList<>();
    for (ContainerLogSource source : sources) {
      try {
        return source.read(applicationId, owner, attempt, fileName);
      } catch (LogUnavailableException e) {
        reasons.add("from " + source.describe(attempt) + ": " + e.getMessage());
      }
    }
    throw new LogUnavailableException("cannot fetch " + fileName + " of " + what + " (container "
        + attempt.containerId() + " on " + attempt.node() + "): "
        + String.join("; ", reasons) + (advice.isEmpty() ? "" : ". " + advice));
  }
}
