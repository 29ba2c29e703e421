package org.sepyarn.formats.irregular;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.sep3d.TraceGrid;

class GridPlannerTest {
  @Test
  void everyFilledCellIsInTheBlocksWhoseWindowsHoldItAndCoresPartitionTheGrid() {
    Random random = new Random(12);
    for (int trial = 0; trial < 200; trial++) {
      int n1 = 1 + random.nextInt(15);
      int n2 = 1 + random.nextInt(10);
      int[] cells = new int[n1 * n2];
      int records = 0;
      for (int c = 0; c < cells.length; c++) {
        cells[c] = random.nextInt(3) == 0 ? -random.nextInt(2) : ++records;
      }
      TraceGrid grid = new TraceGrid(Hypercube.ofLengths(n1, n2), cells);
      int[] blocks = {1 + random.nextInt(n1), 1 + random.nextInt(n2)};
      int[] overlap = {random.nextInt(Math.min(3, n1 / blocks[0] + 1)), random.nextInt(Math.min(3, n2 / blocks[1] + 1))};
      List<GridBlock> plan = GridPlanner.plan(grid, blocks, overlap);
      assertEquals(blocks[0] * blocks[1], plan.size());
      int[] owners = new int[cells.length];
      for (GridBlock b : plan) {
        List<Long> expected = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
          int x = c % n1;
          int y = c / n1;
          boolean inWindow = x >= b.window().start(0) && x < b.window().end(0) && y >= b.window().start(1)
              && y < b.window().end(1);
          boolean inCore = x >= b.core().start(0) && x < b.core().end(0) && y >= b.core().start(1)
              && y < b.core().end(1);
          assertTrue(!inCore || inWindow, "the core is inside the window");
          owners[c] += inCore ? 1 : 0;
          if (inWindow && cells[c] > 0) {
            expected.add(cells[c] - 1L);
          }
        }
        assertArrayEquals(expected.stream().mapToLong(Long::longValue).sorted().toArray(), b.records());
        assertEquals(expected.isEmpty(), b.isEmpty());
      }
      for (int c = 0; c < cells.length; c++) {
        assertEquals(1, owners[c], "cell " + c + " has one owner");
      }
    }
  }

  @Test
  void tooManyBlocksForAnAxisAreRefused() {
    TraceGrid grid = new TraceGrid(Hypercube.ofLengths(3, 2), new int[6]);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GridPlanner.plan(grid, new int[] {4}, new int[] {0}));
    assertTrue(e.getMessage().contains("nblock=4 > n1=3"), e.getMessage());
  }
}
