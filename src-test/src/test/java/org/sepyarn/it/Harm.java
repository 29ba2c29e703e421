package org.sepyarn.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Harm done to a running job by the tests, from outside: killed and frozen processes, preempted
 * containers.
 */
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
    List<ProcessHandle> tree = processesOf(id);
    tree.forEach(ProcessHandle::destroyForcibly);
    return tree.size();
  }

  /**
   * Stops every process of a container with SIGSTOP, as a long garbage-collection pause or a
   * frozen machine would: the processes live on but do nothing until killed. The NodeManager's
   * own wrapper script, which waits outside the container's session to record its exit code, is
   * left alone.
   */
  static List<ProcessHandle> freezeProcessesOf(ContainerId id) throws Exception {
    List<ProcessHandle> tree = processesOf(id).stream()
        .filter(p -> !p.info().commandLine().orElse("").contains("default_container_executor.sh"))
        .toList();
    for (ProcessHandle p : tree) {
      Process kill = new ProcessBuilder("kill", "-STOP", Long.toString(p.pid())).inheritIO().start();
      // A short-lived child (a gate's "sleep 0.1") may end between the listing and the signal.
      if (kill.waitFor() != 0 && p.isAlive()) {
        throw new IllegalStateException("kill -STOP " + p.pid() + " failed");
      }
    }
    return tree;
  }

  /** A container's launch script and every process below it, or none when it does not run. */
  static List<ProcessHandle> processesOf(ContainerId id) {
    Optional<ProcessHandle> launcher = ProcessHandle.allProcesses()
        .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains(id.toString())).orElse(false))
        .findFirst();
    List<ProcessHandle> tree = new ArrayList<>();
    if (launcher.isPresent()) {
      launcher.get().descendants().forEach(tree::add);
      tree.add(launcher.get());
    }
    return tree;
  }

  /**
   * Whether a process still runs. A zombie has exited and only waits for its parent (init, for
   * the orphans of a killed container, which may reap them lazily) to collect it, so it does not.
   */
  static boolean isRunning(ProcessHandle process) {
    if (!process.isAlive()) {
      return false;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"), StandardCharsets.UTF_8);
      return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
    } catch (IOException e) {
      return process.isAlive();
    }
  }

  /** Processes whose command line contains {@code marker}. */
  static List<ProcessHandle> processesWith(String marker) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
        .toList();
  }
}
