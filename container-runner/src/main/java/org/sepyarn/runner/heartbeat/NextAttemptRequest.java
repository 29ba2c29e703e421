package org.sepyarn.runner.heartbeat;

import java.util.Optional;
import org.sepyarn.runner.spec.Heartbeat;
import org.sepyarn.runner.spec.HeartbeatReply;
import org.sepyarn.runner.spec.HeartbeatReply.NextAttempt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the ApplicationMaster that an attempt committed its outputs and asks what the container
 * runs next. Tries again for a while when the ApplicationMaster does not answer (it may be
 * restarting); when it never does, the runner ends and the container's exit status tells the same.
 */
public final class NextAttemptRequest {
  private static final Logger LOG = LoggerFactory.getLogger(NextAttemptRequest.class);

  /** Sends a heartbeat and returns the reply; the channel or a fake. */
  public interface Channel {
    HeartbeatReply send(Heartbeat heartbeat) throws Exception;
  }

  /** Waits between tries. */
  public interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  /**
   * What the ApplicationMaster said.
   *
   * @param answered false when it could not be reached
   * @param next the attempt the container runs next; empty when it runs no more
   */
  public record Answer(boolean answered, Optional<NextAttempt> next) {
    static final Answer NONE = new Answer(true, Optional.empty());
    static final Answer UNANSWERED = new Answer(false, Optional.empty());
  }

  private final Channel channel;
  private final Sleeper sleeper;
  private final int tries;
  private final long pauseMillis;

  public NextAttemptRequest(Channel channel, Sleeper sleeper, int tries, long pauseMillis) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries " + tries + " must be at least 1");
    }
    this.channel = channel;
    this.sleeper = sleeper;
    this.tries = tries;
    this.pauseMillis = pauseMillis;
  }

  /** Ten tries three seconds apart over {@code client}. */
  public static NextAttemptRequest over(AmChannelClient client) {
    return new NextAttemptRequest(client::send, Thread::sleep, 10, 3_000);
  }

  /**
   * One try over {@code channel}, for a container that runs one task: its exit status reports the
   * success too, so a lost message costs only time.
   */
  public static NextAttemptRequest once(Channel channel) {
    return new NextAttemptRequest(channel, millis -> { }, 1, 0);
  }

  /**
   * Reports attempt {@code attempt} of {@code task} in {@code containerId} done; the answer says the
   * attempt to run next, if any, or that the ApplicationMaster could not be reached.
   */
  public Answer ask(String containerId, int task, int attempt) throws InterruptedException {
    Heartbeat done = Heartbeat.done(containerId, task, attempt);
    for (int i = 1; i <= tries; i++) {
      try {
        HeartbeatReply reply = channel.send(done);
        return reply.proceed() && reply.next() != null ? new Answer(true, Optional.of(reply.next())) : Answer.NONE;
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception e) {
        LOG.warn("reporting task {} attempt {} done failed (try {} of {}): {}", task, attempt, i, tries,
            e.getMessage());
      }
      if (i < tries) {
        sleeper.sleep(pauseMillis);
      }
    }
    LOG.warn("the ApplicationMaster did not answer; this container runs no more tasks");
    return Answer.UNANSWERED;
  }
}
