package org.sepyarn.am.schedule;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.sepyarn.am.health.NodeHealthPolicy;
import org.sepyarn.formats.job.Speculation;

/**
 * How the scheduler retries and times out tasks.
 *
 * @param maxAttempts charged failures a task may have before the job fails (uncharged ones are free)
 * @param taskTimeout wall-clock limit of an attempt from its launch; {@link Duration#ZERO} for none
 * @param heartbeatTimeout longest silence of a runner, from its launch or its last heartbeat
 * @param noUsableNodeTimeout how long tasks may wait with no usable node before the job fails
 * @param nodeHealth when to exclude failing nodes
 * @param maxRunning the most tasks holding a container at once ({@code maxRunning} of the job); 0 for no limit
 * @param tasksPerContainer how many tasks a container may run one after another, at least 1
 * @param speculation whether and when stragglers get a second attempt on another node
 */
public record SchedulingPolicy(int maxAttempts, Duration taskTimeout, Duration heartbeatTimeout,
    Duration noUsableNodeTimeout, NodeHealthPolicy nodeHealth, int maxRunning, int tasksPerContainer,
    Speculation speculation) {

  public SchedulingPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts=" + maxAttempts + " is not allowed: it must be at least 1");
    }
    Objects.requireNonNull(taskTimeout, "taskTimeout");
    if (taskTimeout.isNegative()) {
      throw new IllegalArgumentException("taskTimeout=-" + org.sepyarn.formats.job.Durations.text(taskTimeout.abs())
          + " is not allowed: it must be positive, or zero for no limit");
    }
    requirePositive("heartbeatTimeout", heartbeatTimeout);
    Objects.requireNonNull(noUsableNodeTimeout, "noUsableNodeTimeout");
    if (noUsableNodeTimeout.isNegative()) {
      throw new IllegalArgumentException("noUsableNodeTimeout=-" + org.sepyarn.formats.job.Durations.text(noUsableNodeTimeout.abs())
          + " is not allowed: it must not be negative");
    }
    Objects.requireNonNull(nodeHealth, "nodeHealth");
    if (maxRunning < 0) {
      throw new IllegalArgumentException("maxRunning=" + maxRunning
          + " is not allowed: it must be at least 1, or zero for no limit");
    }
    if (tasksPerContainer < 1) {
      throw new IllegalArgumentException("tasksPerContainer=" + tasksPerContainer
          + " is not allowed: it must be at least 1");
    }
    Objects.requireNonNull(speculation, "speculation");
  }

  /** A policy without speculative attempts. */
  public SchedulingPolicy(int maxAttempts, Duration taskTimeout, Duration heartbeatTimeout,
      Duration noUsableNodeTimeout, NodeHealthPolicy nodeHealth, int maxRunning, int tasksPerContainer) {
    this(maxAttempts, taskTimeout, heartbeatTimeout, noUsableNodeTimeout, nodeHealth, maxRunning, tasksPerContainer,
        Speculation.OFF);
  }

  /** A policy with a container per task attempt. */
  public SchedulingPolicy(int maxAttempts, Duration taskTimeout, Duration heartbeatTimeout,
      Duration noUsableNodeTimeout, NodeHealthPolicy nodeHealth, int maxRunning) {
    this(maxAttempts, taskTimeout, heartbeatTimeout, noUsableNodeTimeout, nodeHealth, maxRunning, 1);
  }

  /** A policy without a limit on the tasks running at once. */
  public SchedulingPolicy(int maxAttempts, Duration taskTimeout, Duration heartbeatTimeout,
      Duration noUsableNodeTimeout, NodeHealthPolicy nodeHealth) {
    this(maxAttempts, taskTimeout, heartbeatTimeout, noUsableNodeTimeout, nodeHealth, 0);
  }

  /**
   * Four charged attempts per task (as MapReduce), no task time limit, two minutes of runner
   * silence, five minutes without a usable node, and the default node health policy.
   */
  public static SchedulingPolicy defaults() {
    return new SchedulingPolicy(4, Duration.ZERO, Duration.ofMinutes(2), Duration.ofMinutes(5),
        NodeHealthPolicy.defaults());
  }

  public SchedulingPolicy withMaxAttempts(int attempts) {
    return new SchedulingPolicy(attempts, taskTimeout, heartbeatTimeout, noUsableNodeTimeout, nodeHealth, maxRunning,
        tasksPerContainer, speculation);
  }

  public SchedulingPolicy withTaskTimeout(Duration timeout) {
    return new SchedulingPolicy(maxAttempts, timeout, heartbeatTimeout, noUsableNodeTimeout, nodeHealth, maxRunning,
        tasksPerContainer, speculation);
  }

  public SchedulingPolicy withHeartbeatTimeout(Duration timeout) {
    return new SchedulingPolicy(maxAttempts, taskTimeout, timeout, noUsableNodeTimeout, nodeHealth, maxRunning,
        tasksPerContainer, speculation);
  }

  public SchedulingPolicy withNoUsableNodeTimeout(Duration timeout) {
    return new SchedulingPolicy(maxAttempts, taskTimeout, heartbeatTimeout, timeout, nodeHealth, maxRunning,
        tasksPerContainer, speculation);
  }

  public SchedulingPolicy withNodeHealth(NodeHealthPolicy policy) {
    return new SchedulingPolicy(maxAttempts, taskTimeout, heartbeatTimeout, noUsableNodeTimeout, policy, maxRunning,
        tasksPerContainer, speculation);
  }

  public SchedulingPolicy withMaxRunning(int limit) {
    return new SchedulingPolicy(maxAttempts, taskTimeout, heartbeatTimeout, noUsableNodeTimeout, nodeHealth, limit,
        tasksPerContainer, speculation);
  }

  public SchedulingPolicy withTasksPerContainer(int tasks) {
    return new SchedulingPolicy(maxAttempts, taskTimeout, heartbeatTimeout, noUsableNodeTimeout, nodeHealth, maxRunning,
        tasks, speculation);
  }

  public SchedulingPolicy withSpeculation(Speculation rule) {
    return new SchedulingPolicy(maxAttempts, taskTimeout, heartbeatTimeout, noUsableNodeTimeout, nodeHealth, maxRunning,
        tasksPerContainer, rule);
  }

  /** The most tasks that may hold a container at once, if there is a limit. */
  public OptionalInt runningLimit() {
    return maxRunning == 0 ? OptionalInt.empty() : OptionalInt.of(maxRunning);
  }

  /** The task time limit, if there is one. */
  public Optional<Duration> taskTimeLimit() {
    return taskTimeout.isZero() ? Optional.empty() : Optional.of(taskTimeout);
  }

  private static void requirePositive(String field, Duration value) {
    Objects.requireNonNull(value, field);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(field + "=" + value + " is not allowed: it must be positive");
    }
  }
}
