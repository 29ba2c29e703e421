package org.sepyarn.formats.job;

/**
 * How a file is shared among the tasks: cut into blocks along one axis ({@link Split}), cut into
 * overlapping patches ({@link Patching}), or whole to every task ({@link Copy}).
 */
public sealed interface Distribution permits Split, Patching, Copy {
  /** The word a job description uses: {@code split}, {@code patch} or {@code copy}. */
  String kind();
}
