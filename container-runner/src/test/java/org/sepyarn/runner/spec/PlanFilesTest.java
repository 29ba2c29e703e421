package org.sepyarn.runner.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFilesTest {
  @TempDir
  Path dir;

  private static Plan plan(int tasks) {
    List<TaskSpec> specs = new ArrayList<>();
    for (int i = 0; i < tasks; i++) {
      specs.add(new TaskSpec(i, List.of("/opt/sep/bin/Smooth"), List.of("rect1=5", "title=ünï\ncode"),
          List.of("n=" + i), Map.of(), List.of(new TaskFile("<", FileRole.INPUT, "f0-in.H", "hdfs://nn/data/in.H",
              "[0:10," + i + ":" + (i + 1) + "]"))));
    }
    return new Plan("smooth", 60_000, List.of("restart=y"), "cp", specs);
  }

  private WorkLayout work() {
    return new WorkLayout(new org.apache.hadoop.fs.Path(dir.toUri().toString()));
  }

  private FileSystem fs() throws IOException {
    return FileSystem.getLocal(new Configuration());
  }

  @Test
  void everyTaskIsReadBackFromItsOwnBytes() throws IOException {
    Plan plan = plan(1234);

    PlanIndex index = PlanFiles.write(fs(), work(), plan).index();

    assertEquals(1234, index.taskCount());
    for (int task : new int[] {0, 1, 617, 1233}) {
      assertEquals(plan.task(task), PlanFiles.readTask(fs(), work(), task, index.offset(task), index.length(task)));
    }
  }

  @Test
  void aRunnerReadsAFewHundredBytesWhateverTheTaskCount() throws IOException {
    PlanFiles.Written written = PlanFiles.write(fs(), work(), plan(5000));

    assertTrue(written.index().largest() < 400, "largest task " + written.index().largest() + " bytes");
    assertTrue(written.bytes() > 5000L * written.index().largest() / 2, "whole plan " + written.bytes() + " bytes");
  }

  @Test
  void theSettingsHoldTheJobWideValuesAndTheTaskCount() throws IOException {
    PlanFiles.write(fs(), work(), plan(3));

    PlanSettings settings = PlanFiles.readSettings(fs(), work());

    assertEquals(new PlanSettings("smooth", 60_000, List.of("restart=y"), "cp", 3), settings);
    assertEquals(List.of("restart=y", "cp=x"), settings.resumeArgs("x"));
  }

  @Test
  void writingThePlanAgainGivesTheSameBytesAtTheSamePlaces() throws IOException {
    PlanIndex first = PlanFiles.write(fs(), work(), plan(50)).index();
    PlanIndex again = PlanFiles.write(fs(), work(), plan(50)).index();

    assertEquals(first, again);
    for (var status : fs().listStatus(work().planFolder())) {
      assertFalse(status.getPath().getName().startsWith("."), "temporary file left: " + status.getPath());
    }
  }

  @Test
  void bytesThatAreNotTheTaskAskedForAreRefused() throws IOException {
    PlanIndex index = PlanFiles.write(fs(), work(), plan(3)).index();

    IOException e = assertThrows(IOException.class,
        () -> PlanFiles.readTask(fs(), work(), 2, index.offset(1), index.length(1)));

    assertTrue(e.getMessage().contains("holds task 1, not task 2"), e.getMessage());
  }

  @Test
  void aRangePastTheEndOfThePlanIsRefused() throws IOException {
    PlanIndex index = PlanFiles.write(fs(), work(), plan(3)).index();

    IOException e = assertThrows(IOException.class,
        () -> PlanFiles.readTask(fs(), work(), 2, index.offset(2), index.length(2) + 100));

    assertTrue(e.getMessage().contains("ends before the"), e.getMessage());
  }

  @Test
  void theIndexRefusesATaskItDoesNotHave() {
    PlanIndex index = new PlanIndex(new long[] {0, 10, 25});

    assertEquals(15, index.length(1));
    assertEquals("task 2 is not in the plan, which has 2 tasks (0 to 1)",
        assertThrows(IllegalArgumentException.class, () -> index.offset(2)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new PlanIndex(new long[] {0, 10, 10}));
  }
}
