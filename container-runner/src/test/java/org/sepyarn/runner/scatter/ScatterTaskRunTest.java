package org.sepyarn.runner.scatter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.scatter.ScatterLayout;
import org.sepyarn.runner.spec.ScatterPlan;
import org.sepyarn.runner.spec.WorkLayout;

class ScatterTaskRunTest {
  private static final Hypercube CUBE = Hypercube.ofLengths(50, 7, 9);
  /** Chunks of 40 and 12 bytes cut the input's rows (of 50 samples here) and the windows' rows. */
  private static final int[] CHUNK_BYTES = {12, 40, ScatterTaskRun.CHUNK_BYTES};
  private static final int TASKS = 5;

  @TempDir
  Path tmp;

  private static List<Window> windows(String... windows) {
    return Arrays.stream(windows).map(Window::parse).toList();
  }

  private WorkLayout work(String name) {
    return new WorkLayout(ScatterPlans.path(tmp.resolve(name)));
  }

  /** Runs every scatter task of {@code plan} as its attempt 1; asserts each commits. */
  private static void runAll(WorkLayout work, ScatterPlan plan, int chunkBytes) throws IOException {
    for (int k = 0; k < plan.tasks().size(); k++) {
      assertTrue(new ScatterTaskRun(ScatterPlans.CONF, work, plan.task(k), plan.taskIndex(k), 1, chunkBytes)
          .run(p -> { }), "scatter task " + k + " commits");
    }
  }

  /**
   * Scatters {@code cube} for {@code readers} in slabs of about {@code bytesPerSlab}, with chunks of
   * each of {@code chunkSizes} bytes, and asserts every reader's parts make its window.
   */
  private void assertPartsMakeEachWindow(Hypercube cube, ElementFormat format, List<Window> readers,
      long bytesPerSlab, int... chunkSizes) throws IOException {
    org.apache.hadoop.fs.Path source = ScatterPlans.write(tmp.resolve("in.H"), cube, format, 0.5);
    ScatterLayout layout = ScatterLayout.of(cube, format.esize(), readers, bytesPerSlab);
    assertTrue(layout.slabs().size() > 1, "the test cuts the input in several slabs: " + layout.slabs());
    ScatterPlan plan = ScatterPlans.of(source, layout, TASKS);
    for (int chunkBytes : chunkSizes) {
      WorkLayout work = work("work-" + chunkBytes);

      runAll(work, plan, chunkBytes);

      for (int r = 0; r < readers.size(); r++) {
        assertArrayEquals(ScatterPlans.readWindow(source, readers.get(r)),
            ScatterPlans.concatenatedParts(work, plan, layout, r),
            "reader " + r + " " + readers.get(r) + ", chunks of " + chunkBytes + " bytes, slabs " + layout.slabs());
      }
    }
  }

  @Test
  void theSlabsOfASplitAlongAxis1GiveEachReaderItsWindow() throws Exception {
    assertPartsMakeEachWindow(CUBE, ElementFormat.XDR_FLOAT, windows("[0:17,0:7,0:9]", "[17:34,0:7,0:9]",
        "[34:50,0:7,0:9]"), 2000, CHUNK_BYTES);
  }

  @Test
  void overlappingPatchesAlongAxes1And3GetTheirSharedSamplesEach() throws Exception {
    assertPartsMakeEachWindow(CUBE, ElementFormat.XDR_FLOAT, windows("[0:30,0:7,0:5]", "[20:50,0:7,0:5]",
        "[0:30,0:7,4:9]", "[20:50,0:7,4:9]"), 3000, CHUNK_BYTES);
  }

  @Test
  void doubleSamplesAndATrailingUnitAxisAreScatteredAlongAxis2() throws Exception {
    Hypercube cube = Hypercube.ofLengths(50, 7, 1);
    List<Window> readers = windows("[0:26,0:4,0:1]", "[24:50,0:4,0:1]", "[3:47,3:7,0:1]");
    assertEquals(2, ScatterLayout.of(cube, 8, readers, 800).axis());

    assertPartsMakeEachWindow(cube, ElementFormat.NATIVE_DOUBLE, readers, 800, CHUNK_BYTES);
  }

  @Test
  void moreReadersThanOpenPartsAreWrittenInGroupsAndAllGetTheirWindow() throws Exception {
    Hypercube cube = Hypercube.ofLengths(80, 3, 4);
    List<Window> readers = new ArrayList<>();
    for (int r = 0; r < 40; r++) {
      readers.add(Window.parse("[" + 2 * r + ":" + (2 * r + 2) + ",0:3,0:4]"));
    }
    assertTrue(readers.size() > ScatterTaskRun.OPEN_PARTS);

    assertPartsMakeEachWindow(cube, ElementFormat.XDR_FLOAT, readers, 2000, 40);
  }

  /** The names of the files in a folder, checksum files left out. */
  private static Set<String> names(FileSystem fs, org.apache.hadoop.fs.Path folder) throws IOException {
    Set<String> names = new TreeSet<>();
    for (FileStatus s : fs.listStatus(folder)) {
      if (!s.getPath().getName().startsWith(".")) {
        names.add(s.getPath().getName());
      }
    }
    return names;
  }

  @Test
  void aCommittedTaskHasExactlyItsPartsAndNoAttemptFolderLeft() throws Exception {
    org.apache.hadoop.fs.Path source = ScatterPlans.write(tmp.resolve("in.H"), CUBE, ElementFormat.XDR_FLOAT, 0);
    ScatterLayout layout = ScatterLayout.of(CUBE, 4, windows("[0:25,0:7,0:9]", "[25:50,0:7,0:9]"), 4000);
    ScatterPlan plan = ScatterPlans.of(source, layout, TASKS);
    WorkLayout work = work("work");
    FileSystem fs = work.root().getFileSystem(ScatterPlans.CONF);
    int task = plan.taskIndex(1);
    fs.mkdirs(work.attempt(task, 1));
    fs.create(new org.apache.hadoop.fs.Path(work.attempt(task, 1), "part-7")).close();
    List<Double> progress = new ArrayList<>();

    assertTrue(new ScatterTaskRun(ScatterPlans.CONF, work, plan.task(1), task, 1, 40).run(progress::add));

    assertEquals(Set.of("part-0", "part-1"), names(fs, work.pieces(task)), "a folder left by an earlier try is"
        + " replaced");
    assertFalse(fs.exists(work.attempt(task, 1)));
    assertEquals(1.0, progress.get(progress.size() - 1));
  }

  @Test
  void aSecondAttemptOfACommittedTaskReturnsFalseAndLeavesItsPartsAlone() throws Exception {
    java.nio.file.Path header = tmp.resolve("in.H");
    org.apache.hadoop.fs.Path source = ScatterPlans.write(header, CUBE, ElementFormat.XDR_FLOAT, 0.5);
    List<Window> readers = windows("[0:25,0:7,0:9]", "[25:50,0:7,0:9]");
    ScatterLayout layout = ScatterLayout.of(CUBE, 4, readers, 20_000);
    assertEquals(1, layout.slabs().size());
    ScatterPlan plan = ScatterPlans.of(source, layout, TASKS);
    WorkLayout work = work("work");
    int task = plan.taskIndex(0);
    assertTrue(new ScatterTaskRun(ScatterPlans.CONF, work, plan.task(0), task, 1).run(p -> { }));
    byte[] first = ScatterPlans.concatenatedParts(work, plan, layout, 1);
    ScatterPlans.write(header, CUBE, ElementFormat.XDR_FLOAT, 1000.5);

    boolean committed = new ScatterTaskRun(ScatterPlans.CONF, work, plan.task(0), task, 2).run(p -> { });

    assertFalse(committed);
    assertArrayEquals(first, ScatterPlans.concatenatedParts(work, plan, layout, 1));
    assertFalse(Arrays.equals(first, ScatterPlans.readWindow(source, readers.get(1))), "a new run would differ");
    FileSystem fs = work.root().getFileSystem(ScatterPlans.CONF);
    assertFalse(fs.exists(work.attempt(task, 2)));
    assertFalse(fs.exists(new org.apache.hadoop.fs.Path(work.pieces(task), work.attempt(task, 2).getName())));
  }

  @Test
  void anAttemptThatAnotherCommitsBeforeItReturnsFalseAndDropsItsOwnParts() throws Exception {
    org.apache.hadoop.fs.Path source = ScatterPlans.write(tmp.resolve("in.H"), CUBE, ElementFormat.XDR_FLOAT, 0.5);
    ScatterLayout layout = ScatterLayout.of(CUBE, 4, windows("[0:25,0:7,0:9]", "[25:50,0:7,0:9]"), 20_000);
    ScatterPlan plan = ScatterPlans.of(source, layout, TASKS);
    WorkLayout work = work("work");
    FileSystem fs = work.root().getFileSystem(ScatterPlans.CONF);
    int task = plan.taskIndex(0);
    byte[] other = {1, 2, 3};
    boolean[] done = {false};

    boolean committed = new ScatterTaskRun(ScatterPlans.CONF, work, plan.task(0), task, 2, 40).run(p -> {
      if (!done[0]) {
        done[0] = true;
        try (var out = fs.create(work.piece(task, "part-0"))) {
          out.write(other);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    });

    assertFalse(committed);
    assertEquals(Set.of("part-0"), names(fs, work.pieces(task)));
    try (var in = fs.open(work.piece(task, "part-0"))) {
      assertArrayEquals(other, in.readAllBytes());
    }
    assertFalse(fs.exists(work.attempt(task, 2)));
  }
}
