package org.sepyarn.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CommandLineTest {
  @Test
  void withoutArgumentsItDocumentsItselfAndExitsWithInvalidInput() {
    Run run = Run.local();
    assertEquals(2, run.exitCode(), run.toString());
    for (String command : new String[] {"submit", "status", "kill", "validate", "info", "demo", "tool"}) {
      assertTrue(run.out().contains("  " + command + " "), command + " is listed:\n" + run);
    }
    assertTrue(run.out().contains("Exit codes: 0 success, 1 job failed, 2 invalid input"), run.toString());
  }

  @Test
  void helpDocumentsItselfAndSucceeds() {
    Run run = Run.local("--help");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("usage: sepyarn COMMAND"), run.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"submit", "status", "kill", "validate", "info", "demo"})
  void everyCommandHasHelp(String command) {
    Run run = Run.local(command, "--help");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("usage: sepyarn " + command), run.toString());
    assertTrue(run.out().contains("-h,--help"), run.toString());
  }

  @Test
  void anUnknownCommandIsInvalidInputAndNamesTheCommands() {
    Run run = Run.local("sumbit", "job.json");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("unknown command \"sumbit\""), run.toString());
    assertTrue(run.err().contains("submit"), run.toString());
  }

  @Test
  void anUnknownOptionIsInvalidInputWithTheUsage() {
    Run run = Run.local("validate", "--frobnicate", "job.json");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("usage: sepyarn validate"), run.toString());
  }

  @Test
  void genericOptionsBeforeTheCommandSetConfiguration() {
    Run run = Run.local("-D", "sepyarn.am.memory-mb=12", "submit", "--help");
    assertEquals(0, run.exitCode(), run.toString());
  }

  @Test
  void submitRefusesDetachWithEmbedded() {
    Run run = Run.local("submit", "--detach", "--embedded", "job.json");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("--detach cannot go with --embedded"), run.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"status", "kill"})
  void aMalformedApplicationIdIsInvalidInput(String command) {
    Run run = Run.local(command, "app_12");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("\"app_12\" is not an application id"), run.toString());
  }
}
