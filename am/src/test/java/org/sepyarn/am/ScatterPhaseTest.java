package org.sepyarn.am;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.schedule.Attempt;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.JobSnapshot;
import org.sepyarn.am.schedule.TaskScheduler;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskTransition;
import org.sepyarn.am.schedule.TaskView;
import org.sepyarn.am.yarn.PhaseTaskActions;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.runner.spec.ScatterPlan;
import org.sepyarn.runner.spec.ScatterTaskSpec;

/** The scatter phase as an ApplicationMaster attempt after the one that ran it shows it. */
class ScatterPhaseTest {
  private static final JobSpec JOB = JobSpec.parse("{\"program\": {\"command\": [\"p\"]}, \"tasks\": 2}", "job.json");
  private static final ScatterPlan PLAN = new ScatterPlan(2, List.of(
      new ScatterTaskSpec(0, "hdfs:///in.H", "[0:10]", List.of()),
      new ScatterTaskSpec(1, "hdfs:///in.H", "[10:20]", List.of())));

  /** Task {@code task}'s attempt {@code attempt}, from assigned to its end {@code to}. */
  private static List<TaskTransition> ran(int task, int attempt, String container, TaskState to, ExitReason reason) {
    Attempt started = Attempt.started(attempt, container, "n1:8041", 100L * attempt);
    return List.of(new TaskTransition(task, TaskState.WAITING, TaskState.ASSIGNED, started, 100L * attempt),
        new TaskTransition(task, TaskState.ASSIGNED, TaskState.RUNNING, started, 100L * attempt + 10),
        new TaskTransition(task, TaskState.RUNNING, to, Attempt.ended(attempt, container, "n1:8041", 100L * attempt,
            100L * attempt + 50, reason, ""), 100L * attempt + 50));
  }

  @Test
  void scatterTasksDoneInAnEarlierAttemptAreShownSucceededWithTheirAttemptsAndNeverStart() {
    List<TaskTransition> history = new ArrayList<>();
    history.addAll(ran(0, 1, "c_task0", TaskState.SUCCEEDED, ExitReason.SUCCEEDED));
    history.addAll(ran(2, 1, "c_scatter0", TaskState.SUCCEEDED, ExitReason.SUCCEEDED));
    history.addAll(ran(3, 1, "c_scatter1a", TaskState.WAITING, ExitReason.PROGRAM_FAILED));
    history.addAll(ran(3, 2, "c_scatter1b", TaskState.SUCCEEDED, ExitReason.SUCCEEDED));
    assertTrue(ScatterPhase.doneBefore(PLAN, history));
    ScatterPhase phase = new ScatterPhase(PLAN, null);

    TaskScheduler recorded = phase.recorded(history, JOB, PhaseTaskActions.scatters(null, PLAN.taskCount(), phase));

    JobSnapshot snapshot = recorded.snapshot();
    assertEquals(List.of(TaskState.SUCCEEDED, TaskState.SUCCEEDED),
        snapshot.tasks().stream().map(TaskView::state).toList());
    assertEquals(List.of("c_scatter1a", "c_scatter1b"),
        recorded.attempts(1).stream().map(Attempt::containerId).toList());
    assertEquals(List.of("c_scatter0"), recorded.attempts(0).stream().map(Attempt::containerId).toList());
  }
}
