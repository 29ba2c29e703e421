package org.sepyarn.am.locality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.am.locality.BlockMapTest.block;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.BlockLocation;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.am.plan.JobPlanner;
import org.sepyarn.am.schedule.TaskPreference;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.runner.spec.Plan;

class LocalityPlannerTest {
  @TempDir
  java.nio.file.Path tmp;

  private final HostNames names = new HostNames(null, h -> Optional.empty(), a -> false);
  private final List<Path> asked = new ArrayList<>();

  /** A 100 x 40 float dataset (16,000 bytes) whose binary is four blocks of 4,000 bytes on hosts 3b..3b+2. */
  private Dataset dataset() throws IOException {
    java.nio.file.Path binary = tmp.resolve("in.H@");
    Files.write(binary, new byte[100 * 40 * 4]);
    java.nio.file.Path header = tmp.resolve("in.H");
    Files.writeString(header, "n1=100 n2=40 esize=4 data_format=\"xdr_float\" in=\"" + binary + "\"\n");
    return Dataset.open(new Path(header.toUri()), new Configuration());
  }

  private Optional<BlockLocation[]> blocks(Path file, long length) {
    asked.add(file);
    assertEquals(16_000, length);
    BlockLocation[] b = new BlockLocation[4];
    for (int i = 0; i < 4; i++) {
      b[i] = block(4000L * i, 4000, 3 * i, 3 * i + 1, 3 * i + 2);
    }
    return Optional.of(b);
  }

  private List<TaskPreference> plan(int axis, int tasks) throws IOException {
    Dataset in = dataset();
    String source = in.header().toString();
    String json = "{\"name\": \"j\", \"program\": {\"command\": [\"Cp\"]}, \"tasks\": " + tasks + ", \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"" + source + "\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": "
        + axis + "}}},"
        + "{\"tag\": \">\", \"path\": \"/out.H\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": "
        + axis + "}}}]}";
    Plan plan = JobPlanner.plan(JobSpec.parse(json, "test"), Map.of(source, in.cube()), p -> p).tasks();
    return LocalityPlanner.plan(plan, Map.of(source, in), this::blocks, names);
  }

  @Test
  void eachSlowAxisPieceOfASplitPrefersTheHostsOfItsOwnBlock() throws IOException {
    List<TaskPreference> prefs = plan(2, 4);

    for (int t = 0; t < 4; t++) {
      assertEquals(java.util.Set.of("h" + 3 * t, "h" + (3 * t + 1), "h" + (3 * t + 2)),
          java.util.Set.copyOf(prefs.get(t).hosts()), "task " + t);
      assertEquals(List.of("/r" + t), prefs.get(t).racks(), "task " + t);
    }
    assertEquals(1, asked.size(), "one block listing per binary file, whatever the number of tasks");
  }

  @Test
  void aFastAxisPieceReadsFromEveryBlockAlikeAndPrefersAllTheirHosts() throws IOException {
    List<TaskPreference> prefs = plan(1, 4);

    for (TaskPreference p : prefs) {
      assertEquals(8, p.hosts().size(), "at most " + LocalityWeights.MAX_HOSTS + " of the 12 equal hosts: " + p);
    }
  }

  @Test
  void aFileSystemThatSaysNothingMakesNoPreference() throws IOException {
    Dataset in = dataset();
    String source = in.header().toString();
    String json = "{\"name\": \"j\", \"program\": {\"command\": [\"Cp\"]}, \"tasks\": 2, \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"" + source + "\", \"usage\": \"input\", \"distribute\": \"copy\"}]}";
    Plan plan = JobPlanner.plan(JobSpec.parse(json, "test"), Map.of(source, in.cube()), p -> p).tasks();

    List<TaskPreference> prefs = LocalityPlanner.plan(plan, Map.of(source, in), (f, n) -> Optional.empty(), names);

    assertTrue(prefs.stream().allMatch(TaskPreference::isNone));
  }

  @Test
  void tasksWithTheSamePreferenceShareOneObject() throws IOException {
    Dataset in = dataset();
    String source = in.header().toString();
    String json = "{\"name\": \"j\", \"program\": {\"command\": [\"Cp\"]}, \"tasks\": 3, \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"" + source + "\", \"usage\": \"input\", \"distribute\": \"copy\"}]}";
    Plan plan = JobPlanner.plan(JobSpec.parse(json, "test"), Map.of(source, in.cube()), p -> p).tasks();

    List<TaskPreference> prefs = LocalityPlanner.plan(plan, Map.of(source, in), this::blocks, names);

    assertEquals(8, prefs.get(0).hosts().size());
    assertTrue(prefs.get(0) == prefs.get(1) && prefs.get(1) == prefs.get(2));
  }
}
