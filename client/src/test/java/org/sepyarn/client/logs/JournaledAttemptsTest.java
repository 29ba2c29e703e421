package org.sepyarn.client.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.am.journal.JournalEntry.JobStarted;
import org.sepyarn.am.journal.JournalRecorder;
import org.sepyarn.am.schedule.Attempt;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskTransition;
import org.sepyarn.runner.spec.MergePlan;
import org.sepyarn.runner.spec.Plan;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.PlanFiles;
import org.sepyarn.runner.spec.ScatterPart;
import org.sepyarn.runner.spec.ScatterPlan;
import org.sepyarn.runner.spec.ScatterTaskSpec;
import org.sepyarn.runner.spec.SmallFiles;
import org.sepyarn.runner.spec.TaskSpec;
import org.sepyarn.runner.spec.WorkLayout;

class JournaledAttemptsTest {
  private static final ApplicationId ID = ApplicationId.newInstance(1700000000000L, 5);

  @TempDir
  java.nio.file.Path root;

  /** Two tasks, then two scatter tasks (tasks 2 and 3): the journal's task 3 is a scatter task's. */
  @Test
  void scatterTasksAreKnownAsTheTasksAfterTheJobsAndMergeTasksAfterThem() throws Exception {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    WorkLayout work = new WorkLayout(new Path(root.toUri()));
    List<TaskSpec> tasks = List.of(new TaskSpec(0, List.of("true"), List.of(), List.of(), Map.of(), List.of()),
        new TaskSpec(1, List.of("true"), List.of(), List.of(), Map.of(), List.of()));
    PlanFiles.write(fs, work, new Plan("j", 0, List.of(), null, tasks));
    List<ScatterPart> parts = List.of(new ScatterPart("part-0", "[0:2,0:1]"));
    SmallFiles.replace(fs, work.scatterPlan(), PlanCodec.write(new ScatterPlan(2, List.of(
        new ScatterTaskSpec(0, "/in.H", "[0:4,0:1]", parts), new ScatterTaskSpec(1, "/in.H", "[0:4,1:1]", parts)))));
    SmallFiles.replace(fs, work.mergePlan(), PlanCodec.write(new MergePlan(4, List.of())));
    try (JournalRecorder journal = JournalRecorder.open(fs, work.journalFolder(), new JobStarted(1,
        "appattempt_1700000000000_0005_000001", "none", Map.of()))) {
      journal.taskStateChanged(new TaskTransition(3, TaskState.WAITING, TaskState.ASSIGNED,
          Attempt.started(1, "container_1700000000000_0005_01_000002", "n1", 100), 100));
    }
    ApplicationReport report = ApplicationReport.newInstance(ID, null, "alice", "default", "j", "node1", 0, null,
        YarnApplicationState.RUNNING, "", "", 1, 2, 0, FinalApplicationStatus.UNDEFINED, null, "", 0.5f, "SEPYARN",
        null);

    TaskAttempts attempts = JournaledAttempts.read(fs, work, report);

    assertEquals(4, attempts.taskCount(), "2 tasks and 2 scatter tasks; no merge task planned");
    assertEquals("container_1700000000000_0005_01_000002", attempts.of(3).get(0).containerId());
  }
}
