package org.sepyarn.runner.spec;

import java.util.List;
import java.util.Objects;

/**
 * An input of a task read from the parts scatter tasks wrote of it, not from the dataset: the
 * task's window of the dataset is its part in each of {@code scatterTasks}' committed pieces, one
 * after the other ({@code org.sepyarn.formats.scatter.ScatterLayout}).
 *
 * @param scatterTasks the job-wide numbers of the scatter tasks holding a part, in slab order
 * @param partName the part's file name in each of their committed pieces
 */
public record ScatteredInput(List<Integer> scatterTasks, String partName) {
  public ScatteredInput {
    scatterTasks = List.copyOf(scatterTasks);
    Objects.requireNonNull(partName, "partName");
    if (scatterTasks.isEmpty()) {
      throw new IllegalArgumentException("a scattered input has parts in at least one scatter task");
    }
  }
}
