package org.sepyarn.am.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatusTextTest {
  static final List<TaskStatus> TASKS = List.of(
      new TaskStatus(0, "SUCCEEDED", 1, 0, "node1.example.com", "container_1_0001_01_000002", 1000L, 1, "SUCCEEDED"),
      new TaskStatus(1, "RUNNING", 2, 1, "node2.example.com", "container_1_0001_01_000005", 2000L, 0.4,
          "PROGRAM_FAILED"),
      new TaskStatus(2, "WAITING", 0, 0, null, null, null, 0, null));

  @Test
  void aRunningJobShowsItsStateProgressAndOneLinePerTask() {
    JobStatus status = new JobStatus("application_1_0001", "smooth", "RUNNING", 0.425, TASKS, null,
        1_700_000_000_000L);

    assertEquals(""
        + "# sepyarn job smooth (application_1_0001)\n"
        + "# state RUNNING, 42.5% done, updated 2023-11-14T22:13:20Z\n"
        + "task   state      attempt  failures  node                     progress  last exit\n"
        + "0      SUCCEEDED  1        0         node1.example.com        100%      SUCCEEDED\n"
        + "1      RUNNING    2        1         node2.example.com        40%       PROGRAM_FAILED\n"
        + "2      WAITING    0        0         -                        0%        -\n",
        StatusText.render(status));
  }

  @Test
  void theScatterTasksAreListedAfterTheTasksAndTheMergeTasksAreNumberedAfterThem() {
    JobStatus status = new JobStatus("application_1_0001", "smooth", "MERGING", 0.95, TASKS, null,
        1_700_000_000_000L).withScatterTasks(List.of(
            new TaskStatus(0, "SUCCEEDED", 1, 0, "node3.example.com", "c7", 5L, 1, "SUCCEEDED"),
            new TaskStatus(1, "SUCCEEDED", 2, 1, "node1.example.com", "c9", 6L, 1, "SUCCEEDED")))
        .withMergeTasks(List.of(new TaskStatus(0, "RUNNING", 1, 0, "node2.example.com", "c12", 9L, 0.5, null)));

    String text = StatusText.render(status);

    assertEquals(""
        + "2      WAITING    0        0         -                        0%        -\n"
        + "# scatter phase: 2 scatter tasks (scatter task k is task 3+k in the logs)\n"
        + "s0     SUCCEEDED  1        0         node3.example.com        100%      SUCCEEDED\n"
        + "s1     SUCCEEDED  2        1         node1.example.com        100%      SUCCEEDED\n"
        + "# merge phase: 1 merge tasks (merge task k is task 5+k in the logs)\n"
        + "m0     RUNNING    1        0         node2.example.com        50%       -\n",
        text.substring(text.indexOf("2      WAITING")));
  }

  @Test
  void everyLineOfTheDiagnosticsIsACommentLine() {
    JobStatus status = new JobStatus("application_1_0001", "smooth", "FAILED", 0.3, List.of(),
        "task 1 failed 3 attempts\ncommand of task 1: [Smooth]", 1_700_000_000_000L);

    assertEquals(""
        + "# sepyarn job smooth (application_1_0001)\n"
        + "# state FAILED, 30.0% done, updated 2023-11-14T22:13:20Z\n"
        + "# task 1 failed 3 attempts\n"
        + "# command of task 1: [Smooth]\n"
        + "task   state      attempt  failures  node                     progress  last exit\n",
        StatusText.render(status));
  }
}
