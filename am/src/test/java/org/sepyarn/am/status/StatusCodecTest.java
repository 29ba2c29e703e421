package org.sepyarn.am.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusCodecTest {

  @Test
  void aStatusReadsBackEqualToWhatWasWritten() throws IOException {
    JobStatus status = new JobStatus("application_1_0001", "smooth", "FAILED", 0.3, StatusTextTest.TASKS,
        "task 1 failed\nsee its stderr", 1_700_000_000_000L);

    assertEquals(status, StatusCodec.read(StatusCodec.write(status)));
  }

  @Test
  void aSolvesIterationsReadBackAndTheTextListsThem() throws IOException {
    JobStatus status = new JobStatus("application_1_0001", "solve", "RUNNING", 0.3, StatusTextTest.TASKS, null,
        1_700_000_000_000L).withIterations(List.of(new IterationNorms(0, 11.97, 0), new IterationNorms(1, 2.63, 0.5)));

    String json = new String(StatusCodec.write(status), StandardCharsets.UTF_8);

    assertEquals(status, StatusCodec.read(json.getBytes(StandardCharsets.UTF_8)));
    org.junit.jupiter.api.Assertions.assertTrue(json.replaceAll("\\s", "").contains(
        "\"iterations\":[{\"iteration\":0,\"residualNorm\":11.97,\"modelNorm\":0.0}"), json);
    org.junit.jupiter.api.Assertions.assertTrue(StatusText.render(status).contains(
        "# iteration 1: |residual| 2.63000, |model| 0.500000\n"), StatusText.render(status));
    assertFalse(new String(StatusCodec.write(status.withIterations(List.of())), StandardCharsets.UTF_8)
        .contains("iterations"), "a job that shows none leaves them out");
  }

  @Test
  void theScatterAndMergeTasksReadBackAndAreLeftOutWhenThereAreNone() throws IOException {
    JobStatus status = new JobStatus("application_1_0001", "smooth", "SCATTERING", 0.05, StatusTextTest.TASKS, null,
        1_700_000_000_000L).withScatterTasks(List.of(
            new TaskStatus(0, "SUCCEEDED", 1, 0, "h1:8041", "c9", 5L, 1, "SUCCEEDED", "NODE_LOCAL"),
            new TaskStatus(1, "RUNNING", 2, 1, "h2:8041", "c11", 7L, 0.5, "PROGRAM_FAILED", "OFF_RACK")))
        .withMergeTasks(List.of(new TaskStatus(0, "WAITING", 0, 0, null, null, null, 0, null)));

    String json = new String(StatusCodec.write(status), StandardCharsets.UTF_8);
    JobStatus read = StatusCodec.read(json.getBytes(StandardCharsets.UTF_8));

    assertEquals(status, read);
    assertEquals(2, read.scatterTasks().size());
    assertEquals("c11", read.scatterTasks().get(1).container());
    assertEquals(5, read.firstMergeTask(), "three tasks, then two scatter tasks");
    org.junit.jupiter.api.Assertions.assertTrue(json.indexOf("\"scatterTasks\"") >= 0
        && json.indexOf("\"scatterTasks\"") < json.indexOf("\"mergeTasks\""), json);
    assertFalse(json.contains("firstMergeTask"), json);
    String without = new String(StatusCodec.write(status.withScatterTasks(List.of())), StandardCharsets.UTF_8);
    assertFalse(without.contains("scatterTasks"), without);
    assertEquals(List.of(), StatusCodec.read(without.getBytes(StandardCharsets.UTF_8)).scatterTasks());
  }

  @Test
  void absentValuesAreLeftOutOfTheJson() throws IOException {
    JobStatus status = new JobStatus("application_1_0001", "smooth", "RUNNING", 0, List.of(
        new TaskStatus(0, "WAITING", 0, 0, null, null, null, 0, null)), null, 1);

    String json = new String(StatusCodec.write(status), StandardCharsets.UTF_8);

    assertFalse(json.contains("diagnostics"), json);
    assertFalse(json.contains("node"), json);
    assertFalse(json.contains("startedAt"), json);
    assertFalse(json.contains("null"), json);
    assertEquals(status, StatusCodec.read(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void eachTasksLocalityAndTheCountsReadBackAndAStatusWithoutThemReadsAsNotRecorded() throws IOException {
    JobStatus status = new JobStatus("application_1_0001", "smooth", "SUCCEEDED", 1, List.of(
        new TaskStatus(0, "SUCCEEDED", 1, 0, "h1:8041", "c1", 5L, 1, "SUCCEEDED", "NODE_LOCAL"),
        new TaskStatus(1, "SUCCEEDED", 1, 0, "h2:8041", "c2", 5L, 1, "SUCCEEDED", "OFF_RACK")), null, 9, 2,
        java.util.Map.of("SUCCEEDED", 2), null,
        java.util.Map.of("NODE_LOCAL", 1, "RACK_LOCAL", 0, "OFF_RACK", 1, "NO_PREFERENCE", 0));

    String json = new String(StatusCodec.write(status), StandardCharsets.UTF_8);

    assertEquals(status, StatusCodec.read(json.getBytes(StandardCharsets.UTF_8)));
    org.junit.jupiter.api.Assertions.assertTrue(json.replaceAll("\\s", "").contains("\"locality\":\"NODE_LOCAL\""), json);
    JobStatus old = StatusCodec.read(("{\"application\": \"a\", \"name\": \"n\", \"state\": \"RUNNING\","
        + " \"progress\": 0, \"updatedAt\": 1, \"tasks\": [{\"index\": 0, \"state\": \"WAITING\"}]}")
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(null, old.locality());
    assertEquals(null, old.tasks().get(0).locality());
  }

  @Test
  void fieldsThatANewerApplicationMasterAddsAreIgnored() throws IOException {
    String json = "{\"application\": \"application_1_0001\", \"name\": \"smooth\", \"state\": \"RUNNING\","
        + " \"progress\": 0.5, \"updatedAt\": 7, \"mergeEta\": {\"seconds\": 40},"
        + " \"tasks\": [{\"index\": 0, \"state\": \"RUNNING\", \"attempt\": 1, \"failures\": 0, \"progress\": 0.5,"
        + " \"gpu\": \"none\"}]}";

    JobStatus status = StatusCodec.read(json.getBytes(StandardCharsets.UTF_8));

    assertEquals(new JobStatus("application_1_0001", "smooth", "RUNNING", 0.5,
        List.of(new TaskStatus(0, "RUNNING", 1, 0, null, null, null, 0.5, null)), null, 7), status);
  }
}
