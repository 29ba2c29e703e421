package org.sepyarn.client.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.status.JobBytes;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.OutputBytes;
import org.sepyarn.runner.spec.ByteCount;
import org.sepyarn.runner.spec.PhaseBytes;
import org.sepyarn.am.status.StepSummary;
import org.sepyarn.am.status.TaskStatus;

class StatusDocumentTest {
  private static JsonNode json(StatusDocument document) throws Exception {
    return new ObjectMapper().readTree(document.toJson());
  }

  @Test
  void aRunningJobHasYarnsReportTheMastersViewAndEveryTask() throws Exception {
    JobStatus status = new JobStatus(Reports.ID.toString(), "smooth", "RUNNING", 0.5, List.of(
        new TaskStatus(0, "SUCCEEDED", 1, 0, "node1:1", "container_1700000000000_0003_01_000002", 5L, 1, "SUCCEEDED"),
        new TaskStatus(1, "WAITING", 0, 0, null, null, null, 0, null)), null, 9);
    JsonNode doc = json(StatusDocument.of(Reports.running(), "hdfs://nn/user/alice/.sepyarn/" + Reports.ID,
        new KnownTasks(TaskSource.TRACKING_PAGE, Optional.of(status), "")));

    assertEquals(Reports.ID.toString(), doc.get("application").asText());
    assertEquals("RUNNING", doc.get("state").asText());
    assertEquals("UNDEFINED", doc.get("finalStatus").asText());
    assertEquals(0.45, doc.get("progress").asDouble());
    assertEquals(Reports.TRACKING, doc.get("trackingUrl").asText());
    assertEquals(1700000001000L, doc.get("startedAt").asLong());
    assertFalse(doc.has("finishedAt"), "a running job has not finished");
    assertFalse(doc.has("diagnostics"), "no diagnostics");
    assertEquals("tracking-page", doc.get("tasksFrom").asText());
    assertEquals("RUNNING", doc.get("job").get("state").asText());
    assertEquals(0.5, doc.get("job").get("progress").asDouble());
    assertEquals(2, doc.get("tasks").size());
    assertEquals("SUCCEEDED", doc.get("tasks").get(0).get("state").asText());
    assertEquals("container_1700000000000_0003_01_000002", doc.get("tasks").get(0).get("container").asText());
    assertEquals("WAITING", doc.get("tasks").get(1).get("state").asText());
    assertFalse(doc.has("mergeTasks"), "no merge phase yet");
  }

  @Test
  void theMergeTasksAreListedWithTheirLocalityOnceTheMergePhasePlannedThem() throws Exception {
    JobStatus status = new JobStatus(Reports.ID.toString(), "stack", "MERGING", 0.95, List.of(
        new TaskStatus(0, "SUCCEEDED", 1, 0, "node1:1", null, 5L, 1, "SUCCEEDED")), null, 1)
        .withMergeTasks(List.of(new TaskStatus(1, "RUNNING", 1, 0, "node2:1", "container_1700000000000_0003_01_000009",
            7L, 0.5, null, "NODE_LOCAL")));
    JsonNode doc = json(StatusDocument.of(Reports.running(), "hdfs://nn/user/alice/.sepyarn/" + Reports.ID,
        new KnownTasks(TaskSource.TRACKING_PAGE, Optional.of(status), "")));

    assertEquals(1, doc.get("mergeTasks").size());
    JsonNode merge = doc.get("mergeTasks").get(0);
    assertEquals(1, merge.get("index").asInt());
    assertEquals("RUNNING", merge.get("state").asText());
    assertEquals("NODE_LOCAL", merge.get("locality").asText());
    assertEquals("container_1700000000000_0003_01_000009", merge.get("container").asText());
  }

  @Test
  void theScatterTasksAreListedBeforeTheMergeTasksOnceTheScatterPhaseRuns() throws Exception {
    JobStatus status = new JobStatus(Reports.ID.toString(), "stack", "SCATTERING", 0.05, List.of(
        new TaskStatus(0, "WAITING", 0, 0, null, null, null, 0, null)), null, 1)
        .withScatterTasks(List.of(new TaskStatus(0, "SUCCEEDED", 1, 0, "node1:1", "c2", 5L, 1, "SUCCEEDED"),
            new TaskStatus(1, "RUNNING", 1, 0, "node2:1", "container_1700000000000_0003_01_000004", 7L, 0.5, null,
                "RACK_LOCAL")));
    StatusDocument document = StatusDocument.of(Reports.running(), "/w",
        new KnownTasks(TaskSource.TRACKING_PAGE, Optional.of(status), ""));
    JsonNode doc = json(document);

    assertEquals(status.scatterTasks(), document.scatterTasks());
    assertEquals("SCATTERING", doc.get("job").get("state").asText());
    assertEquals(2, doc.get("scatterTasks").size());
    JsonNode scatter = doc.get("scatterTasks").get(1);
    assertEquals(1, scatter.get("index").asInt());
    assertEquals("RUNNING", scatter.get("state").asText());
    assertEquals("RACK_LOCAL", scatter.get("locality").asText());
    assertEquals("container_1700000000000_0003_01_000004", scatter.get("container").asText());
    assertFalse(doc.has("mergeTasks"), "no merge phase yet");
    String text = document.toJson();
    org.junit.jupiter.api.Assertions.assertTrue(text.indexOf("\"tasks\"") < text.indexOf("\"scatterTasks\""), text);
    assertFalse(json(StatusDocument.of(Reports.running(), "/w", new KnownTasks(TaskSource.TRACKING_PAGE,
        Optional.of(status.withScatterTasks(List.of())), ""))).has("scatterTasks"), "left out when there are none");
  }

  @Test
  void aFlowsStepsAndEachTasksStepAreInTheDocumentAndAJobOfOneProgramHasNone() throws Exception {
    JobStatus flow = new JobStatus(Reports.ID.toString(), "scale-then-smooth", "RUNNING", 0.5, List.of(
        new TaskStatus(0, "SUCCEEDED", 1, 0, "node1:1", null, 5L, 1, "SUCCEEDED", null, "scale", 0),
        new TaskStatus(1, "WAITING", 0, 0, null, null, null, 0, null, null, "smooth", 0)), null, 9)
        .withSteps(List.of(new StepSummary("scale", 0, 1, java.util.Map.of("SUCCEEDED", 1), List.of()),
            new StepSummary("smooth", 1, 1, java.util.Map.of("WAITING", 1), List.of())));
    JsonNode doc = json(StatusDocument.of(Reports.running(), "/w",
        new KnownTasks(TaskSource.TRACKING_PAGE, Optional.of(flow), "")));

    assertEquals("smooth", doc.get("job").get("steps").get(1).get("name").asText());
    assertEquals(1, doc.get("job").get("steps").get(1).get("firstTask").asInt());
    assertEquals("smooth", doc.get("tasks").get(1).get("step").asText());
    assertEquals(0, doc.get("tasks").get(1).get("stepTask").asInt());

    JobStatus single = new JobStatus(Reports.ID.toString(), "smooth", "RUNNING", 0.5, List.of(
        new TaskStatus(0, "WAITING", 0, 0, null, null, null, 0, null)), null, 9);
    JsonNode plain = json(StatusDocument.of(Reports.running(), "/w",
        new KnownTasks(TaskSource.TRACKING_PAGE, Optional.of(single), "")));
    assertFalse(plain.get("job").has("steps"));
    assertFalse(plain.get("tasks").get(0).has("step"));
  }

  @Test
  void aJobWithoutTasksSaysWhyAndListsNone() throws Exception {
    JsonNode doc = json(StatusDocument.of(Reports.of(YarnApplicationState.FINISHED, FinalApplicationStatus.SUCCEEDED,
        "all 2 tasks succeeded", 1700000009000L), "/w", KnownTasks.none("the work folder /w is gone")));
    assertEquals("FINISHED", doc.get("state").asText());
    assertEquals("SUCCEEDED", doc.get("finalStatus").asText());
    assertEquals("all 2 tasks succeeded", doc.get("diagnostics").asText());
    assertEquals(1700000009000L, doc.get("finishedAt").asLong());
    assertEquals("none", doc.get("tasksFrom").asText());
    assertEquals("the work folder /w is gone", doc.get("note").asText());
    assertFalse(doc.has("job"));
    assertEquals(0, doc.get("tasks").size());
  }

  @Test
  void theBytesTheApplicationMasterCountedAreATopLevelObject() throws Exception {
    PhaseBytes phases = PhaseBytes.none().plus(PhaseBytes.FETCH, new ByteCount(4000, 0))
        .plus(PhaseBytes.COMMIT, new ByteCount(10, 4100));
    JobBytes counted = JobBytes.of(phases, List.of(new OutputBytes(1, "hdfs://nn/out.H",
        "concatenate along axis 3 (streamed by the ApplicationMaster)", 4000)), 4000);
    JobStatus status = new JobStatus(Reports.ID.toString(), "smooth", "SUCCEEDED", 1, List.of(), null, 9, counted);

    JsonNode doc = json(StatusDocument.of(Reports.running(), "/w",
        new KnownTasks(TaskSource.STATUS_FILE, Optional.of(status), "")));

    JsonNode bytes = doc.get("bytes");
    assertEquals(4010, bytes.get("read").asLong());
    assertEquals(4100, bytes.get("written").asLong());
    assertEquals(4000, bytes.get("phases").get("fetch").get("read").asLong());
    assertEquals(4100, bytes.get("phases").get("commit").get("written").asLong());
    assertEquals(1, bytes.get("outputs").get(0).get("file").asInt());
    assertEquals("hdfs://nn/out.H", bytes.get("outputs").get(0).get("path").asText());
    assertEquals(4000, bytes.get("outputs").get(0).get("copied").asLong());
    assertEquals(4000, bytes.get("outputBytes").asLong());
  }
}
