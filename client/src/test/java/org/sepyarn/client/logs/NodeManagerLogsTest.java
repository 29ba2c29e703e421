package org.sepyarn.client.logs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sepyarn.client.web.FakeWebClient;

class NodeManagerLogsTest {
  private static final String CONTAINER = "container_1700000000000_0001_01_000002";
  private static final AttemptLocation ATTEMPT = new AttemptLocation(0, 1, CONTAINER, "host1:45454",
      Optional.empty());
  private static final String LOGS = "http://host1:8042/ws/v1/node/containerlogs/" + CONTAINER + "/";
  private static final String LISTING = "http://host1:8042/ws/v1/node/containers/" + CONTAINER + "/logs";
  private static final NodeDirectory NODES = node -> Optional.ofNullable(Map.of("host1:45454", "host1:8042").get(node));

  private final FakeWebClient web = new FakeWebClient();
  private final NodeManagerLogs logs = new NodeManagerLogs(web, "http://", NODES);

  private byte[] read(String file) throws LogUnavailableException {
    return logs.read("application_1700000000000_0001", "alice", ATTEMPT, file);
  }

  @Test
  void theFileComesFromTheWebServiceOfTheNodeManagerThatRanTheContainer() throws Exception {
    web.answer(LOGS + "program.stderr", 200, "text/plain", LogDumpTest.dump("program.stderr", "segfault\n"));
    assertArrayEquals("segfault\n".getBytes(StandardCharsets.UTF_8), read("program.stderr"));
  }

  @Test
  void aPlainAnswerWithoutYarnsHeaderIsTheFileItself() throws Exception {
    web.answer(LOGS + "syslog", 200, "text/plain", "INFO started\n");
    assertArrayEquals("INFO started\n".getBytes(StandardCharsets.UTF_8), read("syslog"));
  }

  @Test
  void aMissingFileIsNamedWithTheFilesTheContainerHas() {
    web.answer(LOGS + "program.stdout", 404, "text/plain", "Cannot find this log on the local disk.")
        .answer(LISTING, 200, "application/json", "{\"containerLogsInfo\": [{\"containerLogInfo\": ["
            + "{\"fileName\": \"runner.stderr\", \"fileSize\": \"10\"}, {\"fileName\": \"program.stderr\"},"
            + " {\"fileName\": \"syslog\"}], \"logAggregationType\": \"LOCAL\"}]}");
    LogUnavailableException e = assertThrows(LogUnavailableException.class, () -> read("program.stdout"));
    assertEquals("container " + CONTAINER + " has no log file program.stdout; its log files are program.stderr,"
        + " runner.stderr, syslog", e.getMessage());
  }

  @Test
  void aNodeManagerThatForgotTheContainerSaysSo() {
    web.answer(LOGS + "program.stderr", 404, "text/plain", "Unknown container. Container either has not started or"
        + " has already completed or doesn't belong to this node at all.")
        .answer(LISTING, 404, "text/plain", "Unknown container.");
    LogUnavailableException e = assertThrows(LogUnavailableException.class, () -> read("program.stderr"));
    assertTrue(e.getMessage().startsWith("the NodeManager on host1:45454 no longer has the logs of container "
        + CONTAINER + " (it says: Unknown container."), e.getMessage());
  }

  @Test
  void aNodeTheClusterNoLongerKnowsIsNamed() {
    AttemptLocation elsewhere = new AttemptLocation(0, 1, CONTAINER, "gone:1", Optional.empty());
    LogUnavailableException e = assertThrows(LogUnavailableException.class,
        () -> logs.read("application_1700000000000_0001", "alice", elsewhere, "program.stderr"));
    assertTrue(e.getMessage().startsWith("node gone:1 is no longer part of the cluster"), e.getMessage());
    assertEquals(0, web.asked().size());
  }

  @Test
  void aNodeManagerThatDoesNotAnswerIsNamedByItsUrl() {
    LogUnavailableException e = assertThrows(LogUnavailableException.class, () -> read("program.stderr"));
    assertTrue(e.getMessage().startsWith("no answer from " + LOGS + "program.stderr: java.net.ConnectException"),
        e.getMessage());
  }

  @Test
  void anotherErrorStatusIsQuoted() {
    web.answer(LOGS + "program.stderr", 401, "text/html", "<html><body>Authentication required</body></html>");
    LogUnavailableException e = assertThrows(LogUnavailableException.class, () -> read("program.stderr"));
    assertEquals(LOGS + "program.stderr answered HTTP 401: <html><body>Authentication required</body></html>",
        e.getMessage());
  }
}
