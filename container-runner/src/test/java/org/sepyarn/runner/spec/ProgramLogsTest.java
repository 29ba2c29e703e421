package org.sepyarn.runner.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramLogsTest {
  private static PlanSettings settings(int tasksPerContainer) {
    return new PlanSettings("job", 0, List.of(), "checkpoint", 10, tasksPerContainer);
  }

  @Test
  void aContainerOfOneTaskKeepsTheUsualNames() {
    assertEquals(new ProgramLogs("program.stdout", "program.stderr"), ProgramLogs.of(settings(1), 4, 2));
    assertEquals("program.stderr", ProgramLogs.SINGLE.fileFor("program.stderr"));
    assertEquals("syslog", ProgramLogs.SINGLE.fileFor("syslog"));
  }

  @Test
  void aContainerOfSeveralTasksNamesEachAttemptsOwnLogs() {
    ProgramLogs logs = ProgramLogs.of(settings(5), 4, 2);
    assertEquals(new ProgramLogs("task-4.2.program.stdout", "task-4.2.program.stderr"), logs);
    assertEquals("task-4.2.program.stderr", logs.fileFor("program.stderr"));
    assertEquals("task-4.2.program.stdout", logs.fileFor("program.stdout"));
    assertEquals("runner.stderr", logs.fileFor("runner.stderr"));
    assertNotEquals(logs, ProgramLogs.of(settings(5), 4, 3));
    assertNotEquals(logs, ProgramLogs.of(settings(5), 42, 2));
  }

  @Test
  void settingsWithoutTheFieldMeanOneTaskPerContainer() throws Exception {
    PlanSettings read = PlanCodec.read("{\"jobName\":\"j\",\"taskTimeoutMillis\":0,\"taskCount\":3}"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8), PlanSettings.class);
    assertEquals(1, read.tasksPerContainer());
    assertEquals(ProgramLogs.SINGLE, ProgramLogs.of(read, 0, 1));
  }
}
