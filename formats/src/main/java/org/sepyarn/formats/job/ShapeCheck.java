package org.sepyarn.formats.job;

import java.util.List;
import java.util.Map;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * Checks a job against the shapes of its split and patched inputs: the axes exist, every block
 * and window has samples, and no sample lies in more than two patches along an axis (so that
 * neighbouring patches blend with a two-sided triangle taper).
 */
final class ShapeCheck {
  private final String path;
  private final Hypercube cube;

  private ShapeCheck(String path, Hypercube cube) {
    this.path = path;
    this.cube = cube;
  }

  static void check(JobSpec spec, Map<String, Hypercube> cubes, Problems at) {
    List<FileSpec> files = spec.files();
    for (int i = 0; i < files.size(); i++) {
      FileSpec file = files.get(i);
      if (!file.isInput() || file.distribute() instanceof Copy) {
        continue;
      }
      Hypercube cube = cubes.get(file.path());
      if (cube == null) {
        throw new IllegalArgumentException("no shape was given for files[" + i + "] (" + file.path()
            + "): checking a job needs the shape of every split or patched input");
      }
      ShapeCheck check = new ShapeCheck(file.path(), cube);
      Problems distributeAt = at.field("files").index(i).field("distribute");
      Distribution d = file.distribute();
      if (d instanceof Split) {
        check.split((Split) d, spec.taskCount(), distributeAt.field("split"));
      } else if (d instanceof BlockPatch) {
        check.blocks((BlockPatch) d, distributeAt.field("patch"));
      } else {
        check.windows((WindowPatch) d, distributeAt.field("patch"));
      }
    }
  }

  private void split(Split split, int tasks, Problems at) {
    int axis = split.axis();
    if (tasks == 1) {
      return;
    }
    if (axis > cube.rank()) {
      at.field("axis").add("axis " + axis + " but " + path + " has " + cube.rank() + " axes (" + cube
          + "); split along one of axes 1 to " + cube.rank());
    } else if (cube.n(axis) < tasks) {
      at.field("axis").add("axis " + axis + " of " + path + " has " + cube.n(axis) + " samples (" + cube
          + "), too few for " + tasks + " tasks: each block needs at least one sample");
    }
  }

  private void blocks(BlockPatch patch, Problems at) {
    for (int j = 0; j < patch.axes().size(); j++) {
      int axis = patch.axes().get(j);
      int blocks = patch.blocks().get(j);
      int overlap = patch.overlap().get(j);
      int n = cube.n(axis);
      if (blocks == 1) {
        continue;
      }
      if (blocks > n) {
        at.field("blocks").index(j).add(blocks + " blocks but axis " + axis + " of " + path + " has only " + n
            + (n == 1 ? " sample" : " samples") + " (" + cube + ")");
        continue;
      }
      int smallest = n / blocks;
      if (2L * overlap > smallest) {
        at.field("overlap").index(j).add("overlap " + overlap + " is too large for axis " + axis + " of " + path
            + ": " + blocks + " blocks of its " + n + " samples are " + smallest
            + (n % blocks == 0 ? "" : " or " + (smallest + 1)) + " samples long, and neighbouring patches share"
            + " 2*overlap samples, which must fit in one block: at most " + smallest / 2);
      }
    }
  }

  private void windows(WindowPatch patch, Problems at) {
    for (int j = 0; j < patch.axes().size(); j++) {
      int axis = patch.axes().get(j);
      int size = patch.size().get(j);
      int count = patch.count().get(j);
      int n = cube.n(axis);
      String axisText = "axis " + axis + " of " + path + " (" + n + (n == 1 ? " sample" : " samples") + ")";
      long span = (long) n - size;
      if (span < 0) {
        at.field("size").index(j).add("windows of " + size + " samples do not fit in " + axisText
            + (axis > cube.rank() ? ", which has " + cube.rank() + " axes (" + cube + ")" : ""));
      } else if (count == 1 && span > 0) {
        at.field("count").index(j).add("1 window of " + size + " samples cannot cover " + axisText
            + ": use size " + n + ", or more windows");
      } else if (count > 1 && count - 1 > span) {
        at.field("count").index(j).add(count + " windows of " + size + " samples on " + axisText
            + " would repeat windows: at most " + (span + 1));
      } else if (count > 1 && span > (long) size * (count - 1)) {
        at.field("count").index(j).add(count + " windows of " + size + " samples leave gaps in " + axisText
            + ": use at least " + ((span + size - 1) / size + 1) + " windows, or larger windows");
      } else if (count > 2 && hasTripleOverlap(span, size, count)) {
        at.field("count").index(j).add(count + " windows of " + size + " samples on " + axisText
            + " overlap so much that some samples lie in three windows: use fewer or smaller windows,"
            + " so that neighbouring windows overlap by at most half a window");
      }
    }
  }

  /** Whether window {@code i+2} starts before window {@code i} ends, for some {@code i}. */
  private static boolean hasTripleOverlap(long span, int size, int count) {
    for (long i = 0; i + 2 < count; i++) {
      long start = i * span / (count - 1);
      long startAfterNext = (i + 2) * span / (count - 1);
      if (startAfterNext < start + size) {
        return true;
      }
    }
    return false;
  }
}
