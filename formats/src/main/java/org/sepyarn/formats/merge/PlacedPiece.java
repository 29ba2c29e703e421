package org.sepyarn.formats.merge;

import java.util.Objects;
import org.sepyarn.formats.dataset.WindowSource;
import org.sepyarn.formats.geometry.Window;

/** A piece to blend and where its samples go in the output: its outer patch window. */
public record PlacedPiece(WindowSource source, Window placement) {
  public PlacedPiece {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(placement, "placement");
  }
}
