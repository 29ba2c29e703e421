package org.sepyarn.runner.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;

class WorkLayoutTest {
  private final WorkLayout work = new WorkLayout(new Path("hdfs://nn:8020/user/me/.sepyarn/app_1"));

  @Test
  void theJobsFilesSitAtTheRootOfTheWorkFolder() {
    assertEquals("hdfs://nn:8020/user/me/.sepyarn/app_1", work.root().toString());
    assertEquals("hdfs://nn:8020/user/me/.sepyarn/app_1/sepyarn.jar", work.jar().toString());
    assertEquals("hdfs://nn:8020/user/me/.sepyarn/app_1/job.json", work.job().toString());
    assertEquals("hdfs://nn:8020/user/me/.sepyarn/app_1/plan/job.json", work.planSettings().toString());
    assertEquals("hdfs://nn:8020/user/me/.sepyarn/app_1/plan/tasks.jsonl", work.planTasks().toString());
    assertEquals("hdfs://nn:8020/user/me/.sepyarn/app_1/status.txt", work.statusFile().toString());
    assertEquals("hdfs://nn:8020/user/me/.sepyarn/app_1/status.json", work.statusJson().toString());
    assertEquals("hdfs://nn:8020/user/me/.sepyarn/app_1/am-address", work.amAddress().toString());
    assertEquals("hdfs://nn:8020/user/me/.sepyarn/app_1/journal", work.journalFolder().toString());
  }

  @Test
  void attemptsPiecesAndReportsAreNamedByZeroPaddedTaskAndAttempt() {
    assertEquals("hdfs://nn:8020/user/me/.sepyarn/app_1/attempts/task-00003-a2", work.attempt(3, 2).toString());
    assertEquals("hdfs://nn:8020/user/me/.sepyarn/app_1/pieces/task-00003", work.pieces(3).toString());
    assertEquals("hdfs://nn:8020/user/me/.sepyarn/app_1/pieces/task-00003/f1-out.H",
        work.piece(3, "f1-out.H").toString());
    assertEquals("hdfs://nn:8020/user/me/.sepyarn/app_1/reports/task-00003-a2.json", work.report(3, 2).toString());
  }

  @Test
  void taskNamesSortInTaskOrderUpToOneHundredThousandTasks() {
    assertEquals("task-00000", WorkLayout.taskName(0));
    assertEquals("task-00042", WorkLayout.taskName(42));
    assertEquals("task-99999", WorkLayout.taskName(99_999));
  }
}
