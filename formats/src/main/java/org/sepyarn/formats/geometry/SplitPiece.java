package org.sepyarn.formats.geometry;

import java.util.Objects;

/**
 * One piece of a split: its 0-based position among the pieces and the window it covers in the
 * input.
 */
public record SplitPiece(int index, Window window) {
  public SplitPiece {
    if (index < 0) {
      throw new IllegalArgumentException("split piece index " + index + " is negative: indices start at 0");
    }
    Objects.requireNonNull(window, "window");
  }
}
