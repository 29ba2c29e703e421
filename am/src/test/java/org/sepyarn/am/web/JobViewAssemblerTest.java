package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.schedule.Attempt;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.JobSnapshot;
import org.sepyarn.am.schedule.JobState;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskView;
import org.sepyarn.formats.job.JobSpec;

class JobViewAssemblerTest {
  private static final long T0 = Views.T0;
  private static final String JOB_TEXT = """
      {
        "name": "smooth",
        "program": {"command": ["/opt/rsf/bin/sfsmooth"], "args": ["rect1=5", "rect2=5"]},
        "files": [
          {"tag": "<", "path": "hdfs:///data/in.H", "usage": "input", "distribute": {"split": {"axis": 2}}},
          {"tag": ">", "path": "hdfs:///data/out.H", "usage": "output", "distribute": {"split": {"axis": 2}}}
        ],
        "tasks": 2
      }
      """;
  private static final JobSpec JOB = JobSpec.parse(JOB_TEXT, "job.json");
  private final Map<String, String> nodeManagers = Map.of("w1:45454", "w1:8042");
  private final JobViewAssembler assembler = new JobViewAssembler(JOB, Views.APP, T0,
      new ContainerLogLinks("http://", "alice", n -> Optional.ofNullable(nodeManagers.get(n))));

  @Test
  void secretArgumentsAreShownAsStarsOnThePageAndInTheJobsJson() throws Exception {
    JobSpec secret = JobSpec.parse(JOB_TEXT.replace("\"args\": [\"rect1=5\", \"rect2=5\"]",
        "\"args\": [\"rect1=5\", \"password=hunter2\"], \"secretArgs\": [\"password\"]"), "job.json");
    assertEquals(List.of("rect1=5", "password=hunter2"), secret.program().args(), "the program gets the value");
    JobView view = new JobViewAssembler(secret, Views.APP, T0,
        new ContainerLogLinks("http://", "alice", n -> Optional.empty())).beforeScheduling(T0 + 500);

    assertEquals(List.of("/opt/rsf/bin/sfsmooth", "rect1=5", "password=***"), view.argv());
    String json = new String(JobJson.write(view, org.sepyarn.am.status.TaskQuery.first()),
        java.nio.charset.StandardCharsets.UTF_8);
    String page = JobPageRenderer.render(view, Optional.empty());
    for (String shown : List.of(json, page)) {
      assertTrue(!shown.contains("hunter2"), shown);
      assertTrue(shown.contains("password=***"), shown);
    }
  }

  @Test
  void beforeSchedulingEveryTaskWaitsAndNothingHasRun() {
    JobView view = assembler.beforeScheduling(T0 + 500);

    assertEquals("smooth", view.name());
    assertEquals(List.of("/opt/rsf/bin/sfsmooth", "rect1=5", "rect2=5"), view.argv());
    assertEquals(new FileRow(">", "hdfs:///data/out.H", "output", "split along axis 2, the tasks' blocks concatenated"),
        view.files().get(1));
    assertEquals(List.of(Views.waiting(0), Views.waiting(1)), view.tasks());
    assertEquals(List.of(), view.attempts());
    assertEquals(500, view.elapsedMillis());
  }

  @Test
  void theViewTakesTasksFromTheSnapshotAndEveryAttemptWithItsLogLink() {
    Attempt failed = Attempt.ended(1, "container_a", "w1:45454", T0 + 1_000, T0 + 4_000, ExitReason.PROGRAM_FAILED,
        "exit status 2");
    Attempt retry = Attempt.started(2, "container_b", "w2:45454", T0 + 5_000);
    Attempt done = Attempt.ended(1, "container_c", "w1:45454", T0 + 1_000, T0 + 9_000, ExitReason.SUCCEEDED, "");
    JobSnapshot snapshot = new JobSnapshot(JobState.RUNNING, List.of(
        new TaskView(0, TaskState.RUNNING, 2, 1, Optional.of("w2:45454"), Optional.of("container_b"),
            OptionalLong.of(T0 + 5_000), 0.25, Optional.of(ExitReason.PROGRAM_FAILED)),
        new TaskView(1, TaskState.SUCCEEDED, 1, 0, Optional.of("w1:45454"), Optional.of("container_c"),
            OptionalLong.of(T0 + 1_000), 1, Optional.of(ExitReason.SUCCEEDED))),
        Map.of(TaskState.RUNNING, 1, TaskState.SUCCEEDED, 1), 0.625);

    JobView view = assembler.view(JobPhase.RUNNING, 0.56, null, snapshot,
        task -> task == 0 ? List.of(failed, retry) : List.of(done), T0 + 10_000);

    assertEquals(new TaskRow(0, TaskState.RUNNING, 2, 1, "w2:45454", "container_b", T0 + 5_000, 5_000L, 0.25,
        ExitReason.PROGRAM_FAILED, null), view.tasks().get(0));
    assertEquals(new TaskRow(1, TaskState.SUCCEEDED, 1, 0, "w1:45454", "container_c", T0 + 1_000, 8_000L, 1,
        ExitReason.SUCCEEDED, "http://w1:8042/node/containerlogs/container_c/alice"), view.tasks().get(1));
    assertEquals(List.of(
        new AttemptRow(0, 1, "container_a", "w1:45454", T0 + 1_000, T0 + 4_000, ExitReason.PROGRAM_FAILED,
            "exit status 2", "http://w1:8042/node/containerlogs/container_a/alice"),
        new AttemptRow(0, 2, "container_b", "w2:45454", T0 + 5_000, null, null, "", null),
        new AttemptRow(1, 1, "container_c", "w1:45454", T0 + 1_000, T0 + 9_000, ExitReason.SUCCEEDED, "",
            "http://w1:8042/node/containerlogs/container_c/alice")), view.attempts());
    assertEquals(0.56, view.progress());
    assertNull(view.diagnostics());
    assertEquals(1, view.failureCount());
  }

  @Test
  void anAttemptStartedWhileAnEarlierOneRanIsMarkedSpeculative() {
    Attempt first = Attempt.ended(1, "container_a", "w1:45454", T0, T0 + 9_000, ExitReason.SUPERSEDED,
        "attempt 2 committed first");
    Attempt racer = Attempt.ended(2, "container_b", "w2:45454", T0 + 5_000, T0 + 8_000, ExitReason.SUCCEEDED, "");
    Attempt failed = Attempt.ended(1, "container_c", "w1:45454", T0, T0 + 2_000, ExitReason.PROGRAM_FAILED, "");
    Attempt retry = Attempt.started(2, "container_d", "w2:45454", T0 + 3_000);
    JobSnapshot snapshot = new JobSnapshot(JobState.RUNNING, List.of(
        new TaskView(0, TaskState.SUCCEEDED, 2, 0, Optional.of("w2:45454"), Optional.of("container_b"),
            OptionalLong.of(T0 + 5_000), 1, Optional.of(ExitReason.SUCCEEDED)),
        new TaskView(1, TaskState.RUNNING, 2, 1, Optional.of("w2:45454"), Optional.of("container_d"),
            OptionalLong.of(T0 + 3_000), 0, Optional.of(ExitReason.PROGRAM_FAILED))),
        Map.of(TaskState.RUNNING, 1, TaskState.SUCCEEDED, 1), 0.5);

    JobView view = assembler.view(JobPhase.RUNNING, 0.5, null, snapshot,
        task -> task == 0 ? List.of(first, racer) : List.of(failed, retry), T0 + 10_000);

    assertEquals(List.of(false, true, false, false), view.attempts().stream().map(AttemptRow::speculative).toList(),
        "only the attempt started beside a live one; a retry after a failure is not speculative");
    String svg = TimelineSvg.document(view);
    assertTrue(svg.contains("speculative attempt 2"), "the bar's tooltip says so");
    assertTrue(svg.contains("stroke-dasharray"), "the bar is outlined");
    assertTrue(JobPageRenderer.render(view).contains("speculative"), "the page says so too");
  }

  @Test
  void scatterAndMergeTasksAttemptsAreNumberedFromTheirPhasesFirstTasksTheMergeTasksAfterTheScatterTasks() {
    JobSnapshot tasks = new JobSnapshot(JobState.RUNNING, List.of(waiting(0), waiting(1)),
        Map.of(TaskState.WAITING, 2), 0);
    JobSnapshot scatters = new JobSnapshot(JobState.RUNNING, List.of(
        new TaskView(0, TaskState.SUCCEEDED, 1, 0, Optional.of("w1:45454"), Optional.of("container_s0"),
            OptionalLong.of(T0 + 1_000), 1, Optional.of(ExitReason.SUCCEEDED)),
        new TaskView(1, TaskState.RUNNING, 2, 1, Optional.of("w1:45454"), Optional.of("container_s1b"),
            OptionalLong.of(T0 + 4_000), 0.5, Optional.of(ExitReason.PROGRAM_FAILED))),
        Map.of(TaskState.SUCCEEDED, 1, TaskState.RUNNING, 1), 0.75);
    JobSnapshot merges = new JobSnapshot(JobState.RUNNING, List.of(
        new TaskView(0, TaskState.RUNNING, 1, 0, Optional.of("w1:45454"), Optional.of("container_m0"),
            OptionalLong.of(T0 + 8_000), 0.1, Optional.empty())), Map.of(TaskState.RUNNING, 1), 0.1);
    Map<Integer, List<Attempt>> scatterAttempts = Map.of(
        0, List.of(Attempt.ended(1, "container_s0", "w1:45454", T0 + 1_000, T0 + 3_000, ExitReason.SUCCEEDED, "")),
        1, List.of(Attempt.ended(1, "container_s1a", "w1:45454", T0 + 1_000, T0 + 2_000, ExitReason.PROGRAM_FAILED,
            "exit status 1"), Attempt.started(2, "container_s1b", "w1:45454", T0 + 4_000)));

    JobView view = assembler.view(JobPhase.MERGING, 0.9, null, tasks, t -> List.of(), T0 + 10_000);
    view = assembler.withScatterTasks(view, scatters, scatterAttempts::get, 2, T0 + 10_000);
    view = assembler.withMergeTasks(view, merges,
        t -> List.of(Attempt.started(1, "container_m0", "w1:45454", T0 + 8_000)), 4, T0 + 10_000);

    assertEquals(List.of(2, 3, 3, 4), view.attempts().stream().map(AttemptRow::task).toList());
    assertEquals(List.of("container_s0", "container_s1a", "container_s1b", "container_m0"),
        view.attempts().stream().map(AttemptRow::containerId).toList());
    assertEquals(List.of(0, 1), view.scatterTasks().stream().map(TaskRow::index).toList());
    assertEquals(new TaskRow(1, TaskState.RUNNING, 2, 1, "w1:45454", "container_s1b", T0 + 4_000, 6_000L, 0.5,
        ExitReason.PROGRAM_FAILED, "http://w1:8042/node/containerlogs/container_s1b/alice"), view.scatterTasks().get(1));
    assertEquals(TaskState.RUNNING, view.mergeTasks().get(0).state());
    assertEquals("http://w1:8042/node/containerlogs/container_m0/alice", view.attempts().get(3).logsUrl());
  }

  @Test
  void aPhaseNumberedAmongTheJobsTasksIsRejected() {
    JobSnapshot tasks = new JobSnapshot(JobState.RUNNING, List.of(waiting(0), waiting(1)),
        Map.of(TaskState.WAITING, 2), 0);
    JobView view = assembler.view(JobPhase.MERGING, 0.9, null, tasks, t -> List.of(), T0);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> assembler.withMergeTasks(view, tasks, t -> List.of(), 1, T0));
    assertEquals("a phase after the tasks starts at task 1, but job smooth has tasks 0 to 1", e.getMessage());
  }

  private static TaskView waiting(int index) {
    return new TaskView(index, TaskState.WAITING, 0, 0, Optional.empty(), Optional.empty(), OptionalLong.empty(), 0,
        Optional.empty());
  }

  @Test
  void aSnapshotOfAnotherJobIsRejected() {
    JobSnapshot one = new JobSnapshot(JobState.RUNNING, List.of(new TaskView(0, TaskState.WAITING, 0, 0,
        Optional.empty(), Optional.empty(), OptionalLong.empty(), 0, Optional.empty())), Map.of(), 0);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> assembler.view(JobPhase.RUNNING, 0, null, one, t -> List.of(), T0));
    assertEquals("the snapshot has 1 tasks, but job smooth has 2", e.getMessage());
  }
}
