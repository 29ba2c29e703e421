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
      specs.add(new TaskSpec(i, List.of("/opt/sep/bin/Smooth"), List.of("rect1=5"), List.of("n=" + i), Map.of(),
          List.of(new TaskFile("<", FileRole.INPUT, "f0-in.H", "hdfs://nn/data/in.H", "[0:10," + i + ":" + (i + 1)
              + "]"))));
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
  void everyTaskIsReadBackFromItsOwnChunkWithTheJobsSettings() throws IOException {
    Plan plan = plan(2 * PlanFiles.TASKS_PER_CHUNK + 7);

    PlanFiles.Written written = PlanFiles.write(fs(), work(), plan);

    assertEquals(4, written.files());
    for (int task : new int[] {0, PlanFiles.TASKS_PER_CHUNK - 1, PlanFiles.TASKS_PER_CHUNK, plan.tasks().size() - 1}) {
      PlanChunk chunk = PlanFiles.readChunkOf(fs(), work(), task);
      assertEquals(plan.task(task), chunk.task(task));
      assertEquals(60_000, chunk.taskTimeoutMillis());
      assertEquals(List.of("restart=y", "cp=x"), chunk.resumeArgs("x"));
      assertEquals(plan.tasks().size(), chunk.taskCount());
    }
    assertEquals(7, PlanFiles.readChunkOf(fs(), work(), plan.tasks().size() - 1).tasks().size());
  }

  @Test
  void theSummaryCountsTheTasksAndTheChunks() throws IOException {
    PlanFiles.write(fs(), work(), plan(PlanFiles.TASKS_PER_CHUNK + 1));

    PlanSummary summary = PlanFiles.readSummary(fs(), work());

    assertEquals(new PlanSummary("smooth", PlanFiles.TASKS_PER_CHUNK + 1, PlanFiles.TASKS_PER_CHUNK), summary);
    assertEquals(2, summary.chunkCount());
  }

  @Test
  void aChunkStaysSmallWhateverTheTaskCount() throws IOException {
    PlanFiles.Written written = PlanFiles.write(fs(), work(), plan(10 * PlanFiles.TASKS_PER_CHUNK));

    assertTrue(written.largestChunkBytes() < written.bytes() / 5, written.toString());
  }

  @Test
  void noTemporaryFileIsLeftBehind() throws IOException {
    PlanFiles.write(fs(), work(), plan(3));
    PlanFiles.write(fs(), work(), plan(3));

    for (var status : fs().listStatus(work().planFolder())) {
      assertFalse(status.getPath().getName().startsWith("."), status.getPath().toString());
    }
  }

  @Test
  void aTaskOutsideThePlanIsRefusedNamingTheRange() throws IOException {
    PlanFiles.write(fs(), work(), plan(3));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PlanFiles.readChunkOf(fs(), work(), 3));

    assertEquals("task 3 is not in the plan of job smooth, which has 3 tasks (0 to 2)", e.getMessage());
  }

  @Test
  void aChunkDoesNotHandOutAnotherChunksTask() {
    PlanChunk chunk = plan(5).chunk(1, 2);

    assertEquals(2, chunk.first());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> chunk.task(4));
    assertEquals("task 4 is not in this part of the plan of job smooth, which holds tasks 2 to 3 of 5", e.getMessage());
  }

  @Test
  void aChunkWhoseTasksAreOutOfOrderIsRefused() {
    TaskSpec t = plan(1).task(0);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new PlanChunk("j", 0, null, null, 5, 3, List.of(t)));

    assertEquals("plan chunk starting at task 3 lists task 0 at position 0", e.getMessage());
  }
}
