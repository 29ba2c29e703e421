package org.sepyarn.am.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.job.JobSpec;

class FlowStepsTest {
  static final String FLOW = """
      {
        "name": "scale-then-smooth",
        "tasks": 8,
        "steps": [
          {"name": "scale", "program": {"command": ["scale"], "args": ["scale=2.5"]},
           "files": [
             {"tag": "<", "path": "hdfs:///data/waves.H", "usage": "input", "distribute": {"split": {"axis": 2}}},
             {"tag": ">", "path": "@scaled", "usage": "output", "distribute": {"split": {"axis": 2}}}]},
          {"name": "smooth-time", "program": {"command": ["smooth"], "args": ["rect1=5"]},
           "files": [
             {"tag": "<", "path": "@scaled", "usage": "input", "distribute": {"split": {"axis": 2}}},
             {"tag": ">", "path": "@smoothed", "usage": "output", "distribute": {"split": {"axis": 2}}}]},
          {"name": "smooth-offset", "program": {"command": ["smooth"], "args": ["rect2=5"]}, "tasks": 4,
           "files": [
             {"tag": "<", "path": "@smoothed", "usage": "input", "distribute": {"split": {"axis": 1}}},
             {"tag": ">", "path": "hdfs:///data/out.H", "usage": "output", "distribute": {"split": {"axis": 1}}}]}
        ]
      }
      """;
  static final String ONE_PROGRAM = """
      {"name": "smooth", "tasks": 4, "program": {"command": ["smooth"]},
       "files": [{"tag": "<", "path": "hdfs:///data/in.H", "usage": "input", "distribute": {"split": {"axis": 2}}}]}
      """;

  static FlowSteps flow() {
    return FlowSteps.of(JobSpec.parse(FLOW, "flow.json"));
  }

  @Test
  void aFlowsStepsNumberTheirTasksJobWideAndKnowWhichStepsTheyRead() {
    FlowSteps steps = flow();

    assertTrue(steps.isFlow());
    assertEquals(List.of(new FlowSteps.Step("scale", 0, 8, List.of()), new FlowSteps.Step("smooth-time", 8, 8,
        List.of(0)), new FlowSteps.Step("smooth-offset", 16, 4, List.of(1))), steps.steps());
    assertEquals("scale", steps.stepOf(7).name());
    assertEquals("smooth-time", steps.stepOf(8).name());
    assertEquals("smooth-offset", steps.stepOf(19).name());
    assertNull(steps.stepOf(20), "a merge task is of no step");
    assertEquals(2, steps.position("smooth-offset"));
    assertEquals(-1, steps.position("nmo"));
  }

  @Test
  void aJobOfOneProgramHasNoStepsToShow() {
    FlowSteps steps = FlowSteps.of(JobSpec.parse(ONE_PROGRAM, "job.json"));

    assertFalse(steps.isFlow());
    assertNull(steps.stepOf(0));
    assertEquals(List.of(), steps.summaries(t -> "WAITING"));
  }

  @Test
  void stepsMustFollowOneAnother() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FlowSteps(List.of(
        new FlowSteps.Step("a", 0, 4, List.of()), new FlowSteps.Step("b", 5, 4, List.of(0)))));
    assertTrue(e.getMessage().contains("step b starts at task 5, not at 4"), e.getMessage());
  }

  @Test
  void aStepWhoseTasksWaitSaysWhichUnfinishedStepsItReadsFrom() {
    // scale: 6 succeeded, 2 running; smooth-time: 3 succeeded, 1 running, 4 waiting; smooth-offset: 4 waiting.
    String[] states = new String[20];
    for (int t = 0; t < 20; t++) {
      states[t] = t < 6 ? "SUCCEEDED" : t < 8 ? "RUNNING" : t < 11 ? "SUCCEEDED" : t < 12 ? "RUNNING" : "WAITING";
    }

    List<StepSummary> summaries = flow().summaries(t -> states[t]);

    assertEquals(List.of(), summaries.get(0).waitingFor());
    assertEquals("6 succeeded, 2 running", summaries.get(0).text());
    assertEquals(List.of("scale"), summaries.get(1).waitingFor());
    assertEquals("3 succeeded, 1 running, 4 waiting for step scale", summaries.get(1).text());
    assertEquals(List.of("smooth-time"), summaries.get(2).waitingFor());
    assertEquals("tasks 16 to 19", summaries.get(2).taskRange());
    assertEquals(4, summaries.get(2).count("WAITING"));
  }

  @Test
  void aStepWhoseInputsAreAllWrittenWaitsForNoStep() {
    String[] states = new String[20];
    for (int t = 0; t < 20; t++) {
      states[t] = t < 16 ? "SUCCEEDED" : "WAITING";
    }

    List<StepSummary> summaries = flow().summaries(t -> states[t]);

    assertEquals(List.of(), summaries.get(2).waitingFor(), "its tasks wait for containers, not pieces");
    assertEquals("4 waiting", summaries.get(2).text());
  }
}
