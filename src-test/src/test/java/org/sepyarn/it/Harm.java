package org.sepyarn.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.server.resourcemanager.ResourceManager;
import org.apache.hadoop.yarn.server.resourcemanager.rmapp.attempt.RMAppAttempt;
import org.apache.hadoop.yarn.server.resourcemanager.rmcontainer.RMContainer;
import org.apache.hadoop.yarn.server.resourcemanager.rmcontainer.RMContainerEventType;
import org.apache.hadoop.yarn.server.resourcemanager.scheduler.AbstractYarnScheduler;
import org.apache.hadoop.yarn.server.resourcemanager.scheduler.SchedulerApplicationAttempt;
import org.apache.hadoop.yarn.server.resourcemanager.scheduler.SchedulerUtils;

/** Harm done to a running job by the tests, from outside: killed processes, preempted containers. */
final class Harm {
  private Harm() {
  }

  /** The task containers (not the ApplicationMaster's) the ResourceManager sees running. */
  static List<ContainerId> runningTaskContainers(ResourceManager rm, ApplicationId app) {
    RMAppAttempt attempt = rm.getRMContext().getRMApps().get(app).getCurrentAppAttempt();
    SchedulerApplicationAttempt scheduled = ((AbstractYarnScheduler<?, ?>) rm.getResourceScheduler())
        .getApplicationAttempt(attempt.getAppAttemptId());
    List<ContainerId> ids = new ArrayList<>();
    for (RMContainer c : scheduled.getLiveContainers()) {
      if (!c.getContainerId().equals(attempt.getMasterContainer().getId())) {
        ids.add(c.getContainerId());
      }
    }
    return ids;
  }

  /** The ResourceManager preempts a container, as the capacity scheduler does for another queue. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static void preempt(ResourceManager rm, ContainerId id) {
    AbstractYarnScheduler scheduler = (AbstractYarnScheduler) rm.getResourceScheduler();
    RMContainer container = scheduler.getRMContainer(id);
    scheduler.completedContainer(container, SchedulerUtils.createPreemptedContainerStatus(id,
        "preempted by the test"), RMContainerEventType.KILL);
  }

  /** Kills every process of a container (its launch script and everything below), like a crash. */
  static int killProcessesOf(ContainerId id) {
    Optional<ProcessHandle> launcher = ProcessHandle.allProcesses()
        .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains(id.toString())).orElse(false))
        .findFirst();
    if (launcher.isEmpty()) {
      return 0;
    }
    List<ProcessHandle> tree = new ArrayList<>();
    launcher.get().descendants().forEach(tree::add);
    tree.add(launcher.get());
    tree.forEach(ProcessHandle::destroyForcibly);
    return tree.size();
  }

  /** Processes whose command line contains {@code marker}. */
  static List<ProcessHandle> processesWith(String marker) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
        .toList();
  }
}
