package org.sepyarn.client.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sepyarn.client.cli.InvalidInputException;

class BenchShapeTest {
  @Test
  void aThousandSamplesPerTraceAndTheSlowestAxisLongest() throws Exception {
    BenchShape s = BenchShape.of(64L << 20, 4);
    assertEquals(1000, s.n1());
    assertEquals(100, s.n2());
    assertEquals(167, s.n3());
    assertTrue(s.bytes() <= 64L << 20);
    assertEquals(s.bytes(), s.cube().elementCount() * 4);
  }

  @Test
  void smallSizesKeepATaskPerGatherAtLeast() throws Exception {
    BenchShape s = BenchShape.of(1L << 20, 8);
    assertTrue(s.n3() >= 8, s.toString());
  }

  @Test
  void tooSmallForTheTasksIsInvalidInput() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> BenchShape.of(1L << 20, 1000));
    assertEquals("--size 1048576 bytes is too small for 1000 tasks along the slowest axis: give at least 4000000"
        + " bytes, or fewer tasks", e.getMessage());
  }

  @Test
  void patchesMakeANearSquareGridOfTheTasksWithOverlap() throws Exception {
    BenchShape s = new BenchShape(1000, 100, 167);
    assertArrayEquals(new int[] {2, 2}, s.patchBlocks(4));
    assertArrayEquals(new int[] {2, 4}, s.patchBlocks(8));
    assertArrayEquals(new int[] {1, 7}, s.patchBlocks(7));
    assertArrayEquals(new int[] {10, 10}, s.patchOverlap(new int[] {2, 2}));
    assertArrayEquals(new int[] {1, 1}, new BenchShape(1000, 4, 4).patchOverlap(new int[] {2, 2}));
  }
}
