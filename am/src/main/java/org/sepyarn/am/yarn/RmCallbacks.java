package org.sepyarn.am.yarn;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.apache.hadoop.yarn.api.records.Container;
import org.apache.hadoop.yarn.api.records.ContainerStatus;
import org.apache.hadoop.yarn.api.records.NodeReport;
import org.apache.hadoop.yarn.api.records.NodeState;
import org.apache.hadoop.yarn.api.records.UpdatedContainer;
import org.apache.hadoop.yarn.client.api.async.AMRMClientAsync;
import org.sepyarn.am.schedule.CompletionStatus;
import org.sepyarn.am.schedule.TaskScheduler;
import org.sepyarn.runner.spec.AttemptReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the ResourceManager's callbacks into events on the {@link EventLoop}: containers
 * allocated and completed (with the runner's own report of the attempt, whose bytes are counted), nodes lost, the
 * cluster's size. Reports progress from the last snapshot the loop published.
 */
public final class RmCallbacks extends AMRMClientAsync.AbstractCallbackHandler {
  private static final Logger LOG = LoggerFactory.getLogger(RmCallbacks.class);

  private final EventLoop loop;
  private final Supplier<TaskScheduler> scheduler;
  private volatile YarnScheduling scheduling;
  private final AttemptReports reports;
  private final Consumer<AttemptReport> attemptEnded;
  private final DoubleSupplier progress;
  private final Consumer<String> fatal;
  private final IntSupplier clusterSize;

  /**
   * The driver is set later, by {@link #useScheduling}: it needs the ResourceManager client these
   * callbacks serve.
   *
   * @param scheduler the scheduler, set before the event loop runs its first event
   * @param attemptEnded hears of the report of every attempt whose container completed, on the
   *     event loop's thread
   */
  public RmCallbacks(EventLoop loop, Supplier<TaskScheduler> scheduler, AttemptReports reports,
      Consumer<AttemptReport> attemptEnded, DoubleSupplier progress, IntSupplier clusterSize,
      Consumer<String> fatal) {
    this.loop = loop;
    this.scheduler = scheduler;
    this.reports = reports;
    this.attemptEnded = attemptEnded;
    this.progress = progress;
    this.clusterSize = clusterSize;
    this.fatal = fatal;
  }

  /** Sets the driver once it exists; before any container is requested. */
  public void useScheduling(YarnScheduling driver) {
    this.scheduling = driver;
  }

  @Override
  public void onContainersAllocated(List<Container> containers) {
    loop.submit(() -> scheduler.get().containersAllocated(scheduling.track(containers)));
  }

  @Override
  public void onContainersCompleted(List<ContainerStatus> statuses) {
    loop.submit(() -> {
      for (ContainerStatus status : statuses) {
        TaskAttemptId ran = scheduling.forget(status.getContainerId());
        String diagnostics = status.getDiagnostics() == null ? "" : status.getDiagnostics().trim();
        int exit = status.getExitStatus();
        if (ran != null) {
          Optional<AttemptReport> report = reports.read(ran.task(), ran.attempt());
          report.ifPresent(attemptEnded);
          diagnostics = AttemptReports.describe(report, diagnostics);
          exit = AttemptReports.exitStatus(exit, report);
        }
        scheduler.get().containerCompleted(status.getContainerId().toString(),
            new CompletionStatus(exit, diagnostics));
      }
    });
  }

  @Override
  public void onContainersUpdated(List<UpdatedContainer> containers) {
    // sepyarn never asks to resize containers.
  }

  @Override
  public void onShutdownRequest() {
    fatal.accept("the ResourceManager asked this ApplicationMaster to shut down");
  }

  @Override
  public void onNodesUpdated(List<NodeReport> updated) {
    Set<String> lost = new HashSet<>();
    for (NodeReport node : updated) {
      NodeState state = node.getNodeState();
      if (state == NodeState.LOST || state == NodeState.UNHEALTHY || state == NodeState.DECOMMISSIONED
          || state == NodeState.SHUTDOWN) {
        lost.add(node.getNodeId().toString());
      }
    }
    int size = clusterSize.getAsInt();
    loop.submit(() -> {
      if (!lost.isEmpty()) {
        LOG.warn("nodes lost or unusable: {}", lost);
        scheduler.get().nodesLost(lost);
      }
      scheduler.get().clusterSizeChanged(size);
    });
  }

  @Override
  public float getProgress() {
    // Asked once per heartbeat answered: the moment to pace the next one.
    YarnScheduling driver = scheduling;
    if (driver != null) {
      driver.heartbeatAnswered();
    }
    return (float) progress.getAsDouble();
  }

  @Override
  public void onError(Throwable e) {
    LOG.error("the ResourceManager client failed", e);
    fatal.accept("the ResourceManager client failed: " + e.getMessage());
  }
}
