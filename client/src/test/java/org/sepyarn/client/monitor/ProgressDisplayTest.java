package org.sepyarn.client.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.TaskStatus;

class ProgressDisplayTest {
  private static final ApplicationSnapshot RUNNING = new ApplicationSnapshot(YarnApplicationState.RUNNING,
      FinalApplicationStatus.UNDEFINED, 0.5f, "");

  private static ProgressLine line(String state) {
    JobStatus status = new JobStatus("application_1_0001", "j", "RUNNING", 0.5, List.of(new TaskStatus(0, state, 1,
        0, "n:1", "c0", 1L, 0, null)), null, 1L);
    return ProgressLine.of(RUNNING, Optional.of(status), 10_000);
  }

  @Test
  void onceSilencedNothingMoreIsPrintedOnATerminalOrElsewhere() {
    for (boolean terminal : new boolean[] {true, false}) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      AtomicBoolean ending = new AtomicBoolean();
      ProgressDisplay display = new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal,
          10_000, ending::get);
      display.show(line("RUNNING"), 0);
      display.message("task 0 started");
      int before = bytes.size();
      assertTrue(before > 0, "shown while the process lives");

      ending.set(true);
      display.show(line("WAITING"), 20_000);
      display.message("lost contact with the ResourceManager");
      display.showFinal(line("WAITING"));
      display.finish();

      assertEquals(before, bytes.size(), "terminal " + terminal + ": " + bytes.toString(StandardCharsets.UTF_8));
    }
  }
}
