package org.sepyarn.client.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.TaskStatus;

class ProgressLineTest {
  private static final ApplicationSnapshot RUNNING = new ApplicationSnapshot(
      org.apache.hadoop.yarn.api.records.YarnApplicationState.RUNNING,
      org.apache.hadoop.yarn.api.records.FinalApplicationStatus.UNDEFINED, 0.5f, "");
  private static TaskStatus task(int index, String state) {
    return new TaskStatus(index, state, 1, 0, "n:1", "c" + index, 1L, state.equals("SUCCEEDED") ? 1 : 0, null);
  }

  @Test
  void theMergePhaseCountsItsMergeTasks() {
    JobStatus status = new JobStatus("application_1_0001", "j", "MERGING", 0.93, List.of(task(0, "SUCCEEDED"),
        task(1, "SUCCEEDED")), null, 1L, 2, Map.of("SUCCEEDED", 2), null, null, null,
        List.of(task(0, "SUCCEEDED"), task(1, "RUNNING"), task(2, "WAITING")));

    ProgressLine line = ProgressLine.of(RUNNING, Optional.of(status), 10_000);

    assertEquals("2/2 done, 0 running, 0 waiting, merge tasks 1/3 done, 1 running", line.activity());
    assertEquals(93, line.percent());
  }

  @Test
  void theScatterPhaseCountsItsScatterTasksAndTheTasksWaitingForThem() {
    JobStatus status = new JobStatus("application_1_0001", "j", "SCATTERING", 0.04, List.of(task(0, "WAITING"),
        task(1, "WAITING")), null, 1L).withScatterTasks(List.of(task(0, "SUCCEEDED"), task(1, "ASSIGNED"),
            task(2, "RUNNING"), task(3, "WAITING")))
        .withMergeTasks(List.of(task(0, "SUCCEEDED")));

    ProgressLine line = ProgressLine.of(RUNNING, Optional.of(status), 10_000);

    assertEquals("0/2 done, 0 running, 2 waiting, scatter tasks 1/4 done, 2 running", line.activity());
    assertEquals(4, line.percent());
  }

  @Test
  void aScatterPhaseWhoseTasksAreNotListedYetSaysItScatters() {
    JobStatus status = new JobStatus("application_1_0001", "j", "SCATTERING", 0, List.of(task(0, "WAITING")), null,
        1L);

    assertEquals("0/1 done, 0 running, 1 waiting, scattering inputs",
        ProgressLine.of(RUNNING, Optional.of(status), 10_000).activity());
  }

  @Test
  void theScatterTasksAreNotCountedOnceTheTasksRun() {
    JobStatus status = new JobStatus("application_1_0001", "j", "RUNNING", 0.3, List.of(task(0, "RUNNING")), null,
        1L).withScatterTasks(List.of(task(0, "SUCCEEDED")));

    assertEquals("0/1 done, 1 running, 0 waiting", ProgressLine.of(RUNNING, Optional.of(status), 10_000).activity());
  }

  @Test
  void aMergeWithoutMergeTasksIsTheApplicationMastersOwn() {
    JobStatus status = new JobStatus("application_1_0001", "j", "MERGING", 0.9, List.of(task(0, "SUCCEEDED")), null,
        1L);

    assertEquals("1/1 done, 0 running, 0 waiting, merging outputs",
        ProgressLine.of(RUNNING, Optional.of(status), 10_000).activity());
  }

  @Test
  void theTimeLeftIsTheApplicationMastersEstimateWhenItHasOne() {
    JobStatus status = new JobStatus("application_1_0001", "j", "RUNNING", 0.04, List.of(task(0, "RUNNING")), null,
        1L).withTimeLeftAndResumed(125_000L, null);

    assertEquals("2m00s elapsed, about 2m05s left", ProgressLine.of(RUNNING, Optional.of(status), 120_000).timing());
  }

  @Test
  void withoutAnEstimateTheStartOfAJobIsNotExtrapolated() {
    JobStatus early = new JobStatus("application_1_0001", "j", "RUNNING", 0.04, List.of(task(0, "RUNNING")), null,
        1L);

    assertEquals("2m00s elapsed", ProgressLine.of(RUNNING, Optional.of(early), 120_000).timing(),
        "4% after 2 minutes of start-up is not 48 minutes left");
  }
}
