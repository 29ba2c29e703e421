package org.sepyarn.runner.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sepyarn.runner.spec.MergeTaskSpec.MergeKind;

class MergePlanTest {
  private static MergeSlab slab(int k, int from, int to) {
    return new MergeSlab(k, 2, from, to, (to - from) * 40L, "hdfs://nn/out/.o.H.sepyarn-job-slab" + k + "@");
  }

  private static MergePlan plan() {
    MergeTaskSpec blend = new MergeTaskSpec(0, 1, MergeKind.BLEND, 0, new int[] {10, 6}, List.of("[0:6,0:4]",
        "[4:10,0:4]", "[0:6,2:6]", "[4:10,2:6]"), "out1.H", 4, "hdfs://nn/out/o.H", List.of(slab(1, 3, 6)));
    MergeTaskSpec first = new MergeTaskSpec(1, 1, MergeKind.BLEND, 0, new int[] {10, 6}, blend.placements(),
        "out1.H", 4, "hdfs://nn/out/o.H", List.of(slab(0, 0, 3)));
    MergeTaskSpec sum = new MergeTaskSpec(2, 2, MergeKind.SUM, 0, null, null, "out2.H", 4, "hdfs://nn/out/s.H",
        List.of(slab(0, 0, 6)));
    return new MergePlan(4, List.of(blend, first, sum));
  }

  @Test
  void aPlanRoundTripsThroughItsJson() throws Exception {
    MergePlan plan = plan();
    byte[] json = PlanCodec.write(plan);
    MergePlan back = PlanCodec.read(json, MergePlan.class);
    assertEquals(plan.taskCount(), back.taskCount());
    assertEquals(plan.tasks().size(), back.tasks().size());
    for (int k = 0; k < plan.tasks().size(); k++) {
      MergeTaskSpec a = plan.tasks().get(k);
      MergeTaskSpec b = back.tasks().get(k);
      assertEquals(a.slabs(), b.slabs());
      assertEquals(a.placements(), b.placements());
      assertArrayEquals(a.outputLengths(), b.outputLengths());
      assertEquals(a.kind(), b.kind());
      assertEquals(a.describe(), b.describe());
    }
  }

  @Test
  void theSlabsOfAnOutputComeInSlabOrderWhateverTaskWritesThem() {
    List<MergeSlab> slabs = plan().slabsOf(1).orElseThrow();
    assertEquals(List.of(0, 1), slabs.stream().map(MergeSlab::number).toList());
    assertTrue(plan().slabsOf(0).isEmpty());
    assertEquals(4 + 2, org.sepyarn.runner.merge.MergeAttempt.taskIndex(plan(), 2));
  }

  @Test
  void anAttemptWritesBesideTheSlabUnderAHiddenAttemptScopedName() {
    assertEquals("hdfs://nn/out/.o.H.sepyarn-job-slab1-a3@", slab(1, 3, 6).attemptFile(3));
  }

  @Test
  void badPlansAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new MergePlan(4, List.of(plan().tasks().get(2))));
    assertThrows(IllegalArgumentException.class, () -> new MergeTaskSpec(0, 1, MergeKind.BLEND, 0, new int[] {10},
        List.of("[0:10]"), "o.H", 2, "o.H", List.of(slab(0, 0, 1))));
    assertThrows(IllegalArgumentException.class, () -> new MergeTaskSpec(0, 1, MergeKind.SUM, 0, null, null, "o.H",
        2, "o.H", List.of()));
    assertThrows(IllegalArgumentException.class, () -> plan().task(3));
    assertThrows(IllegalArgumentException.class, () -> new MergeSlab(0, 2, 3, 3, 40, "f@"));
  }
}
