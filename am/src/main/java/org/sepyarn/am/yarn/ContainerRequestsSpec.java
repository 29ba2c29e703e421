package org.sepyarn.am.yarn;

import org.apache.hadoop.yarn.api.records.Priority;
import org.apache.hadoop.yarn.api.records.Resource;

/**
 * What every task container asks for.
 *
 * @param capability memory and vcores of one task
 * @param priority the request priority
 */
public record ContainerRequestsSpec(Resource capability, Priority priority) {
}
