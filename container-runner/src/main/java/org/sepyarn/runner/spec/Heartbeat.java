package org.sepyarn.runner.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a runner tells the ApplicationMaster every few seconds while its program runs, and once
 * more when a container that may run several tasks has committed its task's outputs.
 *
 * <p>The ApplicationMaster takes a message only for the task and attempt its container runs (or, for
 * a {@code done} repeated after a restart, ran) and only with a sequence number above the last it
 * took for that attempt, so a signed message replayed, or one of another task, changes nothing.
 * The sequence is stamped by the runner's channel client as it sends ({@link #withSequence}).
 *
 * @param containerId the runner's container
 * @param task the task's index
 * @param attempt the attempt number
 * @param progress the fraction the program reported, 0 to 1 (anything else, NaN included, is not a
 *     heartbeat: a runner clamps the program's value before sending it)
 * @param checkpoint the last checkpoint text the program reported, or null
 * @param done true when the attempt succeeded and its outputs are committed: the runner asks for
 *     its container's next task (the reply's {@link HeartbeatReply#next()})
 * @param sequence the runner's message number, rising with every message it sends; 0 before
 *     sending (never taken by the ApplicationMaster)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Heartbeat(String containerId, int task, int attempt, double progress, String checkpoint,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean done, long sequence) {

  public Heartbeat {
    if (!(progress >= 0 && progress <= 1)) {
      throw new IllegalArgumentException("progress " + progress + " is not a fraction from 0 to 1");
    }
    if (task < 0 || attempt < 1) {
      throw new IllegalArgumentException("attempt " + attempt + " of task " + task + " is not a task's attempt");
    }
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence " + sequence + " is negative");
    }
  }

  /** A heartbeat of an attempt still running, not numbered yet. */
  public Heartbeat(String containerId, int task, int attempt, double progress, String checkpoint) {
    this(containerId, task, attempt, progress, checkpoint, false, 0);
  }

  /** The report that attempt {@code attempt} of {@code task} committed its outputs, not numbered yet. */
  public static Heartbeat done(String containerId, int task, int attempt) {
    return new Heartbeat(containerId, task, attempt, 1.0, null, true, 0);
  }

  /** This message numbered {@code number}. */
  public Heartbeat withSequence(long number) {
    return new Heartbeat(containerId, task, attempt, progress, checkpoint, done, number);
  }
}
