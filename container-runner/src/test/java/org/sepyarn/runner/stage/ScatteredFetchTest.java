package org.sepyarn.runner.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.scatter.ScatterLayout;
import org.sepyarn.runner.scatter.ScatterPlans;
import org.sepyarn.runner.scatter.ScatterTaskRun;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.ScatterPlan;
import org.sepyarn.runner.spec.ScatteredInput;
import org.sepyarn.runner.spec.TaskFile;
import org.sepyarn.runner.spec.TaskSpec;

/** A task's input read as the parts scatter tasks committed of its window, in a "cluster" on the local file system. */
class ScatteredFetchTest {
  private static final Hypercube CUBE = Hypercube.of(new Axis(11, 0, 0.004, "time", "s"), new Axis(5, 100, 25),
      new Axis(6, 1, 1));
  private static final List<Window> READERS = List.of(Window.parse("[0:7,0:5,0:4]"), Window.parse("[4:11,1:4,2:6]"));
  private static final int TASKS = 2;

  @TempDir
  Path tmp;

  private Contexts dirs;
  private org.apache.hadoop.fs.Path source;
  private ScatterLayout layout;
  private ScatterPlan plan;

  @BeforeEach
  void scatter() throws IOException {
    dirs = new Contexts(tmp);
    source = TestDatasets.write(tmp.resolve("source.H").toFile(), CUBE, TestDatasets.ramp(CUBE, 0.5f));
    layout = ScatterLayout.of(CUBE, 4, READERS, 400);
    plan = ScatterPlans.of(source, layout, TASKS);
    for (int k = 0; k < plan.tasks().size(); k++) {
      new ScatterTaskRun(TestDatasets.CONF, dirs.work, plan.task(k), plan.taskIndex(k), 1).run(p -> { });
    }
  }

  private TaskFile plain(int reader, String localName) {
    return new TaskFile("<", FileRole.INPUT, localName, source.toString(), READERS.get(reader).toString());
  }

  private TaskFile scattered(int reader, String localName) {
    return plain(reader, localName).scatteredFrom(new ScatteredInput(ScatterPlans.tasksOf(plan, layout, reader),
        ScatterPlans.partName(reader)));
  }

  private static TaskSpec task(TaskFile... files) {
    return new TaskSpec(1, List.of("prog"), null, null, null, List.of(files));
  }

  private org.apache.hadoop.fs.Path local(String name) {
    return TestDatasets.path(new File(dirs.workDir, name));
  }

  @Test
  void aScatteredInputIsTheDatasetThePlainFetchOfItsWindowGives() throws Exception {
    assertTrue(layout.slabsOf(1).size() > 1, "the window is in several parts: " + layout.slabs());
    for (int r = 0; r < READERS.size(); r++) {
      FetchInputs.run(dirs.of(task(scattered(r, "f0-in.H"), plain(r, "f1-plain.H"))));

      Dataset fetched = Dataset.open(local("f0-in.H"), TestDatasets.CONF);
      assertEquals(Dataset.open(local("f1-plain.H"), TestDatasets.CONF).cube(), fetched.cube());
      assertEquals(CUBE.window(READERS.get(r)), fetched.cube());
      assertArrayEquals(TestDatasets.readAll(local("f1-plain.H")), TestDatasets.readAll(local("f0-in.H")),
          "reader " + r);
      assertArrayEquals(TestDatasets.readWindow(source, READERS.get(r)), TestDatasets.readAll(local("f0-in.H")));
      assertEquals(READERS.get(r).toString(), fetched.history().getString("sepyarn_window", null));
      assertEquals(source.toString(), fetched.history().getString("sepyarn_source", null));
    }
  }

  @Test
  void aMissingPartIsNamed() throws Exception {
    int holder = ScatterPlans.tasksOf(plan, layout, 1).get(1);
    org.apache.hadoop.fs.Path part = dirs.work.piece(holder, "part-1");
    assertTrue(TestDatasets.local().delete(part, false));

    StageFailure f = assertThrows(StageFailure.class, () -> FetchInputs.run(dirs.of(task(scattered(1, "f0-in.H")))));

    assertTrue(f.getMessage().startsWith("cannot fetch input < " + source + " window " + READERS.get(1) + ": part "
        + part + " is missing: scatter task " + holder + " has not committed it"), f.getMessage());
  }

  /** Replaces reader {@code reader}'s part in slab {@code slab} with {@code bytes} zero bytes. */
  private org.apache.hadoop.fs.Path replacePart(int reader, int slab, int bytes) throws IOException {
    org.apache.hadoop.fs.Path part = dirs.work.piece(plan.taskIndex(slab), ScatterPlans.partName(reader));
    try (FSDataOutputStream out = TestDatasets.local().create(part, true)) {
      out.write(new byte[bytes]);
    }
    return part;
  }

  @Test
  void aPartShorterThanItsShareFailsSayingTheBytesDisagree() throws Exception {
    int slab = layout.slabsOf(1).get(0);
    long share = layout.parts(slab).stream().filter(p -> p.reader() == 1).findFirst().orElseThrow().window()
        .elementCount() * 4;
    replacePart(1, slab, (int) share - 4);

    StageFailure f = assertThrows(StageFailure.class, () -> FetchInputs.run(dirs.of(task(scattered(1, "f0-in.H")))));

    long expected = READERS.get(1).elementCount() * 4;
    assertTrue(f.getMessage().endsWith("hold " + (expected - 4) + " bytes, not " + expected + ": the scatter plan and"
        + " the task's plan disagree"), f.getMessage());
  }

  @Test
  void aPartLongerThanWhatIsLeftOfTheWindowFailsNamingIt() throws Exception {
    int last = layout.slabsOf(1).get(layout.slabsOf(1).size() - 1);
    org.apache.hadoop.fs.Path part = replacePart(1, last, (int) READERS.get(1).elementCount() * 4);

    StageFailure f = assertThrows(StageFailure.class, () -> FetchInputs.run(dirs.of(task(scattered(1, "f0-in.H")))));

    assertTrue(f.getMessage().contains("part " + part + " holds " + READERS.get(1).elementCount() * 4
        + " bytes, more than the "), f.getMessage());
  }
}
