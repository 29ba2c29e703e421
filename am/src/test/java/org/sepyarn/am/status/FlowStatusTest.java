package org.sepyarn.am.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.JobSnapshot;
import org.sepyarn.am.schedule.JobState;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskView;
import org.sepyarn.runner.spec.WorkLayout;

/** The status of a flow: each task's step, each step's counts, in status.json and status.txt. */
class FlowStatusTest {
  @TempDir
  Path tmp;

  /** scale's 8 tasks succeeded, smooth-time's first 3 too, its task 11 runs, the rest wait. */
  private static JobSnapshot snapshot() {
    List<TaskView> tasks = new ArrayList<>();
    Map<TaskState, Integer> counts = new EnumMap<>(TaskState.class);
    for (int t = 0; t < 20; t++) {
      TaskState state = t < 11 ? TaskState.SUCCEEDED : t == 11 ? TaskState.RUNNING : TaskState.WAITING;
      boolean ran = state != TaskState.WAITING;
      tasks.add(new TaskView(t, state, ran ? 1 : 0, 0, ran ? Optional.of("node1") : Optional.empty(),
          ran ? Optional.of("container_1_0001_01_" + (100 + t)) : Optional.empty(),
          ran ? OptionalLong.of(1000 + t) : OptionalLong.empty(), state == TaskState.SUCCEEDED ? 1 : 0,
          state == TaskState.SUCCEEDED ? Optional.of(ExitReason.SUCCEEDED) : Optional.empty()));
      counts.merge(state, 1, Integer::sum);
    }
    return new JobSnapshot(JobState.RUNNING, tasks, counts, 0.5);
  }

  private JobStatus status() throws IOException {
    StatusPublisher publisher = new StatusPublisher(FileSystem.getLocal(new Configuration()),
        new WorkLayout(new org.apache.hadoop.fs.Path(tmp.toUri())), "application_1_0001", "scale-then-smooth",
        FlowStepsTest.flow());
    return publisher.status("RUNNING", 0.55, snapshot(), null, null);
  }

  @Test
  void eachTaskSaysItsStepAndItsNumberInIt() throws IOException {
    JobStatus status = status();

    TaskStatus first = status.tasks().get(0);
    assertEquals("scale", first.step());
    assertEquals(0, first.stepTask());
    TaskStatus twelfth = status.tasks().get(11);
    assertEquals("smooth-time", twelfth.step());
    assertEquals(3, twelfth.stepTask());
    assertEquals("task 11 (smooth-time #3)", twelfth.label());
    assertEquals("smooth-offset", status.tasks().get(19).step());
    assertEquals(0, status.tasks().get(16).stepTask());
  }

  @Test
  void eachStepIsCountedAndOneWhoseTasksWaitForPiecesSaysSo() throws IOException {
    List<StepSummary> steps = status().steps();

    assertEquals(List.of("scale", "smooth-time", "smooth-offset"), steps.stream().map(StepSummary::name).toList());
    assertEquals(8, steps.get(0).count("SUCCEEDED"));
    assertEquals(List.of(), steps.get(1).waitingFor(), "scale is done");
    assertEquals("3 succeeded, 1 running, 4 waiting", steps.get(1).text());
    assertEquals(List.of("smooth-time"), steps.get(2).waitingFor());
  }

  @Test
  void theJsonKeepsTheStepsAndAJobOfOneProgramHasNone() throws IOException {
    JobStatus status = status();
    String json = new String(StatusCodec.write(status), StandardCharsets.UTF_8).replaceAll("\\s", "");

    JobStatus read = StatusCodec.read(json.getBytes(StandardCharsets.UTF_8));

    assertEquals(status.steps(), read.steps());
    assertEquals(status.tasks(), read.tasks());
    assertTrue(json.contains("\"step\":\"smooth-time\",\"stepTask\":3"), json);
    assertTrue(json.contains("\"firstTask\":0"), "the first step's first task is said, though 0: " + json);
    String single = new String(StatusCodec.write(new JobStatus("application_1_0001", "smooth", "RUNNING", 0,
        List.of(new TaskStatus(0, "WAITING", 0, 0, null, null, null, 0, null)), null, 1L)), StandardCharsets.UTF_8);
    assertFalse(single.contains("step"), single);
  }

  @Test
  void theTextGivesEachStepALineAndEachTaskItsStep() throws IOException {
    String text = StatusText.render(status());

    assertTrue(text.contains("# step scale (tasks 0 to 7): 8 succeeded\n"), text);
    assertTrue(text.contains("# step smooth-offset (tasks 16 to 19): 4 waiting for step smooth-time\n"), text);
    assertTrue(text.contains("task   step             state"), text);
    assertTrue(text.lines().anyMatch(l -> l.matches("11 +smooth-time #3 +RUNNING .*")), text);
    assertTrue(text.lines().anyMatch(l -> l.matches("19 +smooth-offset #3 +WAITING .*")), text);
  }
}
