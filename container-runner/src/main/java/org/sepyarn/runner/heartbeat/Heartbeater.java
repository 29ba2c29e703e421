package org.sepyarn.runner.heartbeat;

import java.io.File;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sepyarn.runner.spec.Heartbeat;
import org.sepyarn.runner.spec.HeartbeatReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the ApplicationMaster every few seconds that this attempt is alive, with the progress
 * and checkpoint the program last reported, and saves each new checkpoint for the task's retries. When the ApplicationMaster answers that it gave up
 * on the attempt, runs {@code onAbandoned} (which kills the program and ends the runner).
 */
public final class Heartbeater implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Heartbeater.class);

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "heartbeat");
    t.setDaemon(true);
    return t;
  });
  private final AmChannelClient client;
  private final String containerId;
  private final int task;
  private final int attempt;
  private final File progressFile;
  private final Runnable onAbandoned;
  private final CheckpointStore checkpoints;
  private String savedCheckpoint;
  private volatile String lastRejection;

  public Heartbeater(AmChannelClient client, CheckpointStore checkpoints, String containerId, int task, int attempt,
      File progressFile, Runnable onAbandoned) {
    this.checkpoints = checkpoints;
    this.client = client;
    this.containerId = containerId;
    this.task = task;
    this.attempt = attempt;
    this.progressFile = progressFile;
    this.onAbandoned = onAbandoned;
  }

  public Heartbeater start(Duration interval) {
    timer.scheduleWithFixedDelay(this::beat, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  /**
   * One beat. Nothing it meets may end the beating: an executor's task that throws is never run
   * again, and a runner that stops beating is failed as silent while its program still runs.
   */
  private void beat() {
    try {
      beatOnce();
    } catch (Throwable e) {
      LOG.error("heartbeat for task {} attempt {} failed; beating on: {}", task, attempt, e.toString());
    }
  }

  private void beatOnce() {
    ProgressReport progress = ProgressReport.read(progressFile);
    noteRejection(progress.rejected());
    saveCheckpoint(progress.checkpoint());
    try {
      HeartbeatReply reply = client.send(new Heartbeat(containerId, task, attempt, progress.progress(),
          progress.checkpoint()));
      if (!reply.proceed()) {
        LOG.warn("the ApplicationMaster gave up on task {} attempt {}; stopping", task, attempt);
        timer.shutdown();
        onAbandoned.run();
      }
    } catch (Exception e) {
      // The ApplicationMaster may be restarting; the next beat looks its address up again.
      LOG.warn("heartbeat for task {} attempt {} failed: {}", task, attempt, e.getMessage());
    }
  }

  /** Logs a refused checkpoint once for each new reason, and keeps the last reason for the attempt's report. */
  private void noteRejection(String rejected) {
    if (rejected == null || rejected.equals(lastRejection)) {
      return;
    }
    lastRejection = rejected;
    LOG.error("task {} attempt {}: {} (see \"Retries, timeouts and restarts\" in docs/job-format.md)", task, attempt,
        rejected);
  }

  /**
   * Why the program's checkpoint was last refused (over {@link CheckpointLimit}), or null when
   * none was; the attempt's report carries it.
   */
  public String lastRejection() {
    return lastRejection;
  }

  private void saveCheckpoint(String checkpoint) {
    if (checkpoint == null || checkpoint.equals(savedCheckpoint)) {
      return;
    }
    try {
      checkpoints.save(task, checkpoint);
      savedCheckpoint = checkpoint;
    } catch (Exception e) {
      LOG.warn("cannot save the checkpoint of task {}: {}", task, e.getMessage());
    }
  }

  /** Stops beating, saving the program's last checkpoint first. */
  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    ProgressReport last = ProgressReport.read(progressFile);
    noteRejection(last.rejected());
    saveCheckpoint(last.checkpoint());
  }
}
