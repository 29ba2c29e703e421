package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.LogAggregationStatus;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code sepyarn logs} on a cluster that aggregates logs: once a job has ended and YARN has moved
 * its containers' logs to HDFS, the NodeManagers that ran the tasks are stopped, and a task's
 * stderr is still read, from the aggregated logs alone.
 */
class LogAggregationIT extends ClusterTestBase {
  @BeforeAll
  static void startClusters() throws Exception {
    startClusters(LogAggregationIT.class, 2, Map.of(
        YarnConfiguration.LOG_AGGREGATION_ENABLED, "true",
        YarnConfiguration.NM_REMOTE_APP_LOG_DIR, "/app-logs"));
  }

  @Test
  void aFailedTasksStderrIsReadFromTheAggregatedLogsAfterItsNodeManagersAreGone() throws Exception {
    GatedProgram program = new GatedProgram(new File(local, "aggregated"));
    ApplicationId id = jobs.submit(program.job("aggregated", List.of("quick", "fail"), "\"maxAttempts\": 1, "),
        false);
    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.FAILED, report.getFinalApplicationStatus(), report.getDiagnostics());
    Await.within(Duration.ofMinutes(2), () -> Set.of(LogAggregationStatus.SUCCEEDED, LogAggregationStatus.FAILED)
        .contains(jobs.yarn().getApplicationReport(id).getLogAggregationStatus()));
    assertEquals(LogAggregationStatus.SUCCEEDED, jobs.yarn().getApplicationReport(id).getLogAggregationStatus(),
        "YARN aggregated the job's logs");

    for (int i = 0; i < 2; i++) {
      cluster.yarn().getNodeManager(i).stop();
    }

    CliRun failed = CliRun.of(conf, "logs", id.toString(), "--task", "1");
    assertEquals(0, failed.exitCode(), failed.toString());
    assertEquals(GatedProgram.stderrLine("1") + "\ngiving up: task 1\n", failed.out());
    CliRun succeeded = CliRun.of(conf, "logs", id.toString(), "--task", "0");
    assertEquals(0, succeeded.exitCode(), succeeded.toString());
    assertEquals(GatedProgram.stderrLine("0") + "\n", succeeded.out());
    CliRun list = CliRun.of(conf, "logs", id.toString());
    assertEquals(0, list.exitCode(), list.toString());
    assertTrue(list.out().contains("sepyarn logs " + id + " --task 1"), list.toString());
  }
}
