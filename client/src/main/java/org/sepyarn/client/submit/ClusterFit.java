package org.sepyarn.client.submit;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.yarn.api.records.NodeLabel;
import org.apache.hadoop.yarn.api.records.ResourceTypeInfo;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.exceptions.YarnException;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.formats.job.JobSpec;

/**
 * Checks, before anything is staged, that the cluster has what the job names: each resource type
 * of {@code resources} among the ResourceManager's ({@code resource-types.xml}) and the
 * {@code nodeLabel} among its node labels. A job asking for what the cluster lacks would otherwise
 * wait for ever (a label no node has) or fail only in its ApplicationMaster.
 */
final class ClusterFit {
  private ClusterFit() {
  }

  static void check(JobSpec job, YarnClient yarn) throws IOException, YarnException, InvalidInputException {
    org.sepyarn.formats.job.Resources resources = org.sepyarn.formats.flow.FlowTasks.of(job).containerResources();
    if (!resources.types().isEmpty()) {
      List<ResourceTypeInfo> types = yarn.getResourceTypeInfo();
      Set<String> known = new TreeSet<>();
      types.forEach(t -> known.add(t.getName()));
      for (String name : resources.types().keySet()) {
        if (!known.contains(name)) {
          throw new InvalidInputException("resources." + name + ": this cluster defines no resource type " + name
              + " (its types are " + known + "); remove it, or ask the cluster's administrators to add it to"
              + " resource-types.xml");
        }
      }
    }
    if (job.nodeLabel().isPresent()) {
      Set<String> labels = new TreeSet<>();
      for (NodeLabel label : yarn.getClusterNodeLabels()) {
        labels.add(label.getName());
      }
      String wanted = job.nodeLabel().get();
      if (!labels.contains(wanted)) {
        throw new InvalidInputException("nodeLabel: this cluster has no node label " + wanted + " (its labels are "
            + labels + "); remove nodeLabel, or name one of these");
      }
    }
  }
}
