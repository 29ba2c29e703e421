package org.sepyarn.am;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.schedule.Attempt;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.JobFailure;
import org.sepyarn.formats.job.ProgramSpec;
import org.sepyarn.runner.spec.Plan;
import org.sepyarn.runner.spec.TaskSpec;

class FailureDiagnosticsTest {
  private static final String APP = "application_1700000000000_0042";
  private static final Plan PLAN = new Plan("smooth", 0, List.of("restart=y"), "checkpoint", List.of(
      new TaskSpec(0, List.of("/opt/sep/bin/Smooth"), List.of("rect1=5"), List.of("fmin=5"), null, null),
      new TaskSpec(1, List.of("/opt/sep/bin/Smooth"), List.of("rect1=5"), List.of("fmin=15"), null, null)));

  @Test
  void aTaskFailureNamesTheTaskItsCommandTheLastAttemptAndWhereTheLogsAre() {
    List<Attempt> attempts = List.of(
        Attempt.ended(1, "container_1700000000000_0042_01_000003", "node1", 10, 20, ExitReason.PROGRAM_FAILED,
            "Smooth exited with status 3"),
        Attempt.ended(2, "container_1700000000000_0042_01_000007", "node2", 30, 40, ExitReason.PROGRAM_FAILED,
            "\n  Smooth exited with status 3\n    stderr (last lines):\n      Segmentation fault\n"));
    JobFailure failure = new JobFailure("task 1 failed 2 of 2 attempts", OptionalInt.of(1), attempts);

    String diagnostics = FailureDiagnostics.of(failure, PLAN, APP, ProgramSpec.of("x"));

    assertEquals("task 1 failed 2 of 2 attempts\n"
        + "command of task 1: [/opt/sep/bin/Smooth, rect1=5, fmin=15]\n"
        + "last attempt (2): Smooth exited with status 3\n"
        + "    stderr (last lines):\n"
        + "      Segmentation fault\n"
        + "full logs: yarn logs -applicationId " + APP + " -containerId container_1700000000000_0042_01_000007\n"
        + "program stderr: sepyarn logs " + APP + " --task 1 --attempt 2",
        diagnostics);
  }

  @Test
  void aTaskThatNeverRanIsNamedWithItsCommandButNoLogs() {
    JobFailure failure = new JobFailure("task 0 could not be placed", OptionalInt.of(0), List.of());

    assertEquals("task 0 could not be placed\ncommand of task 0: [/opt/sep/bin/Smooth, rect1=5, fmin=5]",
        FailureDiagnostics.of(failure, PLAN, APP, ProgramSpec.of("x")));
  }

  @Test
  void secretArgumentsAreHiddenInTheCommand() {
    JobFailure failure = new JobFailure("task 1 could not be placed", OptionalInt.of(1), List.of());
    ProgramSpec program = new ProgramSpec(List.of("/opt/sep/bin/Smooth"), List.of("rect1=5"), java.util.Map.of(),
        List.of(), List.of("rect1", "fmin"));

    assertEquals("task 1 could not be placed\ncommand of task 1: [/opt/sep/bin/Smooth, rect1=***, fmin=***]",
        FailureDiagnostics.of(failure, PLAN, APP, program));
  }

  @Test
  void aFailureOfTheWholeJobIsItsOwnDiagnosticsOnly() {
    assertEquals("every node of the cluster is excluded",
        FailureDiagnostics.of(JobFailure.ofJob("every node of the cluster is excluded"), PLAN, APP,
            ProgramSpec.of("x")));
  }

  @Test
  void aMergeTaskFailureNamesTheOutputAndSlabsItWritesAndItsLastAttempt() {
    org.sepyarn.runner.spec.MergePlan merges = new org.sepyarn.runner.spec.MergePlan(2, List.of(
        new org.sepyarn.runner.spec.MergeTaskSpec(0, 1, org.sepyarn.runner.spec.MergeTaskSpec.MergeKind.SUM, 0, null,
            null, "out1.H", 2, "hdfs://nn/out/image.H", List.of(new org.sepyarn.runner.spec.MergeSlab(0, 3, 0, 20,
                800, "hdfs://nn/out/.image.H.sepyarn-job-slab0@")))));
    JobFailure failure = new JobFailure("task 0 failed 3 of 3 attempts", OptionalInt.of(0), List.of(
        Attempt.ended(3, "container_1700000000000_0042_01_000011", "node1", 10, 20, ExitReason.RUNNER_FAILED,
            "exit status 6 (fetch or commit I/O failed): merge task 0 failed: disk quota exceeded")));

    assertEquals("the merge of the outputs failed: merge task 0 failed 3 of 3 attempts\n"
        + "merge task 0 writes files[1] slab 0 (axis 3, samples 0 to 19) of hdfs://nn/out/image.H\n"
        + "last attempt (3): exit status 6 (fetch or commit I/O failed): merge task 0 failed: disk quota exceeded\n"
        + "full logs: yarn logs -applicationId " + APP + " -containerId container_1700000000000_0042_01_000011",
        FailureDiagnostics.ofMerge(failure, merges, APP));
  }

  @Test
  void aScatterTaskFailureNamesItsTaskNumberTheSlabItReadsAndItsLastAttempt() {
    org.sepyarn.runner.spec.ScatterPlan scatters = new org.sepyarn.runner.spec.ScatterPlan(4, List.of(
        new org.sepyarn.runner.spec.ScatterTaskSpec(0, "hdfs://nn/data/traces.H", "[0:64,0:64,0:80]", List.of(
            new org.sepyarn.runner.spec.ScatterPart("part-0", "[0:16,0:64,0:80]")))));
    JobFailure failure = new JobFailure("task 0 failed 3 of 3 attempts", OptionalInt.of(0), List.of(
        Attempt.ended(3, "container_1700000000000_0042_01_000002", "node1", 10, 20, ExitReason.RUNNER_FAILED,
            "exit status 6 (fetch or commit I/O failed): scatter task 0 failed: disk quota exceeded")));

    assertEquals("the scatter of the inputs failed, before any task ran: scatter task 0 failed 3 of 3 attempts\n"
        + "scatter task 0 (task 4) reads slab [0:64,0:64,0:80] of hdfs://nn/data/traces.H into 1 parts\n"
        + "last attempt (3): exit status 6 (fetch or commit I/O failed): scatter task 0 failed: disk quota exceeded\n"
        + "full logs: yarn logs -applicationId " + APP + " -containerId container_1700000000000_0042_01_000002",
        FailureDiagnostics.ofScatter(failure, scatters, APP));
  }
}
