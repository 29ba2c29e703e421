package org.sepyarn.am.yarn;

import org.apache.hadoop.yarn.api.records.Priority;
import org.apache.hadoop.yarn.api.records.Resource;

/**
 * What every task container asks for.
 *
 * @param capability memory, vcores and other resource types of one task
 * @param priority the request priority
 * @param nodeLabel the node label of every request, or null for the queue's default
 */
public record ContainerRequestsSpec(Resource capability, Priority priority, String nodeLabel) {
  public ContainerRequestsSpec(Resource capability, Priority priority) {
    this(capability, priority, null);
  }
}
