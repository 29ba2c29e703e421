package org.sepyarn.runner.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a runner tells the ApplicationMaster every few seconds while its program runs, and once
 * more when a container that may run several tasks has committed its task's outputs.
 *
 * @param containerId the runner's container
 * @param task the task's index
 * @param attempt the attempt number
 * @param progress the fraction the program reported (0 to 1), or 0
 * @param checkpoint the last checkpoint text the program reported, or null
 * @param done true when the attempt succeeded and its outputs are committed: the runner asks for
 *     its container's next task (the reply's {@link HeartbeatReply#next()})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Heartbeat(String containerId, int task, int attempt, double progress, String checkpoint,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean done) {

  /** A heartbeat of an attempt still running. */
  public Heartbeat(String containerId, int task, int attempt, double progress, String checkpoint) {
    this(containerId, task, attempt, progress, checkpoint, false);
  }

  /** The report that attempt {@code attempt} of {@code task} committed its outputs. */
  public static Heartbeat done(String containerId, int task, int attempt) {
    return new Heartbeat(containerId, task, attempt, 1.0, null, true);
  }
}
