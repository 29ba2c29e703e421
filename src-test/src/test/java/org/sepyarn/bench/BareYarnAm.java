package org.sepyarn.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.Container;
import org.apache.hadoop.yarn.api.records.ContainerLaunchContext;
import org.apache.hadoop.yarn.api.records.ContainerStatus;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.Priority;
import org.apache.hadoop.yarn.api.records.Resource;
import org.apache.hadoop.yarn.api.protocolrecords.AllocateResponse;
import org.apache.hadoop.yarn.client.api.AMRMClient;
import org.apache.hadoop.yarn.client.api.NMClient;
import org.apache.hadoop.yarn.conf.YarnConfiguration;

/**
 * The least an ApplicationMaster does to run N containers of {@code true}, as Hadoop's
 * distributedshell does with {@code -shell_command true -num_containers N}: register, ask for N
 * containers at once, start {@code true} in each as it comes, count completions, unregister. The
 * baseline of {@link OverheadBench}; started by {@link BareYarnJob} with {@code N} as its argument.
 */
public final class BareYarnAm {
  private static final int CONTAINER_MB = 256;
  private static final long POLL_MILLIS = 100;

  private BareYarnAm() {
  }

  public static void main(String[] args) throws Exception {
    int wanted = Integer.parseInt(args[0]);
    YarnConfiguration conf = new YarnConfiguration();
    AMRMClient<AMRMClient.ContainerRequest> rm = AMRMClient.createAMRMClient();
    rm.init(conf);
    rm.start();
    NMClient nm = NMClient.createNMClient();
    nm.init(conf);
    nm.start();
    rm.registerApplicationMaster("", 0, "");
    for (int i = 0; i < wanted; i++) {
      rm.addContainerRequest(new AMRMClient.ContainerRequest(Resource.newInstance(CONTAINER_MB, 1), null, null,
          Priority.newInstance(0)));
    }
    Set<ContainerId> launched = new HashSet<>();
    int completed = 0;
    int failed = 0;
    while (completed < wanted) {
      AllocateResponse response = rm.allocate((float) completed / wanted);
      for (Container c : response.getAllocatedContainers()) {
        if (launched.size() >= wanted) {
          rm.releaseAssignedContainer(c.getId());
          continue;
        }
        rm.removeContainerRequest(new AMRMClient.ContainerRequest(Resource.newInstance(CONTAINER_MB, 1), null, null,
            Priority.newInstance(0)));
        nm.startContainer(c, ContainerLaunchContext.newInstance(Map.of(), Map.of(), List.of("true"), null, null,
            null));
        launched.add(c.getId());
      }
      for (ContainerStatus s : response.getCompletedContainersStatuses()) {
        if (launched.contains(s.getContainerId())) {
          completed++;
          failed += s.getExitStatus() == 0 ? 0 : 1;
        }
      }
      Thread.sleep(POLL_MILLIS);
    }
    rm.unregisterApplicationMaster(failed == 0 ? FinalApplicationStatus.SUCCEEDED : FinalApplicationStatus.FAILED,
        failed + " of " + wanted + " containers failed", "");
    nm.stop();
    rm.stop();
  }
}
