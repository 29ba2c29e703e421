package org.sepyarn.runner.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The ApplicationMaster's answer to a heartbeat.
 *
 * @param proceed false when the ApplicationMaster has given up on this attempt: the runner kills
 *     its program and exits
 * @param next the answer to a {@link Heartbeat#done()} report: the attempt the container runs
 *     next, or null when it runs no more and the runner exits
 * @param tokens the latest generation of delegation tokens the ApplicationMaster obtained from
 *     the user's keytab ({@link WorkLayout#tokens(int)}), or null when it obtains none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HeartbeatReply(boolean proceed, NextAttempt next, Integer tokens) {

  public HeartbeatReply(boolean proceed) {
    this(proceed, null, null);
  }

  public HeartbeatReply(boolean proceed, NextAttempt next) {
    this(proceed, next, null);
  }

  /** This reply, saying that the tokens' latest generation is {@code generation} (none when 0). */
  public HeartbeatReply withTokens(int generation) {
    return generation > 0 ? new HeartbeatReply(proceed, next, generation) : this;
  }

  /**
   * The next attempt a container runs, with the byte range of its task in the plan's task file as
   * a launch gives it on the command line.
   */
  public record NextAttempt(int task, int attempt, long planOffset, int planLength) {
    public NextAttempt {
      if (task < 0 || attempt < 1 || planOffset < 0 || planLength < 1) {
        throw new IllegalArgumentException("next attempt " + attempt + " of task " + task + " at plan byte "
            + planOffset + " (" + planLength + " bytes) is not a task's attempt");
      }
    }
  }
}
