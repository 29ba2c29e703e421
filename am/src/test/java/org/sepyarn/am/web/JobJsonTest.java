package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
    assertEquals("RUNNING", json.get("phase").asText());
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
}
