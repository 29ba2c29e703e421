package org.sepyarn.client.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sepyarn.client.Run;

/** {@code sepyarn bench} refuses bad options with exit 2 before it writes or starts anything. */
class BenchCommandTest {
  @Test
  void aBadSizeIsInvalidInput() {
    Run run = Run.local("bench", "--size", "lots");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("--size: \"lots\" is not a size"), run.toString());
  }

  @Test
  void tooManyTasksForTheSizeIsInvalidInput() {
    Run run = Run.local("bench", "--embedded", "--size", "1m", "--tasks", "500");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("too small for 500 tasks"), run.toString());
  }

  @Test
  void argumentsAreRefused() {
    Run run = Run.local("bench", "job.json");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("bench takes no arguments"), run.toString());
  }

  @Test
  void helpListsTheOptions() {
    Run run = Run.local("bench", "--help");
    assertEquals(0, run.exitCode(), run.toString());
    for (String option : new String[] {"--embedded", "--size", "--tasks", "--json", "--dir"}) {
      assertTrue(run.out().contains(option), option + " in " + run);
    }
  }
}
