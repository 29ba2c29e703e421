package org.sepyarn.am.yarn;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.hadoop.yarn.api.records.Priority;
import org.apache.hadoop.yarn.api.records.Resource;
import org.apache.hadoop.yarn.client.api.AMRMClient.ContainerRequest;
import org.apache.hadoop.yarn.client.api.async.AMRMClientAsync;

/**
 * The container requests outstanding at the ResourceManager, so that each one satisfied or no
 * longer needed is removed and the ApplicationMaster never holds more than it asked for.
 */
final class ContainerRequests {
  private final AMRMClientAsync<ContainerRequest> rm;
  private final Resource capability;
  private final Priority priority;
  private final Deque<ContainerRequest> outstanding = new ArrayDeque<>();

  ContainerRequests(AMRMClientAsync<ContainerRequest> rm, Resource capability, Priority priority) {
    this.rm = rm;
    this.capability = capability;
    this.priority = priority;
  }

  void add(int count) {
    for (int i = 0; i < count; i++) {
      ContainerRequest request = new ContainerRequest(capability, null, null, priority);
      rm.addContainerRequest(request);
      outstanding.add(request);
    }
  }

  void remove(int count) {
    for (int i = 0; i < count && !outstanding.isEmpty(); i++) {
      rm.removeContainerRequest(outstanding.removeLast());
    }
  }
}
