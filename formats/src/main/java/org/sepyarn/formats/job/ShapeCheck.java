package org.sepyarn.formats.job;

import java.util.List;
import java.util.Map;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * Checks a job against the shapes of its split and patched inputs, with the rules the
 * ApplicationMaster's geometry ({@link org.sepyarn.formats.geometry.AxisSplit},
 * {@link org.sepyarn.formats.geometry.AxisPatching}) applies when it cuts them: the axes exist,
 * every block has a sample, an overlap reaches at most one block into the neighbours, and windows
 * fit, cover their axis and do not repeat. A flow's intermediates have no header yet:
 * {@link FlowGeometry} checks what their writers settle of their shapes.
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
      if (!file.isInput() || file.isIntermediate() || file.distribute() instanceof Copy
          || file.distribute() instanceof Irregular) {
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
    if (checkAxisExists(axis, "split along", at.field("axis")) && cube.n(axis) < tasks) {
      at.field("axis").add("axis " + axis + " of " + path + " has " + samples(cube.n(axis)) + " (" + cube
          + "), too few for " + tasks + " tasks: each block needs at least one sample");
    }
  }

  private void blocks(BlockPatch patch, Problems at) {
    for (int j = 0; j < patch.axes().size(); j++) {
      int axis = patch.axes().get(j);
      int blocks = patch.blocks().get(j);
      int overlap = patch.overlap().get(j);
      if (!checkAxisExists(axis, "patch", axisAt(patch, j, "blocks", at))) {
        continue;
      }
      int n = cube.n(axis);
      if (blocks > n) {
        at.field("blocks").index(j).add(blocks + " blocks but axis " + axis + " of " + path + " has only "
            + samples(n) + " (" + cube + ")");
        continue;
      }
      int smallest = n / blocks;
      if (overlap > smallest && blocks == 1) {
        at.field("overlap").index(j).add("overlap " + overlap + " is too large for axis " + axis + " of " + path
            + " (" + samples(n) + " in 1 block): at most " + n);
      } else if (overlap > smallest) {
        at.field("overlap").index(j).add("overlap " + overlap + " is too large for axis " + axis + " of " + path
            + ": " + blocks + " blocks of its " + samples(n) + " are " + smallest
            + (n % blocks == 0 ? "" : " or " + (smallest + 1)) + " samples long, and a patch may reach at most one"
            + " block into its neighbours: at most " + smallest);
      }
    }
  }

  private void windows(WindowPatch patch, Problems at) {
    for (int j = 0; j < patch.axes().size(); j++) {
      int axis = patch.axes().get(j);
      int size = patch.size().get(j);
      int count = patch.count().get(j);
      if (!checkAxisExists(axis, "patch", axisAt(patch, j, "count", at))) {
        continue;
      }
      int n = cube.n(axis);
      String axisText = "axis " + axis + " of " + path + " (" + samples(n) + ")";
      long span = (long) n - size;
      if (span < 0) {
        at.field("size").index(j).add("windows of " + size + " samples do not fit in " + axisText);
      } else if (count == 1 && span > 0) {
        at.field("count").index(j).add("1 window of " + size + " samples cannot cover " + axisText
            + ": use size " + n + ", or more windows");
      } else if (count - 1 > span) {
        at.field("count").index(j).add(count + " windows of " + size + " samples on " + axisText
            + " would repeat windows: at most " + (span + 1));
      } else if (count > 1 && span > (long) size * (count - 1)) {
        at.field("count").index(j).add(count + " windows of " + size + " samples leave gaps in " + axisText
            + ": use at least " + ((span + size - 1) / size + 1) + " windows, or larger windows");
      }
    }
  }

  /**
   * Where a patched axis is reported: at {@code axes[j]} when the job names its axes, otherwise at
   * the per-axis list whose length chose the default axes 1..n.
   */
  private static Problems axisAt(Patching patch, int j, String countsField, Problems at) {
    boolean defaultAxes = patch.axes().equals(PatchRules.firstAxes(patch.axes().size()));
    return defaultAxes ? at.field(countsField).index(j) : at.field("axes").index(j);
  }

  /** Reports, and returns false, when the dataset has no axis {@code axis}. */
  private boolean checkAxisExists(int axis, String verb, Problems at) {
    if (axis <= cube.rank()) {
      return true;
    }
    at.add("axis " + axis + " but " + path + " has " + cube.rank() + (cube.rank() == 1 ? " axis" : " axes")
        + " (" + cube + "); " + verb + " " + (cube.rank() == 1 ? "axis 1" : "one of axes 1 to " + cube.rank()));
    return false;
  }

  private static String samples(int n) {
    return n + (n == 1 ? " sample" : " samples");
  }
}
