package org.sepyarn.formats.job;

/**
 * How a file is shared among the tasks: cut into blocks along one axis ({@link Split}), cut into
 * overlapping patches ({@link Patching}), by a SEP3D
 * dataset's header keys ({@link Irregular}, inputs only), or whole to every task ({@link Copy}).
 */
public sealed interface Distribution permits Split, Patching, Copy, Irregular {
  /** The word a job description uses: {@code split}, {@code patch}, {@code irregular} or {@code copy}. */
  String kind();
}
