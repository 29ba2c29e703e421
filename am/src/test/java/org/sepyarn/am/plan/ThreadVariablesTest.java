package org.sepyarn.am.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.job.JobSpec;

/** A task's thread variables follow its vcores, unless the job sets them. */
class ThreadVariablesTest {
  @Test
  void everyThreadVariableIsTheTasksVcores() {
    Map<String, String> env = ThreadVariables.withThreads(Map.of("LANG", "C"), 4);
    assertEquals("C", env.get("LANG"));
    for (String name : ThreadVariables.NAMES) {
      assertEquals("4", env.get(name), name);
    }
  }

  @Test
  void aVariableTheJobSetsKeepsTheJobsValue() {
    Map<String, String> env = ThreadVariables.withThreads(Map.of("OMP_NUM_THREADS", "8"), 2);
    assertEquals("8", env.get("OMP_NUM_THREADS"));
    assertEquals("2", env.get("OPENBLAS_NUM_THREADS"));
  }

  @Test
  void noVcoresIsABug() {
    assertThrows(IllegalArgumentException.class, () -> ThreadVariables.withThreads(Map.of(), 0));
  }

  @Test
  void thePlannerGivesEveryTaskTheThreadVariablesOfItsResources() {
    JobSpec job = JobSpec.parse("{\"program\": {\"command\": [\"/bin/true\"]}, \"tasks\": 2,"
        + " \"resources\": {\"vcores\": 3}}", "job.json");
    JobPlan plan = JobPlanner.plan(job, Map.of(), p -> p);
    assertEquals("3", plan.tasks().task(1).env().get("OMP_NUM_THREADS"));
    assertEquals("3", plan.tasks().task(0).env().get("MKL_NUM_THREADS"));
  }
}
