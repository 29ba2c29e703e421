package org.sepyarn.client.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.TaskStatus;

class EndedJobTest {
  private static TaskStatus task(int index, String state) {
    return new TaskStatus(index, state, 1, 0, "h1", "c" + index, 1L, 0.5, null);
  }

  private static final JobStatus LAST = new JobStatus("application_1700000000000_0003", "smooth", "RUNNING", 0.4,
      List.of(task(0, "SUCCEEDED"), task(1, "RUNNING"), task(2, "ASSIGNED"), task(3, "WAITING")), null, 5L);

  @Test
  void aKilledApplicationsTasksNoLongerRunAndItsJobIsKilled() {
    ApplicationReport killed = Reports.of(YarnApplicationState.KILLED, FinalApplicationStatus.KILLED, "killed", 9L);
    JobStatus settled = EndedJob.settle(LAST, killed);
    assertEquals("KILLED", settled.state());
    assertEquals(List.of("SUCCEEDED", "KILLED", "KILLED", "WAITING"), settled.tasks().stream().map(TaskStatus::state)
        .toList());
    assertEquals(Map.of("SUCCEEDED", 1, "KILLED", 2, "WAITING", 1), settled.counts());
  }

  @Test
  void anApplicationKilledWhileItScatteredHasItsRunningScatterTasksKilledAndItsMergeTasksToo() {
    JobStatus scattering = new JobStatus(LAST.application(), LAST.name(), "SCATTERING", 0.03,
        List.of(task(0, "WAITING")), null, 5L).withScatterTasks(List.of(task(0, "SUCCEEDED"), task(1, "RUNNING"),
            task(2, "ASSIGNED"), task(3, "WAITING")))
        .withMergeTasks(List.of(task(0, "RUNNING")));
    ApplicationReport killed = Reports.of(YarnApplicationState.KILLED, FinalApplicationStatus.KILLED, "killed", 9L);

    JobStatus settled = EndedJob.settle(scattering, killed);

    assertEquals("KILLED", settled.state());
    assertEquals(List.of("SUCCEEDED", "KILLED", "KILLED", "WAITING"),
        settled.scatterTasks().stream().map(TaskStatus::state).toList());
    assertEquals(List.of("KILLED"), settled.mergeTasks().stream().map(TaskStatus::state).toList());
  }

  @Test
  void aKilledFlowsStepsCountTheirStoppedTasksKilledAndItsTasksKeepTheirStep() {
    JobStatus flow = new JobStatus(LAST.application(), "flow", "RUNNING", 0.4, List.of(
        new TaskStatus(0, "SUCCEEDED", 1, 0, "h1", null, null, 1, null, null, "scale", 0),
        new TaskStatus(1, "RUNNING", 1, 0, "h1", null, null, 0, null, null, "smooth", 0)), null, 5L)
        .withSteps(List.of(new org.sepyarn.am.status.StepSummary("scale", 0, 1, Map.of("SUCCEEDED", 1), List.of()),
            new org.sepyarn.am.status.StepSummary("smooth", 1, 1, Map.of("RUNNING", 1), List.of())));
    ApplicationReport killed = Reports.of(YarnApplicationState.KILLED, FinalApplicationStatus.KILLED, "killed", 9L);

    JobStatus settled = EndedJob.settle(flow, killed);

    assertEquals(Map.of("KILLED", 1), settled.steps().get(1).counts());
    assertEquals("smooth", settled.tasks().get(1).step());
    assertEquals("KILLED", settled.tasks().get(1).state());
  }

  @Test
  void anEndedSolveKeepsItsIterationsAndAResumedJobWhatItResumed() {
    List<org.sepyarn.am.status.IterationNorms> norms = List.of(new org.sepyarn.am.status.IterationNorms(0, 3, 0),
        new org.sepyarn.am.status.IterationNorms(1, 1, 2));
    org.sepyarn.am.status.Resumed resumed = org.sepyarn.am.status.Resumed.of("application_1700000000000_0002",
        List.of(0));
    JobStatus solve = LAST.withTimeLeftAndResumed(40L, resumed).withIterations(norms);
    ApplicationReport killed = Reports.of(YarnApplicationState.KILLED, FinalApplicationStatus.KILLED, "killed", 9L);

    JobStatus settled = EndedJob.settle(solve, killed);

    assertEquals(norms, settled.iterations());
    assertEquals(resumed, settled.resumed());
    assertEquals(null, settled.timeLeftMillis(), "an ended job has no time left to estimate");
  }

  @Test
  void aFailedJobKeepsItsOwnFinalStateAndProgress() {
    JobStatus failed = new JobStatus(LAST.application(), LAST.name(), "FAILED", 0.4, LAST.tasks(), "task 1 failed",
        6L);
    ApplicationReport report = Reports.of(YarnApplicationState.FINISHED, FinalApplicationStatus.FAILED, "x", 9L);
    assertEquals("FAILED", EndedJob.settle(failed, report).state());
    assertEquals(0.4, EndedJob.progress(report, Optional.of(failed)));
    assertEquals(0.0, EndedJob.progress(report, Optional.empty()), "not YARN's 100%");
  }

  @Test
  void aRunningOrSucceededJobIsAsReported() {
    assertSame(LAST, EndedJob.settle(LAST, Reports.running()));
    assertEquals(0.45f, (float) EndedJob.progress(Reports.running(), Optional.of(LAST)));
  }
}
