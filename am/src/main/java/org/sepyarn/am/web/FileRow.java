package org.sepyarn.am.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sepyarn.formats.job.BlockPatch;
import org.sepyarn.formats.job.Copy;
import org.sepyarn.formats.job.Distribution;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.PatchLayout;
import org.sepyarn.formats.job.Patching;
import org.sepyarn.formats.job.Split;
import org.sepyarn.formats.job.Usage;
import org.sepyarn.formats.job.WindowPatch;

/**
 * One dataset of the job as the page lists it.
 *
 * @param tag how the program receives it: {@code <}, {@code >} or {@code name=}
 * @param path the dataset's header as the job names it
 * @param usage {@code input} or {@code output}
 * @param distribution how it is shared among the tasks, in words
 * @param patches for a patched file, each patch's window, overlap and halo, one line per patch
 *     (at most {@link #MOST_PATCHES}, then how many more); empty otherwise
 */
public record FileRow(String tag, String path, String usage, String distribution, List<String> patches) {
  /** The most patches a row lists. */
  static final int MOST_PATCHES = 64;

  public FileRow {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(distribution, "distribution");
    patches = patches == null ? List.of() : List.copyOf(patches);
  }

  public FileRow(String tag, String path, String usage, String distribution) {
    this(tag, path, usage, distribution, List.of());
  }

  public static FileRow of(FileSpec file) {
    return of(file, null);
  }

  /**
   * The row of {@code file}; a patched file's patches are listed when {@code cube}, the shape of
   * the input it is cut like, is known (null otherwise).
   */
  public static FileRow of(FileSpec file, Hypercube cube) {
    List<String> patches = cube != null && file.distribute() instanceof Patching patching
        ? PatchLayout.describe(cube, patching, MOST_PATCHES) : List.of();
    return new FileRow(file.tag().toString(), file.path(), file.usage().jsonName(),
        describe(file.distribute(), file.usage()), patches);
  }

  /** How a distribution shares a file, e.g. {@code split along axis 3}. */
  static String describe(Distribution distribution, Usage usage) {
    if (distribution instanceof Split split) {
      return "split along axis " + split.axis()
          + (usage == Usage.OUTPUT ? ", the tasks' blocks concatenated" : "");
    }
    if (distribution instanceof BlockPatch patch) {
      return "patched along " + axes(patch.axes()) + ": " + patch.describeCount() + ", blocks widened by "
          + join(patch.overlap(), "x") + " samples on each side"
          + (patch.hasHalo() ? ", halo " + join(patch.halo(), "x") + " samples given no weight in the blend" : "");
    }
    if (distribution instanceof WindowPatch patch) {
      return "patched along " + axes(patch.axes()) + ": " + patch.describeCount() + " of "
          + join(patch.size(), "x") + " samples";
    }
    if (distribution instanceof org.sepyarn.formats.job.Irregular irregular) {
      return "cut by header keys: " + irregular.describeCount() + ", blocks widened by "
          + irregular.overlap().stream().map(String::valueOf).collect(Collectors.joining("x"))
          + (irregular.overGrid() ? " cells" : " in the keys' units") + " on each side";
    }
    if (distribution instanceof Copy) {
      return usage == Usage.OUTPUT ? "written whole by every task, the tasks' outputs summed"
          : "copied whole to every task";
    }
    throw new IllegalArgumentException("distribution " + distribution + " of kind '" + distribution.kind()
        + "' is not one of split, patch (blocks or windows) and copy");
  }

  private static String axes(List<Integer> axes) {
    return (axes.size() == 1 ? "axis " : "axes ") + join(axes, ", ");
  }

  private static String join(List<Integer> values, String separator) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(separator));
  }
}
