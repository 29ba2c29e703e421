package org.sepyarn.client.logs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContainerLogsTest {
  private static final AttemptLocation ATTEMPT = new AttemptLocation(4, 2, "container_1_0001_01_000009", "host2:1",
      Optional.empty());

  /** A source that has the file or says it has not. */
  private static final class FixedSource implements ContainerLogSource {
    private final String name;
    private final byte[] contents;
    private final List<String> asked;

    FixedSource(String name, byte[] contents, List<String> asked) {
      this.name = name;
      this.contents = contents;
      this.asked = asked;
    }

    @Override
    public String describe(AttemptLocation attempt) {
      return name;
    }

    @Override
    public byte[] read(String applicationId, String owner, AttemptLocation attempt, String fileName)
        throws LogUnavailableException {
      asked.add(name);
      if (contents == null) {
        throw new LogUnavailableException(name + " has no " + fileName);
      }
      return contents;
    }
  }

  @Test
  void theFirstSourceThatHasTheFileGivesItAndLaterOnesAreNotAsked() throws Exception {
    List<String> asked = new ArrayList<>();
    ContainerLogs logs = new ContainerLogs(List.of(new FixedSource("aggregated", null, asked),
        new FixedSource("node", new byte[] {1, 2}, asked), new FixedSource("third", new byte[] {3}, asked)), "");
    assertArrayEquals(new byte[] {1, 2}, logs.read("application_1_0001", "alice", ATTEMPT, "program.stderr"));
    assertEquals(List.of("aggregated", "node"), asked);
  }

  @Test
  void whenNoSourceHasItTheErrorNamesTheAttemptEachReasonAndTheAdvice() {
    List<String> asked = new ArrayList<>();
    ContainerLogs logs = new ContainerLogs(List.of(new FixedSource("aggregated", null, asked),
        new FixedSource("node", null, asked)), "aggregation is off");
    LogUnavailableException e = assertThrows(LogUnavailableException.class,
        () -> logs.read("application_1_0001", "alice", ATTEMPT, "syslog"));
    assertEquals("cannot fetch syslog of task 4 attempt 2 (container container_1_0001_01_000009 on host2:1): "
        + "from aggregated: aggregated has no syslog; from node: node has no syslog. aggregation is off",
        e.getMessage());
  }
}
