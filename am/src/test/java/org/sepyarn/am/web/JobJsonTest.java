package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void theJsonHoldsTheJobItsDerivedFiguresTasksAndAttempts() throws Exception {
    JsonNode json = MAPPER.readTree(JobJson.write(Views.mixed()));

    assertEquals("mixed", json.get("name").asText());
    assertEquals(Views.APP, json.get("application").asText());
    assertEquals("RUNNING", json.get("state").asText());
    assertEquals(100_000, json.get("elapsedMillis").asLong());
    assertEquals(60_000, json.get("timeLeftMillis").asLong());
    assertEquals(2, json.get("counts").get("RUNNING").asInt());
    assertEquals(5, json.get("attemptCount").asInt());
    assertEquals(1, json.get("failureCount").asInt());
    assertEquals("rect1=5", json.get("argv").get(1).asText());
    assertEquals("split along axis 2", json.get("files").get(0).get("distribution").asText());
    assertEquals(4, json.get("tasks").size());
    assertEquals(5, json.get("attempts").size());
    JsonNode failed = json.get("attempts").get(0);
    assertEquals("PROGRAM_FAILED", failed.get("exitReason").asText());
    assertEquals("FAILED", failed.get("outcome").asText());
    assertEquals("exit status 3", failed.get("diagnostics").asText());
  }

  @Test
  void unknownValuesAreLeftOutAndNoHelperMethodLeaksIn() throws Exception {
    JsonNode json = MAPPER.readTree(JobJson.write(Views.mixed()));

    JsonNode waiting = json.get("tasks").get(3);
    assertEquals(List.of("index", "state", "attempt", "failures", "progress"), names(waiting));
    assertFalse(json.has("diagnostics"));
    JsonNode running = json.get("attempts").get(3);
    assertFalse(running.has("endedAt") || running.has("exitReason") || running.has("running"), running.toString());
    assertFalse(json.has("timeLeft") || json.has("status"), json.toString());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void theJobAndItsTasksUseStatusJsonsNamesForEveryFieldBothHave() throws Exception {
    JobView view = SampleJobs.running(20, 2);
    JsonNode job = MAPPER.readTree(JobJson.write(view));
    JsonNode status = MAPPER.readTree(org.sepyarn.am.status.StatusCodec.write(view.toStatus()));

    java.util.Set<String> jobFields = new java.util.TreeSet<>();
    job.fieldNames().forEachRemaining(jobFields::add);
    java.util.Set<String> statusFields = new java.util.TreeSet<>();
    status.fieldNames().forEachRemaining(statusFields::add);
    statusFields.removeAll(jobFields);
    assertEquals(java.util.Set.of(), statusFields, "status.json's fields missing from api/job");
    java.util.Set<String> taskFields = new java.util.TreeSet<>();
    job.get("tasks").get(0).fieldNames().forEachRemaining(taskFields::add);
    java.util.Set<String> statusTaskFields = new java.util.TreeSet<>();
    status.get("tasks").get(0).fieldNames().forEachRemaining(statusTaskFields::add);
    statusTaskFields.removeAll(taskFields);
    assertEquals(java.util.Set.of(), statusTaskFields, "status.json's task fields missing from api/job");
    assertEquals(status.get("updatedAt"), job.get("updatedAt"));
    assertEquals(status.get("tasks").get(0).get("container"), job.get("tasks").get(0).get("container"));
    assertEquals(view.attempts().get(0).containerId(), job.get("attempts").get(0).get("container").asText());
  }

  @Test
  void theScatterTasksComeBeforeTheMergeTasksAndOnlyWhenThereAreSome() throws Exception {
    JobView view = Views.scatteredAndMerging();
    JsonNode job = MAPPER.readTree(JobJson.write(view));

    List<String> fields = names(job);
    assertTrue(fields.indexOf("tasks") < fields.indexOf("scatterTasks")
        && fields.indexOf("scatterTasks") < fields.indexOf("mergeTasks"), fields.toString());
    assertEquals(2, job.get("scatterTasks").size());
    assertEquals(2, job.get("scatterTasks").get(1).get("attempt").asInt());
    assertEquals(1, job.get("scatterTasks").get(1).get("failures").asInt());
    assertEquals(1, job.get("mergeTasks").size());
    JsonNode status = MAPPER.readTree(org.sepyarn.am.status.StatusCodec.write(view.toStatus()));
    assertEquals(status.get("scatterTasks").get(1).get("container"), job.get("scatterTasks").get(1).get("container"));
    assertFalse(MAPPER.readTree(JobJson.write(Views.mixed())).has("scatterTasks"));
  }

  @Test
  void eachListedTaskGivesItsArgumentsAndDataWindowsAndTheResumedRun() throws Exception {
    JsonNode job = MAPPER.readTree(JobJson.write(SampleJobs.running(20, 2)));

    JsonNode task = job.get("tasks").get(1);
    assertEquals("sx=1025", task.get("args").get(0).asText());
    assertEquals("token=***", task.get("args").get(2).asText());
    assertEquals("< [0:2000,1:2]", task.get("windows").get(0).asText());
    assertEquals("application_1700000000000_0006", job.get("resumed").get("application").asText());
    assertEquals(9, job.get("resumed").get("taskCount").asInt());
  }
}
