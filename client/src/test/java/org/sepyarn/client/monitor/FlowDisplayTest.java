package org.sepyarn.client.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.StepSummary;
import org.sepyarn.am.status.TaskStatus;

/** What the client shows of a flow: each task's step and number in it, each step's counts. */
class FlowDisplayTest {
  private static TaskStatus task(int index, String state, int attempt, String step, int stepTask) {
    return new TaskStatus(index, state, attempt, 0, attempt > 0 ? "host2" : null, null, null,
        "SUCCEEDED".equals(state) ? 1 : 0, "SUCCEEDED".equals(state) ? "SUCCEEDED" : null, null, step, stepTask);
  }

  private static JobStatus status(List<TaskStatus> tasks, List<StepSummary> steps) {
    return new JobStatus("application_1_0001", "scale-then-smooth", "RUNNING", 0.5, tasks, null, 5L).withSteps(steps);
  }

  @Test
  void aTaskOfAFlowIsNamedWithItsStepAndNumberInIt() {
    TaskChanges changes = new TaskChanges();
    changes.update(status(List.of(task(0, "RUNNING", 1, "scale", 0), task(12, "WAITING", 0, "smooth-time", 3)),
        List.of()));

    List<String> lines = changes.update(status(List.of(task(0, "SUCCEEDED", 1, "scale", 0),
        task(12, "RUNNING", 1, "smooth-time", 3)), List.of()));

    assertEquals(List.of("task 0 (scale #0): SUCCEEDED on host2 (attempt 1)",
        "task 12 (smooth-time #3): RUNNING on host2 (attempt 1)"), lines);
  }

  @Test
  void aTaskOfAJobOfOneProgramIsNamedByItsNumberAlone() {
    assertEquals("task 3: SUCCEEDED on host2 (attempt 1)",
        TaskChanges.describe(new TaskStatus(3, "SUCCEEDED", 1, 0, "host2", null, null, 1, "SUCCEEDED")));
  }

  @Test
  void theTableOfAFlowGivesEachStepALineAndEachTaskAStepColumn() {
    JobStatus status = status(List.of(task(0, "SUCCEEDED", 1, "scale", 0), task(8, "RUNNING", 1, "smooth-time", 0),
        task(16, "WAITING", 0, "smooth-offset", 0)), List.of(
            new StepSummary("scale", 0, 8, Map.of("SUCCEEDED", 8), List.of()),
            new StepSummary("smooth-time", 8, 8, Map.of("RUNNING", 8), List.of()),
            new StepSummary("smooth-offset", 16, 4, Map.of("WAITING", 4), List.of("smooth-time"))));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    TaskTable.print(status, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String table = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("  step smooth-offset (tasks 16 to 19): 4 waiting for step smooth-time\n"), table);
    assertTrue(table.contains("   task  step              state"), table);
    assertTrue(table.contains("      8  smooth-time #0    RUNNING"), table);
    assertTrue(table.contains("     16  smooth-offset #0  WAITING"), table);
  }
}
