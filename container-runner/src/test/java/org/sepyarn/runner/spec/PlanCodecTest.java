package org.sepyarn.runner.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanCodecTest {

  private static Plan samplePlan() {
    TaskFile in = new TaskFile("<", FileRole.INPUT, "f0-in.H", "hdfs://nn/data/in.H", "[0:100,0:25]");
    TaskFile vel = new TaskFile("vel=", FileRole.INPUT, "f1-vel.H", "hdfs://nn/data/vel.H", null);
    TaskFile out = new TaskFile(">", FileRole.OUTPUT, "f2-out.H", null, null);
    TaskSpec t0 = new TaskSpec(0, List.of("/opt/sep/bin/Smooth", "--fast"), List.of("rect1=5", "title=a \"b\" 'c'"),
        List.of("fmin=5"), Map.of("OMP_NUM_THREADS", "1"), List.of(in, vel, out));
    TaskSpec t1 = new TaskSpec(1, List.of("/opt/sep/bin/Smooth"), List.of(), List.of(), Map.of(),
        List.of(new TaskFile("<", FileRole.INPUT, "f0-in.H", "hdfs://nn/data/in.H", "[0:100,25:50]"), out));
    return new Plan("smooth ünïcode", 7_200_000, List.of("restart=y"), "checkpoint", List.of(t0, t1));
  }

  private static byte[] write(Plan plan) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanCodec.writePlan(plan, out);
    return out.toByteArray();
  }

  @Test
  void aPlanReadsBackEqualToWhatWasWritten() throws IOException {
    Plan plan = samplePlan();

    Plan back = PlanCodec.readPlan(new ByteArrayInputStream(write(plan)));

    assertEquals(plan, back);
  }

  @Test
  void aTaskOfAStepWithItsOwnSettingsCarriesThemAndATaskWithoutLeavesTheFieldOut() throws IOException {
    StepSettings own = new StepSettings(600_000, 0, List.of("resume=1"), "state");
    TaskSpec plain = samplePlan().tasks().get(1);
    TaskSpec withOwn = new TaskSpec(plain.index(), plain.command(), plain.args(), plain.taskArgs(), plain.env(),
        plain.files(), own);

    assertEquals(withOwn, PlanCodec.read(PlanCodec.writeCompact(withOwn), TaskSpec.class));
    assertEquals(plain, PlanCodec.read(PlanCodec.writeCompact(plain), TaskSpec.class));
    assertFalse(new String(PlanCodec.writeCompact(plain), StandardCharsets.UTF_8).contains("step"));
    PlanSettings plan = new PlanSettings("j", 7_200_000, List.of("restart=y"), "checkpoint", 2, 1, 1_800_000);
    assertEquals(own, withOwn.settings(plan));
    assertEquals(new StepSettings(7_200_000, 1_800_000, List.of("restart=y"), "checkpoint"), plain.settings(plan));
    assertThrows(IllegalArgumentException.class, () -> new StepSettings(-1, 0, List.of(), "checkpoint"));
  }

  @Test
  void aPlanDoesNotCarryTheDerivedStreamFlagsOfItsFiles() throws IOException {
    String json = new String(write(samplePlan()), StandardCharsets.UTF_8);

    assertFalse(json.contains("stdin"), json);
    assertFalse(json.contains("stdout"), json);
  }

  @Test
  void aPlanWithAnUnknownFieldIsRefusedNamingTheField() throws IOException {
    String json = new String(write(samplePlan()), StandardCharsets.UTF_8)
        .replaceFirst("\"jobName\"", "\"surprise\" : 1, \"jobName\"");

    IOException e = assertThrows(IOException.class,
        () -> PlanCodec.readPlan(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));

    assertTrue(e.getMessage().contains("surprise"), e.getMessage());
  }

  @Test
  void aPlanThatBreaksARuleIsRefusedWithTheRulesMessage() {
    String json = "{\"jobName\": \"j\", \"taskTimeoutMillis\": 0, \"tasks\": [{\"index\": 1, \"command\": [\"p\"]}]}";

    IOException e = assertThrows(IOException.class,
        () -> PlanCodec.readPlan(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));

    assertTrue(e.getMessage().contains("plan lists task 1 at position 0"), e.getMessage());
  }

  @Test
  void aReportReadsBackEqualToWhatWasWritten() throws IOException {
    AttemptReport report = new AttemptReport(3, 2, "node7", "program failed", 139, "Smooth exited with status 139",
        "line 1\nSegmentation fault", 1000, 2000);

    AttemptReport back = PlanCodec.readReport(new ByteArrayInputStream(PlanCodec.writeReport(report)));

    assertEquals(report, back);
  }

  @Test
  void aReportWithoutAProgramExitCodeLeavesTheFieldOut() throws IOException {
    AttemptReport report = new AttemptReport(0, 1, "node7", "fetch or commit I/O failed", null, "no such file", "",
        1, 2);

    byte[] json = PlanCodec.writeReport(report);

    assertFalse(new String(json, StandardCharsets.UTF_8).contains("programExitCode"));
    assertEquals(report, PlanCodec.readReport(new ByteArrayInputStream(json)));
  }

  @Test
  void heartbeatsAndRepliesReadBackEqualToWhatWasWritten() throws IOException {
    Heartbeat withCheckpoint = new Heartbeat("container_1_0001_01_000002", 4, 1, 0.25, "iteration=12");
    Heartbeat without = new Heartbeat("container_1_0001_01_000003", 5, 2, 0, null);

    assertEquals(withCheckpoint, PlanCodec.read(PlanCodec.write(withCheckpoint), Heartbeat.class));
    assertEquals(without, PlanCodec.read(PlanCodec.write(without), Heartbeat.class));
    assertEquals(new HeartbeatReply(true), PlanCodec.read(PlanCodec.write(new HeartbeatReply(true)),
        HeartbeatReply.class));
    assertEquals(new HeartbeatReply(false), PlanCodec.read(PlanCodec.write(new HeartbeatReply(false)),
        HeartbeatReply.class));
  }

  @Test
  void aDoneReportAndTheNextAttemptReadBackEqualToWhatWasWritten() throws IOException {
    Heartbeat done = Heartbeat.done("container_1_0001_01_000002", 4, 1);
    HeartbeatReply next = new HeartbeatReply(true, new HeartbeatReply.NextAttempt(9, 2, 4096, 733));

    assertEquals(done, PlanCodec.read(PlanCodec.write(done), Heartbeat.class));
    assertTrue(done.done());
    assertEquals(next, PlanCodec.read(PlanCodec.write(next), HeartbeatReply.class));
    assertFalse(new String(PlanCodec.write(new Heartbeat("c", 1, 1, 0.5, null)), StandardCharsets.UTF_8)
        .contains("done"), "a running attempt's heartbeat is as before");
    assertThrows(IllegalArgumentException.class, () -> new HeartbeatReply.NextAttempt(1, 0, 0, 10));
  }
}
