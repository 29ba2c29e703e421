package org.sepyarn.formats.job;

import java.util.List;
import java.util.Optional;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * What an irregular cut needs to know of its input dataset, read from its headers: whether it is
 * a SEP3D dataset, its header keys and its grid's axes, if it has a grid.
 *
 * @param sep3d whether the dataset's history names a header dataset ({@code hff=})
 * @param keys the header keys' names, in order (empty when not SEP3D)
 * @param gridAxes the grid's axes, when it has a grid
 */
public record IrregularSource(boolean sep3d, List<String> keys, Optional<Hypercube> gridAxes) {
  public IrregularSource {
    keys = List.copyOf(keys);
    java.util.Objects.requireNonNull(gridAxes, "gridAxes");
  }

  /** A regular dataset: no header keys, no grid. */
  public static final IrregularSource REGULAR = new IrregularSource(false, List.of(), Optional.empty());
}
