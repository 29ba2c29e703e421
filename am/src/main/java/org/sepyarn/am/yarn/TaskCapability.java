package org.sepyarn.am.yarn;

import java.util.Map;
import org.apache.hadoop.yarn.api.records.Resource;
import org.apache.hadoop.yarn.exceptions.ResourceNotFoundException;
import org.sepyarn.formats.job.Resources;

/** What one task container asks YARN for: memory, vcores and the job's other resource types. */
public final class TaskCapability {
  private TaskCapability() {
  }

  /**
   * The capability of {@code resources}.
   *
   * @throws IllegalArgumentException naming the resource type this cluster does not define
   *     ({@code resource-types.xml}); the client checks the job's types against the cluster's first
   */
  public static Resource of(Resources resources) {
    Resource capability = Resource.newInstance(resources.memoryMiB(), resources.vcores());
    for (Map.Entry<String, Long> type : resources.types().entrySet()) {
      try {
        capability.setResourceValue(type.getKey(), type.getValue());
      } catch (ResourceNotFoundException e) {
        throw new IllegalArgumentException("resources." + type.getKey() + ": the cluster defines no resource type "
            + type.getKey() + " (resource-types.xml); remove it or ask the cluster's administrators", e);
      }
    }
    return capability;
  }
}
