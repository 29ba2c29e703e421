package org.sepyarn.am;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.schedule.StepScheduling;
import org.sepyarn.am.schedule.TaskLimits;
import org.sepyarn.formats.flow.FlowTasks;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.Speculation;

/**
 * The scheduler's time limits are backstops: the runner kills the program at taskTimeout counted
 * from the program's start, so the scheduler, counting from the container's launch, must allow
 * for the container's start on top, or it would kill a task whose program has barely begun.
 */
class JobPoliciesTest {
  private static final Duration GRACE = JobPolicies.TIMEOUT_GRACE;

  @Test
  void theGraceCoversASlowContainerStart() {
    assertEquals(true, GRACE.compareTo(Duration.ofSeconds(60)) >= 0, "grace " + GRACE);
  }

  @Test
  void aJobOfOneProgramGivesEachTaskItsTaskTimeoutPlusTheGrace() {
    JobSpec job = JobSpec.parse("{\"program\": {\"command\": [\"p\"]}, \"tasks\": 2, \"taskTimeout\": \"4s\"}",
        "job.json");
    assertEquals(Optional.of(Duration.ofSeconds(4).plus(GRACE)), JobPolicies.forTasks(job).taskTimeLimit());
    TaskLimits limits = ApplicationMaster.stepLimits(FlowTasks.of(job));
    assertEquals(Optional.of(Duration.ofSeconds(4).plus(GRACE)), limits.timeLimit().apply(0));
    assertEquals(Optional.of(Duration.ofSeconds(4).plus(GRACE)), limits.timeLimit().apply(1));
  }

  @Test
  void aJobWithoutTaskTimeoutLeavesTheSchedulerNoTimeLimit() {
    JobSpec job = JobSpec.parse("{\"program\": {\"command\": [\"p\"]}, \"tasks\": 1}", "job.json");
    assertEquals(Optional.empty(), JobPolicies.forTasks(job).taskTimeLimit());
    assertEquals(Optional.empty(), ApplicationMaster.stepLimits(FlowTasks.of(job)).timeLimit().apply(0));
  }

  @Test
  void eachFlowStepsTaskTimeoutGetsTheGraceAndAStepWithoutOneHasNoLimit() {
    String step = "{\"name\": \"%s\", \"program\": {\"command\": [\"p\"]}, \"tasks\": 1%s, \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"%s\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 1}}},"
        + " {\"tag\": \">\", \"path\": \"%s\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": 1}}}]}";
    JobSpec job = JobSpec.parse("{\"name\": \"f\", \"steps\": ["
        + String.format(step, "a", ", \"taskTimeout\": \"10m\"", "/in.H", "@mid") + ", "
        + String.format(step, "b", "", "@mid", "/out.H") + "]}", "job.json");
    TaskLimits limits = ApplicationMaster.stepLimits(FlowTasks.of(job));
    assertEquals(Optional.of(Duration.ofMinutes(10).plus(GRACE)), limits.timeLimit().apply(0));
    assertEquals(Optional.empty(), limits.timeLimit().apply(1));
  }

  @Test
  void eachFlowStepHasItsOwnMaxRunningTasksPerContainerAndSpeculationElseTheJobs() {
    String step = "{\"name\": \"%s\", \"program\": {\"command\": [\"p\"]}, \"tasks\": %d%s, \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"%s\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 1}}},"
        + " {\"tag\": \">\", \"path\": \"%s\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": 1}}}]}";
    JobSpec job = JobSpec.parse("{\"name\": \"f\", \"maxRunning\": 6, \"tasksPerContainer\": 2, \"steps\": ["
        + String.format(step, "a", 3, ", \"maxRunning\": 1, \"speculation\": true", "/in.H", "@mid") + ", "
        + String.format(step, "b", 3, ", \"tasksPerContainer\": 1", "@mid", "/out.H") + "]}", "job.json");
    StepScheduling steps = ApplicationMaster.stepLimits(FlowTasks.of(job)).steps();
    assertEquals(List.of(new StepScheduling.Step(3, 1, 2, Speculation.ON), new StepScheduling.Step(3, 6, 1,
        Speculation.OFF)), steps.steps());
    assertEquals(6, JobPolicies.forTasks(job).maxRunning(), "the job's maxRunning still caps every step together");
  }
}
