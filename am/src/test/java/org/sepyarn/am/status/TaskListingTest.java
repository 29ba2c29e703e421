package org.sepyarn.am.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskListingTest {

  private static TaskStatus task(int index, String state) {
    return new TaskStatus(index, state, 1, 0, null, null, null, 0, null);
  }

  private static List<Integer> indexes(List<TaskStatus> tasks) {
    return tasks.stream().map(TaskStatus::index).toList();
  }

  private static List<TaskStatus> select(List<TaskStatus> tasks, int limit) {
    return TaskListing.select(tasks, t -> TaskListing.rankOf(t.state()), TaskStatus::index, limit);
  }

  @Test
  void listsEveryTaskUpToTheLimit() {
    List<TaskStatus> tasks = List.of(task(0, "SUCCEEDED"), task(1, "WAITING"));
    assertSame(tasks, select(tasks, 2));
  }

  @Test
  void beyondTheLimitListsFailedThenRunningThenTheLowestOthersInOrderOfIndex() {
    List<TaskStatus> tasks = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      tasks.add(task(i, i == 8 ? "FAILED" : i == 5 ? "RUNNING" : i == 6 ? "ASSIGNED" : "SUCCEEDED"));
    }
    assertEquals(List.of(0, 1, 5, 6, 8), indexes(select(tasks, 5)));
    assertEquals(List.of(5, 8), indexes(select(tasks, 2)));
    assertEquals(List.of(8), indexes(select(tasks, 1)));
  }

  @Test
  void aStatusCountsEveryTaskWhileListingFewer() {
    JobStatus status = new JobStatus("app", "job", "RUNNING", 0.5, List.of(task(3, "FAILED")), null, 1, 5000,
        Map.of("FAILED", 1, "SUCCEEDED", 4999), null);
    assertEquals(5000, status.taskCount());
    assertEquals(4999, status.count("SUCCEEDED"));
    assertEquals(0, status.count("RUNNING"));
    String text = StatusText.render(status);
    assertEquals(true, text.contains("# 5000 tasks"), text);
  }

  @Test
  void aDocumentWithoutCountsCountsItsTasks() {
    JobStatus status = new JobStatus("app", "job", "RUNNING", 0.5, List.of(task(0, "FAILED"), task(1, "WAITING")),
        null, 1);
    assertEquals(2, status.taskCount());
    assertEquals(1, status.count("WAITING"));
  }
}
