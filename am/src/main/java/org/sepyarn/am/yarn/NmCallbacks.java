package org.sepyarn.am.yarn;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.ContainerStatus;
import org.apache.hadoop.yarn.api.records.Resource;
import org.apache.hadoop.yarn.client.api.async.NMClientAsync;
import org.sepyarn.am.schedule.TaskScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns the NodeManagers' answers to launches into events on the {@link EventLoop}. */
public final class NmCallbacks extends NMClientAsync.AbstractCallbackHandler {
  private static final Logger LOG = LoggerFactory.getLogger(NmCallbacks.class);

  private final EventLoop loop;
  private final Supplier<TaskScheduler> scheduler;

  public NmCallbacks(EventLoop loop, Supplier<TaskScheduler> scheduler) {
    this.loop = loop;
    this.scheduler = scheduler;
  }

  @Override
  public void onContainerStarted(ContainerId id, Map<String, ByteBuffer> serviceResponse) {
    loop.submit(() -> scheduler.get().containerStarted(id.toString()));
  }

  @Override
  public void onStartContainerError(ContainerId id, Throwable t) {
    LOG.warn("cannot start {}: {}", id, t.toString());
    loop.submit(() -> scheduler.get().containerLaunchFailed(id.toString(), "the NodeManager could not start the "
        + "container: " + t.getMessage()));
  }

  @Override
  public void onContainerStatusReceived(ContainerId id, ContainerStatus status) {
  }

  @Override
  public void onContainerStopped(ContainerId id) {
  }

  @Override
  public void onGetContainerStatusError(ContainerId id, Throwable t) {
  }

  @Override
  public void onContainerResourceIncreased(ContainerId id, Resource resource) {
  }

  @Override
  public void onContainerResourceUpdated(ContainerId id, Resource resource) {
  }

  @Override
  public void onIncreaseContainerResourceError(ContainerId id, Throwable t) {
  }

  @Override
  public void onUpdateContainerResourceError(ContainerId id, Throwable t) {
  }

  @Override
  public void onStopContainerError(ContainerId id, Throwable t) {
    LOG.warn("cannot stop {}: {}", id, t.toString());
  }
}
