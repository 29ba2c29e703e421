package org.sepyarn.am.yarn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.hadoop.yarn.api.records.Container;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.NodeId;
import org.apache.hadoop.yarn.client.api.AMRMClient.ContainerRequest;
import org.apache.hadoop.yarn.client.api.async.AMRMClientAsync;
import org.apache.hadoop.yarn.client.api.async.NMClientAsync;
import org.sepyarn.am.schedule.Allocated;
import org.sepyarn.am.schedule.ContainerAsk;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.JobFailure;
import org.sepyarn.am.schedule.SchedulerActions;
import org.sepyarn.am.schedule.TaskTransition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out the scheduler's decisions with YARN's clients, and remembers the containers it
 * holds so that the scheduler can speak of them by id. Used on the event loop's thread only.
 */
public final class YarnScheduling implements SchedulerActions {
  private static final Logger LOG = LoggerFactory.getLogger(YarnScheduling.class);

  /** Hears what the scheduler decides about tasks and the job. */
  public interface Listener {
    void taskStateChanged(TaskTransition transition);

    void allTasksSucceeded();

    void jobFailed(JobFailure failure);
  }

  private final AMRMClientAsync<ContainerRequest> rm;
  private final NMClientAsync nm;
  private final ContainerRequests requests;
  private final RunnerLaunchContexts launches;
  private final Listener listener;
  private final Map<String, Container> containers = new HashMap<>();
  private final Map<String, TaskAttemptId> launched = new HashMap<>();
  private final Map<String, String> nodeHttpAddresses = new java.util.concurrent.ConcurrentHashMap<>();
  private final UnaryOperator<String> hostName;
  private final UnaryOperator<String> rackOf;

  /**
   * @param hostName brings a NodeManager's host to the form task preferences name hosts in
   * @param rackOf the rack of a host ({@code RackResolver}), or null when not known
   */
  public YarnScheduling(AMRMClientAsync<ContainerRequest> rm, NMClientAsync nm, ContainerRequestsSpec spec,
      RunnerLaunchContexts launches, Listener listener, UnaryOperator<String> hostName,
      UnaryOperator<String> rackOf, AllocationPacing pacing) {
    this.hostName = hostName;
    this.rackOf = rackOf;
    this.rm = rm;
    this.nm = nm;
    this.requests = new ContainerRequests(rm, spec.capability(), spec.priority(), spec.nodeLabel(), pacing);
    this.launches = launches;
    this.listener = listener;
  }

  /** A heartbeat with the ResourceManager was answered (on YARN's callback thread). */
  void heartbeatAnswered() {
    requests.answered();
  }

  /** Remembers containers YARN gave us; returns them as the scheduler sees them. */
  public List<Allocated> track(List<Container> allocated) {
    List<Allocated> result = new ArrayList<>();
    for (Container c : allocated) {
      containers.put(c.getId().toString(), c);
      nodeHttpAddresses.put(c.getNodeId().toString(), c.getNodeHttpAddress());
      String host = c.getNodeId().getHost();
      result.add(new Allocated(c.getId().toString(), c.getNodeId().toString(), hostName.apply(host),
          rackOf.apply(host)));
    }
    return result;
  }

  /** Forgets a container that completed; returns the attempt it ran, if it ran one. */
  public TaskAttemptId forget(ContainerId id) {
    containers.remove(id.toString());
    return launched.remove(id.toString());
  }

  /** Adopts a container a previous ApplicationMaster attempt launched for this task attempt. */
  public void adopt(Container container, TaskAttemptId attempt) {
    containers.put(container.getId().toString(), container);
    nodeHttpAddresses.put(container.getNodeId().toString(), container.getNodeHttpAddress());
    launched.put(container.getId().toString(), attempt);
  }

  /** The web address of a node's NodeManager (for log links), once a container there was seen; any thread. */
  public java.util.Optional<String> nodeHttpAddress(String nodeId) {
    return java.util.Optional.ofNullable(nodeHttpAddresses.get(nodeId));
  }

  @Override
  public void requestContainers(List<ContainerAsk> asks) {
    requests.add(asks);
  }

  @Override
  public void removeRequests(List<ContainerAsk> asks) {
    requests.remove(asks);
  }

  @Override
  public void launch(String containerId, int taskIndex, int attemptNumber) {
    start(containerId, "task " + taskIndex, new TaskAttemptId(taskIndex, attemptNumber),
        launches.forAttempt(taskIndex, attemptNumber));
  }

  /**
   * Starts the runner of merge task {@code number} in an allocated container; the attempt is known
   * by the merge task's index among the job's tasks ({@code taskIndex}).
   */
  public void launchMerge(String containerId, int number, int taskIndex, int attemptNumber) {
    start(containerId, "merge task " + number, new TaskAttemptId(taskIndex, attemptNumber),
        launches.forMerge(number, attemptNumber));
  }

  /**
   * Starts the runner of scatter task {@code number} in an allocated container; the attempt is known
   * by the scatter task's index among the job's tasks ({@code taskIndex}).
   */
  public void launchScatter(String containerId, int number, int taskIndex, int attemptNumber) {
    start(containerId, "scatter task " + number, new TaskAttemptId(taskIndex, attemptNumber),
        launches.forScatter(number, attemptNumber));
  }

  private void start(String containerId, String what, TaskAttemptId attempt,
      org.apache.hadoop.yarn.api.records.ContainerLaunchContext context) {
    Container c = containers.get(containerId);
    if (c == null) {
      throw new IllegalStateException("no container " + containerId + " to launch " + what + " in");
    }
    LOG.info("launching {} attempt {} in {} on {}", what, attempt.attempt(), containerId, c.getNodeId());
    launched.put(containerId, attempt);
    nm.startContainerAsync(c, context);
  }

  @Override
  public void continueIn(String containerId, int taskIndex, int attemptNumber) {
    LOG.info("task {} attempt {} runs next in {}", taskIndex, attemptNumber, containerId);
    launched.put(containerId, new TaskAttemptId(taskIndex, attemptNumber));
  }

  @Override
  public void release(String containerId) {
    Container c = containers.remove(containerId);
    if (c != null) {
      rm.releaseAssignedContainer(c.getId());
    }
  }

  @Override
  public void kill(String containerId, ExitReason reason) {
    Container c = containers.get(containerId);
    if (c != null) {
      LOG.warn("stopping {}: {}", containerId, reason.explanation());
      nm.stopContainerAsync(c.getId(), c.getNodeId());
    }
  }

  @Override
  public void excludeNodes(Set<String> add, Set<String> remove) {
    LOG.warn("excluding nodes {}, allowing again {}", add, remove);
    rm.updateBlacklist(hosts(add), hosts(remove));
  }

  /** Nodes are NodeIds (host:port) to the scheduler; YARN excludes them by host name. */
  private static List<String> hosts(Set<String> nodes) {
    List<String> hosts = new ArrayList<>();
    for (String node : nodes) {
      hosts.add(NodeId.fromString(node).getHost());
    }
    return hosts;
  }

  @Override
  public void taskStateChanged(TaskTransition transition) {
    listener.taskStateChanged(transition);
  }

  @Override
  public void allTasksSucceeded() {
    listener.allTasksSucceeded();
  }

  @Override
  public void jobFailed(JobFailure failure) {
    listener.jobFailed(failure);
  }
}
