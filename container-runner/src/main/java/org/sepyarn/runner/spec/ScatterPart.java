package org.sepyarn.runner.spec;

import java.util.Objects;

/**
 * One part a scatter task writes: the samples of one task's window inside the scatter task's slab.
 *
 * @param name the part's file name among the scatter task's committed pieces
 * @param window the part, as a window of the input in {@code Window#toString()} form
 */
public record ScatterPart(String name, String window) {
  public ScatterPart {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(window, "window");
  }
}
