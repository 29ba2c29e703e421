package org.sepyarn.runner.spec;

import java.util.Objects;

/**
 * One slab of a merged output: samples {@code from} (inclusive) to {@code to} (exclusive) of the
 * output's slowest non-unit axis, whole along every faster axis, written by one merge task into a
 * hidden file beside the output; the slab files joined in order are the output's binary.
 *
 * @param number the slab's place among the output's slabs, from 0
 * @param axis the axis the output is cut along, 1-based
 * @param bytes the slab's size in bytes
 * @param file where the slab is committed (a URI), beside the output
 */
public record MergeSlab(int number, int axis, int from, int to, long bytes, String file) {
  public MergeSlab {
    Objects.requireNonNull(file, "file");
    if (number < 0 || axis < 1 || from < 0 || to <= from || bytes < 1) {
      throw new IllegalArgumentException("slab " + number + " (axis " + axis + ", " + from + " to " + to + ", "
          + bytes + " bytes) is not a slab");
    }
  }

  /**
   * Where attempt {@code attempt} writes the slab before committing it: beside the slab's file,
   * hidden the same way, so that the commit is one rename in one folder.
   */
  public String attemptFile(int attempt) {
    if (!file.endsWith("@")) {
      throw new IllegalStateException("slab file " + file + " does not end with @");
    }
    return file.substring(0, file.length() - 1) + "-a" + attempt + "@";
  }
}
