package org.sepyarn.am.yarn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.yarn.api.records.Priority;
import org.apache.hadoop.yarn.api.records.Resource;
import org.apache.hadoop.yarn.client.api.AMRMClient.ContainerRequest;
import org.apache.hadoop.yarn.client.api.async.AMRMClientAsync;
import org.sepyarn.am.schedule.ContainerAsk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The container requests outstanding at the ResourceManager, by the scheduler's ask id, so that
 * each one satisfied or no longer needed is removed and the ApplicationMaster never holds more
 * than it asked for. A request names its task's preferred hosts and racks with relaxed locality:
 * the ResourceManager tries those nodes, then those racks, then gives any node rather than let
 * the task wait for ever.
 */
final class ContainerRequests {
  private static final Logger LOG = LoggerFactory.getLogger(ContainerRequests.class);
  /** Requests logged one by one per batch; the rest are counted. */
  private static final int LOGGED_PER_BATCH = 20;

  private final AMRMClientAsync<ContainerRequest> rm;
  private final Resource capability;
  private final Priority priority;
  private final String nodeLabel;
  private final Map<Long, ContainerRequest> outstanding = new HashMap<>();
  private final AllocationPacing pacing;
  /** How many requests are outstanding, for YARN's callback thread. */
  private volatile int waiting;

  ContainerRequests(AMRMClientAsync<ContainerRequest> rm, Resource capability, Priority priority) {
    this(rm, capability, priority, null);
  }

  /**
   * @param nodeLabel the node label every container must run on, or null for the queue's default;
   *     YARN takes a label only on requests without hosts or racks, so a labelled job's requests
   *     name no preferred nodes
   */
  ContainerRequests(AMRMClientAsync<ContainerRequest> rm, Resource capability, Priority priority, String nodeLabel) {
    this(rm, capability, priority, nodeLabel, null);
  }

  /** @param pacing sets the heartbeat interval as requests are made and wait; null to leave it */
  ContainerRequests(AMRMClientAsync<ContainerRequest> rm, Resource capability, Priority priority, String nodeLabel,
      AllocationPacing pacing) {
    this.rm = rm;
    this.capability = capability;
    this.priority = priority;
    this.nodeLabel = nodeLabel;
    this.pacing = pacing;
  }

  /** A heartbeat was answered: paces the next by whether requests still wait. Any thread. */
  void answered() {
    if (pacing != null) {
      rm.setHeartbeatInterval(pacing.answered(waiting > 0));
    }
  }

  void add(List<ContainerAsk> asks) {
    int preferring = 0;
    for (ContainerAsk ask : asks) {
      ContainerRequest request = request(ask);
      rm.addContainerRequest(request);
      outstanding.put(ask.id(), request);
      if (!ask.preference().isNone() && nodeLabel == null) {
        if (preferring++ < LOGGED_PER_BATCH) {
          LOG.info("requesting a container for task {} on hosts {} racks {} (relaxed locality)", ask.taskIndex(),
              ask.preference().hosts(), ask.preference().racks());
        }
      }
    }
    waiting = outstanding.size();
    if (pacing != null && !asks.isEmpty()) {
      rm.setHeartbeatInterval(pacing.requested());
    }
    LOG.info("requested {} containers, {} of them with a locality preference; {} outstanding", asks.size(),
        preferring, outstanding.size());
  }

  void remove(List<ContainerAsk> asks) {
    for (ContainerAsk ask : asks) {
      ContainerRequest request = outstanding.remove(ask.id());
      if (request != null) {
        rm.removeContainerRequest(request);
      }
    }
    waiting = outstanding.size();
  }

  /** The request for {@code ask}: on its hosts and racks, relaxed, or anywhere when it has no preference. */
  ContainerRequest request(ContainerAsk ask) {
    if (nodeLabel != null) {
      return new ContainerRequest(capability, null, null, priority, true, nodeLabel);
    }
    if (ask.preference().isNone()) {
      return new ContainerRequest(capability, null, null, priority);
    }
    String[] hosts = ask.preference().hosts().toArray(String[]::new);
    String[] racks = ask.preference().racks().toArray(String[]::new);
    return new ContainerRequest(capability, hosts.length == 0 ? null : hosts, racks.length == 0 ? null : racks,
        priority, true);
  }
}
