package org.sepyarn.am.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.scatter.ScatterRule;
import org.sepyarn.runner.spec.Plan;
import org.sepyarn.runner.spec.ScatterPart;
import org.sepyarn.runner.spec.ScatterTaskSpec;
import org.sepyarn.runner.spec.TaskFile;

class ScatterPlannerTest {
  /** Scatters runs under 1 KiB of windows of at least 100 runs, about 40,000 bytes a scatter task. */
  private static final ScatterRule RULE = new ScatterRule(1024, 100, 40_000);

  @TempDir
  java.nio.file.Path tmp;

  /** A 100 x 200 float dataset: 80,000 bytes, rows of 400 bytes. */
  private Dataset dataset() throws IOException {
    java.nio.file.Path binary = tmp.resolve("in.H@");
    Files.write(binary, new byte[100 * 200 * 4]);
    java.nio.file.Path header = tmp.resolve("in.H");
    Files.writeString(header, "n1=100 n2=200 esize=4 data_format=\"xdr_float\" in=\"" + binary + "\"\n");
    return Dataset.open(new Path(header.toUri()), new Configuration());
  }

  private Plan plan(Dataset in, String distribute, int tasks) {
    String source = in.header().toString();
    String json = "{\"name\": \"j\", \"program\": {\"command\": [\"Cp\"]}, \"tasks\": " + tasks + ", \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"" + source + "\", \"usage\": \"input\", \"distribute\": " + distribute + "},"
        + "{\"tag\": \">\", \"path\": \"/out.H\", \"usage\": \"output\", \"distribute\": " + distribute + "}]}";
    return JobPlanner.plan(JobSpec.parse(json, "test"), Map.of(source, in.cube()), p -> p).tasks();
  }

  @Test
  void aFastAxisSplitIsScatteredBySlabsAndEachTaskReadsItsParts() throws IOException {
    Dataset in = dataset();
    Plan plan = plan(in, "{\"split\": {\"axis\": 1}}", 4);

    ScatterPlanner.Scattering s = ScatterPlanner.plan(plan, Map.of(in.header().toString(), in), RULE);

    assertEquals(4, s.scatters().taskCount());
    assertEquals(2, s.scatters().tasks().size(), "80,000 bytes at about 40,000 a scatter task");
    for (ScatterTaskSpec scatter : s.scatters().tasks()) {
      assertEquals(in.header().toString(), scatter.source());
      assertEquals(List.of("part-0", "part-1", "part-2", "part-3"),
          scatter.parts().stream().map(ScatterPart::name).toList());
    }
    assertEquals("[0:100,0:100]", s.scatters().task(0).slab());
    assertEquals("[0:25,0:100]", s.scatters().task(0).parts().get(0).window());
    for (int t = 0; t < 4; t++) {
      TaskFile input = s.tasks().tasks().get(t).files().get(0);
      assertEquals(List.of(4, 5), input.scattered().scatterTasks(), "task " + t);
      assertEquals("part-" + t, input.scattered().partName());
      assertEquals(plan.tasks().get(t).files().get(0).window(), input.window(), "the window stays, for the header");
      assertNull(s.tasks().tasks().get(t).files().get(1).scattered(), "outputs are not scattered");
    }
    assertEquals(6, s.scatters().tasksBeforeMerge());
  }

  @Test
  void eachPartIsItsTasksWindowInsideTheSlab() throws IOException {
    Dataset in = dataset();
    Plan plan = plan(in, "{\"patch\": {\"blocks\": [3, 2], \"overlap\": [4, 6]}}", 6);

    ScatterPlanner.Scattering s = ScatterPlanner.plan(plan, Map.of(in.header().toString(), in), RULE);

    for (ScatterTaskSpec scatter : s.scatters().tasks()) {
      Window slab = Window.parse(scatter.slab());
      for (ScatterPart part : scatter.parts()) {
        int task = Integer.parseInt(part.name().substring("part-".length()));
        Window window = Window.parse(plan.tasks().get(task).files().get(0).window());
        assertEquals(window.intersect(slab).orElseThrow(), Window.parse(part.window()));
      }
    }
    long partSamples = s.scatters().tasks().stream().flatMap(t -> t.parts().stream())
        .mapToLong(p -> Window.parse(p.window()).elementCount()).sum();
    long windowSamples = plan.tasks().stream().mapToLong(t -> Window.parse(t.files().get(0).window()).elementCount())
        .sum();
    assertEquals(windowSamples, partSamples, "overlaps go to every task reading them");
  }

  @Test
  void longRunsACopiedInputOrOneTaskLeaveThePlanAsItIs() throws IOException {
    Dataset in = dataset();
    Map<String, Dataset> datasets = Map.of(in.header().toString(), in);
    for (String distribute : List.of("{\"split\": {\"axis\": 2}}", "\"copy\"")) {
      Plan plan = plan(in, distribute, 4);
      ScatterPlanner.Scattering s = ScatterPlanner.plan(plan, datasets, RULE);
      assertSame(plan, s.tasks(), distribute);
      assertTrue(s.scatters().isEmpty(), distribute);
    }
    Plan one = plan(in, "{\"split\": {\"axis\": 1}}", 1);
    assertTrue(ScatterPlanner.plan(one, datasets, RULE).scatters().isEmpty());
    Plan fast = plan(in, "{\"split\": {\"axis\": 1}}", 4);
    assertTrue(ScatterPlanner.plan(fast, datasets, new ScatterRule(0, 1, 1)).scatters().isEmpty(), "0 never scatters");
    assertTrue(ScatterPlanner.plan(fast, datasets, new ScatterRule(1024, 201, 1)).scatters().isEmpty(),
        "200 runs a task, fewer than asked");
  }

  @Test
  void settingsComeFromTheConfigurationAndBadOnesNameTheirKey() {
    Configuration conf = new Configuration(false);
    assertEquals(ScatterRule.defaults(), ScatterSettings.rule(conf));
    conf.setLong(ScatterSettings.MAX_RUN_BYTES, 0);
    conf.setLong(ScatterSettings.TASK_BYTES, 5);
    assertEquals(new ScatterRule(0, ScatterRule.DEFAULT_MIN_RUNS, 5), ScatterSettings.rule(conf));
    conf.setLong(ScatterSettings.MIN_RUNS, 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScatterSettings.rule(conf));
    assertTrue(e.getMessage().contains(ScatterSettings.MIN_RUNS + "=0"), e.getMessage());
  }
}
