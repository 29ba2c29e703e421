package org.sepyarn.am.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sepyarn.formats.job.BlockPatch;
import org.sepyarn.formats.job.Copy;
import org.sepyarn.formats.job.Distribution;
import org.sepyarn.formats.job.FileSpec;
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
 */
public record FileRow(String tag, String path, String usage, String distribution) {
  public FileRow {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(distribution, "distribution");
  }

  public static FileRow of(FileSpec file) {
    return new FileRow(file.tag().toString(), file.path(), file.usage().jsonName(),
        describe(file.distribute(), file.usage()));
  }

  /** How a distribution shares a file, e.g. {@code split along axis 3}. */
  static String describe(Distribution distribution, Usage usage) {
    if (distribution instanceof Split split) {
      return "split along axis " + split.axis()
          + (usage == Usage.OUTPUT ? ", the tasks' blocks concatenated" : "");
    }
    if (distribution instanceof BlockPatch patch) {
      return "patched along " + axes(patch.axes()) + ": " + patch.describeCount() + ", blocks widened by "
          + join(patch.overlap(), "x") + " samples on each side";
    }
    if (distribution instanceof WindowPatch patch) {
      return "patched along " + axes(patch.axes()) + ": " + patch.describeCount() + " of "
          + join(patch.size(), "x") + " samples";
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
