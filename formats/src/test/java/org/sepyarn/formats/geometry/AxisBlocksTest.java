package org.sepyarn.formats.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AxisBlocksTest {
  @Test
  void tenSamplesInThreeBlocksGiveTheRemainderToTheFirstBlock() {
    AxisBlocks b = AxisBlocks.of(3, 10, 3);
    assertEquals(3, b.count());
    assertEquals(4, b.size(0));
    assertEquals(3, b.size(1));
    assertEquals(3, b.size(2));
    assertEquals(0, b.start(0));
    assertEquals(4, b.start(1));
    assertEquals(7, b.start(2));
    assertEquals(10, b.end(2));
    assertEquals(3, b.smallestSize());
  }

  @Test
  void elevenSamplesInFourBlocksGiveOneExtraToEachOfTheFirstThree() {
    AxisBlocks b = AxisBlocks.of(1, 11, 4);
    int[] sizes = {b.size(0), b.size(1), b.size(2), b.size(3)};
    assertEquals("[3, 3, 3, 2]", java.util.Arrays.toString(sizes));
  }

  @Test
  void blocksTileTheAxisInOrderForManyShapes() {
    Random random = new Random(7);
    for (int trial = 0; trial < 500; trial++) {
      int n = 1 + random.nextInt(200);
      int nblock = 1 + random.nextInt(n);
      AxisBlocks b = AxisBlocks.of(2, n, nblock);
      int next = 0;
      for (int i = 0; i < nblock; i++) {
        assertEquals(next, b.start(i));
        int expected = n / nblock + (i < n % nblock ? 1 : 0);
        assertEquals(expected, b.size(i));
        next += b.size(i);
      }
      assertEquals(n, next);
    }
  }

  @Test
  void moreBlocksThanSamplesIsRefusedNamingTheAxisAndLength() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AxisBlocks.of(3, 10, 12));
    assertEquals("nblock=12 > n3=10 samples on axis 3: at most 10 blocks", e.getMessage());
  }

  @Test
  void fewerThanOneBlockIsRefusedNamingTheAllowedRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AxisBlocks.of(2, 10, 0));
    assertEquals("nblock=0 on axis 2 is not allowed: need 1 <= nblock <= n2=10", e.getMessage());
  }

  @Test
  void askingForABlockThatDoesNotExistNamesTheValidIndices() {
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> AxisBlocks.of(1, 10, 3).size(3));
    assertEquals("block 3 on axis 1 does not exist: blocks are 0 to 2", e.getMessage());
  }
}
