package org.sepyarn.am;

import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.am.plan.JobPlan;
import org.sepyarn.am.plan.JobPlanner;
import org.sepyarn.am.schedule.Allocated;
import org.sepyarn.am.schedule.CompletionStatus;
import org.sepyarn.am.schedule.ContainerAsk;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.JobFailure;
import org.sepyarn.am.schedule.JobSnapshot;
import org.sepyarn.am.schedule.SchedulerActions;
import org.sepyarn.am.schedule.TaskScheduler;
import org.sepyarn.am.schedule.TaskTransition;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.StatusPublisher;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.runner.spec.PlanFiles;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * What the ApplicationMaster does to start a job of a million tasks without files, in the heap it
 * gets by default: plans the tasks, writes the plan to a work folder on the local file system,
 * starts the scheduler (every task waiting and requested), runs a first wave of 1000 containers
 * to success, and writes the status files. Run by {@link MillionTaskStartTest} in a JVM of its
 * own with that heap; prints one line per step and {@code started} at the end.
 */
public final class MillionTaskStart {
  private MillionTaskStart() {
  }

  public static void main(String[] args) throws Exception {
    int tasks = Integer.parseInt(args[0]);
    java.nio.file.Path dir = Files.createTempDirectory("sepyarn-million");
    try {
      FileSystem fs = FileSystem.getLocal(new Configuration());
      WorkLayout work = new WorkLayout(new Path(dir.resolve("work").toUri()));
      long start = System.nanoTime();
      JobSpec job = JobSpec.parse("{\"name\": \"million\", \"program\": {\"command\": [\"/bin/true\"]}, \"tasks\": "
          + tasks + "}", "job.json");
      JobPlan plan = JobPlanner.plan(job, Map.of(), p -> p);
      step("planned " + plan.tasks().tasks().size() + " tasks", start);
      PlanFiles.Written written = PlanWriting.start(fs, work, plan.tasks(),
          org.sepyarn.runner.spec.ScatterPlan.none(plan.tasks().tasks().size())).written();
      step("wrote the plan, " + written.bytes() + " bytes", start);
      Counting actions = new Counting();
      TaskScheduler scheduler = TaskScheduler.create(tasks, JobPolicies.forTasks(job), Clock.systemUTC(), actions);
      scheduler.start();
      scheduler.clusterSizeChanged(100);
      step("started the scheduler, " + actions.requested + " containers requested", start);
      List<Allocated> wave = new ArrayList<>();
      for (int c = 0; c < 1000; c++) {
        wave.add(new Allocated("container_" + c, "node" + (c % 100) + ":45454"));
      }
      scheduler.containersAllocated(wave);
      for (Allocated c : wave) {
        scheduler.containerStarted(c.containerId());
        scheduler.containerCompleted(c.containerId(), new CompletionStatus(0, ""));
      }
      step("ran a first wave of " + actions.launched + " tasks", start);
      JobSnapshot snapshot = scheduler.snapshot();
      StatusPublisher status = new StatusPublisher(fs, work, "application_1700000000000_0001", job.name());
      JobStatus doc = status.status("RUNNING", snapshot.progress(), snapshot, null, null);
      org.sepyarn.am.status.FileWrite.allSideBySide(status.files(doc));
      step("wrote status.json, " + fs.getFileStatus(work.statusJson()).getLen() + " bytes, "
          + doc.tasks().size() + " tasks listed", start);
      Runtime rt = Runtime.getRuntime();
      System.out.println("started, heap in use " + ((rt.totalMemory() - rt.freeMemory()) >> 20) + " MB of "
          + (rt.maxMemory() >> 20) + " MB");
    } finally {
      org.apache.hadoop.fs.FileUtil.fullyDelete(dir.toFile());
    }
  }

  private static void step(String what, long start) {
    System.out.printf("%6.1f s  %s%n", (System.nanoTime() - start) / 1e9, what);
  }

  /** Counts the scheduler's decisions; a real driver would carry them out. */
  private static final class Counting implements SchedulerActions {
    long requested;
    long launched;

    @Override
    public void requestContainers(List<ContainerAsk> asks) {
      requested += asks.size();
    }

    @Override
    public void removeRequests(List<ContainerAsk> asks) {
      requested -= asks.size();
    }

    @Override
    public void launch(String containerId, int taskIndex, int attemptNumber) {
      launched++;
    }

    @Override
    public void continueIn(String containerId, int taskIndex, int attemptNumber) {
      launched++;
    }

    @Override
    public void release(String containerId) {
    }

    @Override
    public void kill(String containerId, ExitReason reason) {
    }

    @Override
    public void excludeNodes(Set<String> add, Set<String> remove) {
    }

    @Override
    public void taskStateChanged(TaskTransition transition) {
    }

    @Override
    public void allTasksSucceeded() {
    }

    @Override
    public void jobFailed(JobFailure failure) {
      throw new IllegalStateException("the job failed: " + failure.diagnostics());
    }
  }
}
