package org.sepyarn.formats.irregular;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IrregularPlannerTest {
  /** The documented rule, written independently of KeyBlocks: equal widths over [min, max], widened by the overlap. */
  private static boolean inWidenedBlock(double v, double min, double max, int count, int j, double overlap) {
    double start = j == 0 ? min : min + (max - min) * j / count;
    double end = j == count - 1 ? max : min + (max - min) * (j + 1) / count;
    boolean last = j == count - 1;
    return v >= start - overlap && (v < end + overlap || (last && v <= end + overlap));
  }

  @Test
  void everyRecordLandsInExactlyTheBlocksWhoseWidenedRangesHoldItsKeys() {
    Random random = new Random(14);
    for (int trial = 0; trial < 300; trial++) {
      int rank = 1 + random.nextInt(3);
      int records = random.nextInt(400);
      double[][] values = new double[rank][records];
      int[] blocks = new int[rank];
      double[] overlap = new double[rank];
      List<String> names = new ArrayList<>();
      for (int k = 0; k < rank; k++) {
        names.add("key" + k);
        blocks[k] = 1 + random.nextInt(6);
        double origin = random.nextGaussian() * 1000;
        double spread = random.nextBoolean() ? random.nextDouble() * 5000 : 1 + random.nextInt(40);
        boolean integers = random.nextBoolean();
        for (int r = 0; r < records; r++) {
          double v = origin + spread * Math.pow(random.nextDouble(), 1 + random.nextInt(3));
          values[k][r] = integers ? Math.rint(v) : v;
        }
        overlap[k] = random.nextInt(4) == 0 ? 0 : random.nextDouble() * spread / blocks[k];
      }
      IrregularPlan plan = IrregularPlanner.plan(names, values, blocks, overlap);
      int total = 1;
      for (int b : blocks) {
        total *= b;
      }
      assertEquals(total, plan.blockCount());
      for (int k = 0; k < rank; k++) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values[k]) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
        if (records > 0) {
          assertEquals(min, plan.keys().get(k).min());
          assertEquals(max, plan.keys().get(k).max());
        }
      }
      for (IrregularBlock block : plan.blocks()) {
        List<Long> expected = new ArrayList<>();
        for (int r = 0; r < records; r++) {
          boolean in = true;
          for (int k = 0; k < rank; k++) {
            KeyBlocks kb = plan.keys().get(k);
            in &= inWidenedBlock(values[k][r], kb.min(), kb.max(), kb.count(), block.position()[k], overlap[k]);
          }
          if (in) {
            expected.add((long) r);
          }
        }
        assertArrayEquals(expected.stream().mapToLong(Long::longValue).toArray(), block.records(),
            "trial " + trial + " " + block.describe());
        assertEquals(expected.isEmpty(), block.isEmpty());
        assertEquals(expected.isEmpty(), plan.emptyBlocks().contains(block));
      }
    }
  }

  @Test
  void withoutOverlapEveryRecordIsInExactlyOneBlock() {
    Random random = new Random(2);
    int records = 5000;
    double[][] values = new double[2][records];
    for (int r = 0; r < records; r++) {
      values[0][r] = random.nextDouble() * 1e4;
      values[1][r] = random.nextInt(300);
    }
    IrregularPlan plan = IrregularPlanner.plan(List.of("cmp_x", "cmp_y"), values, new int[] {7, 3}, new double[2]);
    int[] seen = new int[records];
    for (IrregularBlock b : plan.blocks()) {
      for (long r : b.records()) {
        seen[(int) r]++;
      }
    }
    for (int r = 0; r < records; r++) {
      assertEquals(1, seen[r], "record " + r);
    }
    assertEquals(records, plan.assignedRecords());
  }

  @Test
  void overlapCopiesRecordsNearEdgesIntoBothNeighbours() {
    double[][] values = {{0, 49, 50, 51, 100}};
    IrregularPlan plan = IrregularPlanner.plan(List.of("offset"), values, new int[] {2}, new double[] {1.5});
    assertArrayEquals(new long[] {0, 1, 2, 3}, plan.blocks().get(0).records());
    assertArrayEquals(new long[] {1, 2, 3, 4}, plan.blocks().get(1).records());
    assertEquals(50.0, plan.blocks().get(0).end(0));
  }

  @Test
  void blocksWithNoRecordsAreReportedEmpty() {
    double[][] values = {{0, 1, 2, 97, 98, 100}};
    IrregularPlan plan = IrregularPlanner.plan(List.of("sx"), values, new int[] {4}, new double[] {0});
    assertEquals(2, plan.emptyBlocks().size());
    assertEquals(List.of(1, 2), plan.emptyBlocks().stream().map(IrregularBlock::index).toList());
    assertFalse(plan.blocks().get(0).isEmpty());
    assertTrue(plan.blocks().get(0).describe().startsWith("block 0: sx [0.0, 25.0), 3 records"),
        plan.blocks().get(0).describe());
  }

  @Test
  void givenRangesLeaveOutRecordsBeyondEveryWidenedBlock() {
    double[][] values = {{-10, 0, 5, 10, 10.5, 12}};
    IrregularPlan plan = IrregularPlanner.plan(List.of(KeyBlocks.over("gx", 0, 10, 2, 1)), values);
    assertArrayEquals(new long[] {1, 2}, plan.blocks().get(0).records());
    assertArrayEquals(new long[] {2, 3, 4}, plan.blocks().get(1).records());
  }

  @Test
  void allEqualValuesGoToTheLastBlock() {
    double[][] values = {{7, 7, 7}};
    IrregularPlan plan = IrregularPlanner.plan(List.of("k"), values, new int[] {3}, new double[] {0});
    assertEquals(2, plan.emptyBlocks().size());
    assertArrayEquals(new long[] {0, 1, 2}, plan.blocks().get(2).records());
  }

  @Test
  void badInputsAreRefusedNamingTheKey() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IrregularPlanner.plan(List.of("cmp_x"), new double[][] {{1, Double.NaN}}, new int[] {2}, new double[1]));
    assertTrue(e.getMessage().contains("header record 2 has cmp_x=NaN"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> IrregularPlanner.plan(List.of("cmp_x"), new double[][] {{1}}, new int[] {0}, new double[1]));
    assertTrue(e.getMessage().contains("key cmp_x: blocks=0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> IrregularPlanner.plan(List.of("cmp_x"), new double[][] {{1}}, new int[] {1}, new double[] {-1}));
    assertTrue(e.getMessage().contains("overlap=-1.0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> IrregularPlanner.plan(List.of("a", "b"), new double[][] {{1}, {2}}, new int[] {1}, new double[1]));
    assertTrue(e.getMessage().contains("one block count and one overlap per key"), e.getMessage());
  }
}
