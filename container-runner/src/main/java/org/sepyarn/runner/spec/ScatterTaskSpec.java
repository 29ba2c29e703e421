package org.sepyarn.runner.spec;

import java.util.List;
import java.util.Objects;

/**
 * One scatter task: reads one slab of an input in one pass and writes each reading task's part of
 * it.
 *
 * @param number the scatter task's number, from 0
 * @param source the input dataset's header (a URI)
 * @param slab the slab it reads, a window of the input in {@code Window#toString()} form
 * @param parts the parts it writes, in task order
 */
public record ScatterTaskSpec(int number, String source, String slab, List<ScatterPart> parts) {
  public ScatterTaskSpec {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(slab, "slab");
    parts = List.copyOf(parts);
    if (number < 0) {
      throw new IllegalArgumentException("scatter task number " + number + " is negative");
    }
  }

  /** In a few words, for logs and reports. */
  public String describe() {
    return "slab " + slab + " of " + source + " into " + parts.size() + " parts";
  }
}
