package org.sepyarn.formats.irregular;

import java.util.Map;
import java.util.Optional;
import org.sepyarn.formats.geometry.Window;

/**
 * What one task reads of an irregular input: its block's header records (0-based, increasing;
 * none for an empty block), those of them in the block itself rather than only in its overlap,
 * the window of the grid it keeps (empty: the smallest one holding its records, or no grid), and
 * the parameters its local dataset's history records about the block.
 *
 * @param block the block's number, the first key's (or grid axis's) block varying fastest
 */
public record IrregularPiece(int block, long[] records, long[] core, Optional<Window> gridWindow,
    Map<String, String> parameters) {
  public IrregularPiece {
    java.util.Objects.requireNonNull(gridWindow, "gridWindow");
    parameters = Map.copyOf(parameters);
  }

  public boolean isEmpty() {
    return records.length == 0;
  }
}
