package org.sepyarn.formats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.AxisPatching;
import org.sepyarn.formats.geometry.AxisSplit;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * The client's check of a job against its inputs accepts exactly the cuts the ApplicationMaster's
 * geometry can make: over every small axis length and setting, one passes if and only if the other does.
 */
class ShapeCheckAgreesWithGeometryTest {
  private static final int MAX_N = 24;
  private static final String IN = "/d/in.H";

  private static final JobSpec BASE = JobTexts.parse("{'program': {'command': ['x']}, 'tasks': 1}");

  private static boolean jobFits(Distribution distribute, int tasks, Hypercube cube) {
    FileSpec input = new FileSpec(FileTag.STDIN, IN, Usage.INPUT, distribute);
    JobSpec spec = BASE;
    JobSpec job = new JobSpec(spec.name(), spec.queue(), spec.priority(), spec.program(), List.of(input),
        new TaskList.Count(tasks), spec.maxRunning(), spec.resources(), spec.maxAttempts(), spec.taskTimeout(),
        spec.heartbeatTimeout(), spec.restart(), spec.overwrite(), spec.tags());
    try {
      job.checkAgainst(Map.of(IN, cube));
      return true;
    } catch (JobValidationException e) {
      return false;
    }
  }

  private static boolean geometryAccepts(Runnable cut) {
    try {
      cut.run();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Test
  void splitsAgree() {
    for (int n = 1; n <= MAX_N; n++) {
      Hypercube cube = Hypercube.ofLengths(7, n);
      for (int axis = 1; axis <= 3; axis++) {
        for (int tasks = 1; tasks <= MAX_N + 1; tasks++) {
          int a = axis;
          int t = tasks;
          assertEquals(geometryAccepts(() -> AxisSplit.of(cube, a, t)), jobFits(new Split(a), t, cube),
              "n=" + n + " axis=" + a + " tasks=" + t);
        }
      }
    }
  }

  @Test
  void sepPatchesAgree() {
    for (int n = 1; n <= MAX_N; n++) {
      Hypercube cube = Hypercube.ofLengths(n);
      for (int blocks = 1; blocks <= n + 1; blocks++) {
        for (int overlap = 0; overlap <= n + 1; overlap++) {
          int b = blocks;
          int o = overlap;
          assertEquals(geometryAccepts(() -> AxisPatching.sep(cube, 1, b, o)),
              jobFits(BlockPatch.of(List.of(b), List.of(o)), b, cube), "n=" + n + " blocks=" + b + " overlap=" + o);
        }
      }
    }
  }

  @Test
  void claerboutPatchesAgree() {
    for (int n = 1; n <= MAX_N; n++) {
      Hypercube cube = Hypercube.ofLengths(n);
      for (int size = 1; size <= n + 1; size++) {
        for (int count = 1; count <= n + 1; count++) {
          int w = size;
          int c = count;
          assertEquals(geometryAccepts(() -> AxisPatching.claerbout(cube, 1, w, c)),
              jobFits(WindowPatch.of(List.of(w), List.of(c)), c, cube), "n=" + n + " size=" + w + " count=" + c);
        }
      }
    }
  }

  @Test
  void patchesAlongAMissingAxisAgree() {
    Hypercube cube = Hypercube.ofLengths(10);
    assertEquals(geometryAccepts(() -> AxisPatching.sep(cube, 2, 1, 0)),
        jobFits(new BlockPatch(List.of(2), List.of(1), List.of(0)), 1, cube));
    assertEquals(geometryAccepts(() -> AxisPatching.claerbout(cube, 2, 1, 1)),
        jobFits(new WindowPatch(List.of(2), List.of(1), List.of(1)), 1, cube));
  }
}
