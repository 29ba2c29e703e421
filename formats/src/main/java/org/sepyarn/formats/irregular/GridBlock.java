package org.sepyarn.formats.irregular;

import org.sepyarn.formats.geometry.Window;

/**
 * One block of a split over a SEP3D grid's axes: the cells it holds ({@code window}, overlap
 * included, clipped at the grid's edges), the cells it owns ({@code core}: the cores partition
 * the grid), and the 0-based header records of its filled cells, in increasing order.
 */
public record GridBlock(int index, Window window, Window core, long[] records) {
  public boolean isEmpty() {
    return records.length == 0;
  }
}
