package org.sepyarn.client.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sepyarn.client.Run;

/**
 * {@code sepyarn logs} refuses bad arguments before it asks YARN anything (no ResourceManager runs
 * here, so reaching one would fail differently).
 */
class LogsCommandTest {
  private static final String APP = "application_1700000000000_0001";

  @Test
  void anAttemptWithoutATaskIsRefused() {
    Run run = Run.local("logs", APP, "--attempt", "2");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("--attempt and --file need --task"), run.toString());
  }

  @Test
  void aTaskThatIsNotAWholeNumberOfZeroOrMoreIsRefused() {
    Run negative = Run.local("logs", APP, "--task", "-1");
    assertEquals(2, negative.exitCode(), negative.toString());
    assertTrue(negative.err().contains("--task \"-1\" is not allowed: give a whole number, 0 or more"),
        negative.toString());
    Run word = Run.local("logs", APP, "--task", "first");
    assertEquals(2, word.exitCode(), word.toString());
  }

  @Test
  void attemptZeroIsRefusedSinceAttemptsCountFromOne() {
    Run run = Run.local("logs", APP, "--task", "0", "--attempt", "0");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("--attempt \"0\" is not allowed: give a whole number, 1 or more"), run.toString());
  }

  @Test
  void aFileNameWithAFolderIsRefused() {
    Run run = Run.local("logs", APP, "--task", "0", "--file", "../../etc/passwd");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("--file \"../../etc/passwd\" is not the name of a log file"), run.toString());
  }

  @Test
  void aMalformedApplicationIdIsRefused() {
    Run run = Run.local("logs", "app-17", "--task", "0");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("\"app-17\" is not an application id"), run.toString());
  }
}
