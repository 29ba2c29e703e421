package org.sepyarn.runner.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskFileTest {

  @Test
  void aNamedFileIsPassedAsItsTagFollowedByTheLocalPath() {
    TaskFile vel = new TaskFile("vel=", FileRole.INPUT, "f2-vel.H", "hdfs:///v.H", null);

    assertEquals("vel=/work/f2-vel.H", vel.argument("/work/f2-vel.H"));
    assertFalse(vel.isStdin());
    assertFalse(vel.isStdout());
  }

  @Test
  void standardStreamsAreNotCommandLineArguments() {
    TaskFile in = new TaskFile("<", FileRole.INPUT, "f0-in.H", "hdfs:///in.H", "[0:10]");
    TaskFile out = new TaskFile(">", FileRole.OUTPUT, "f1-out.H", null, null);

    assertNull(in.argument("/work/f0-in.H"));
    assertNull(out.argument("/work/f1-out.H"));
    assertTrue(in.isStdin());
    assertTrue(out.isStdout());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a/b.H", ".hidden", "..", "../up.H"})
  void aLocalNameMustBeAPlainFileName(String localName) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TaskFile(">", FileRole.OUTPUT, localName, null, null));

    assertEquals("local name \"" + localName + "\" must be a plain file name", e.getMessage());
  }

  @Test
  void anInputWithoutASourceIsRefusedNamingItsTag() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TaskFile("vel=", FileRole.INPUT, "f0-vel.H", null, null));

    assertEquals("input vel= has no source dataset", e.getMessage());
  }

  @Test
  void tagRoleAndLocalNameAreRequired() {
    assertThrows(NullPointerException.class, () -> new TaskFile(null, FileRole.INPUT, "a", "s", null));
    assertThrows(NullPointerException.class, () -> new TaskFile("<", null, "a", "s", null));
    assertThrows(NullPointerException.class, () -> new TaskFile("<", FileRole.INPUT, null, "s", null));
  }

  private static TaskFile scatteredInput() {
    return new TaskFile("<", FileRole.INPUT, "f0-in.H", "hdfs://nn/data/in.H", "[0:100,25:50]")
        .scatteredFrom(new ScatteredInput(List.of(7, 9, 8), "part-1"));
  }

  @Test
  void aScatteredInputReadsBackEqualAloneAndInAPlan() throws Exception {
    TaskFile scattered = scatteredInput();
    TaskSpec task = new TaskSpec(0, List.of("prog"), List.of(), List.of(), Map.of(), List.of(scattered));
    Plan plan = new Plan("j", 60_000, List.of(), "checkpoint", List.of(task));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanCodec.writePlan(plan, out);

    TaskFile back = PlanCodec.read(PlanCodec.write(scattered), TaskFile.class);
    Plan planBack = PlanCodec.readPlan(new ByteArrayInputStream(out.toByteArray()));

    assertEquals(scattered, back);
    assertEquals(new ScatteredInput(List.of(7, 9, 8), "part-1"), back.scattered());
    assertEquals(plan, planBack);
    assertEquals(scattered, planBack.tasks().get(0).files().get(0));
  }

  @Test
  void aFileReadFromTheDatasetLeavesTheScatteredFieldOut() throws Exception {
    TaskFile plain = new TaskFile("<", FileRole.INPUT, "f0-in.H", "hdfs://nn/data/in.H", "[0:100,25:50]");

    String json = new String(PlanCodec.write(plain), StandardCharsets.UTF_8);

    assertFalse(json.contains("scattered"), json);
    assertNull(PlanCodec.read(json.getBytes(StandardCharsets.UTF_8), TaskFile.class).scattered());
    assertTrue(new String(PlanCodec.write(scatteredInput()), StandardCharsets.UTF_8).contains("\"partName\""));
  }

  @Test
  void onlyAnInputWithAWindowIsScattered() {
    ScatteredInput parts = new ScatteredInput(List.of(3), "part-0");
    TaskFile output = new TaskFile(">", FileRole.OUTPUT, "f1-out.H", null, null);
    TaskFile whole = new TaskFile("vel=", FileRole.INPUT, "f2-vel.H", "hdfs:///v.H", null);

    IllegalArgumentException onOutput = assertThrows(IllegalArgumentException.class, () -> output.scatteredFrom(parts));
    IllegalArgumentException withoutWindow = assertThrows(IllegalArgumentException.class,
        () -> whole.scatteredFrom(parts));
    IllegalArgumentException outputWithWindow = assertThrows(IllegalArgumentException.class, () -> new TaskFile(">",
        FileRole.OUTPUT, "f1-out.H", null, "[0:2]", null, null, null, null, parts));

    assertEquals("file >: a scattered input is a window of a dataset input", onOutput.getMessage());
    assertEquals("file vel=: a scattered input is a window of a dataset input", withoutWindow.getMessage());
    assertEquals("file >: a scattered input is a window of a dataset input", outputWithWindow.getMessage());
  }

  @Test
  void aScatteredInputHasPartsInAtLeastOneScatterTask() {
    assertThrows(IllegalArgumentException.class, () -> new ScatteredInput(List.of(), "part-0"));
    assertThrows(NullPointerException.class, () -> new ScatteredInput(List.of(1), null));
  }
}
