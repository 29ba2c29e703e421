package org.sepyarn.formats.job;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * Checks how a flow's steps read its intermediates against what is known of their shapes before
 * anything runs. An intermediate written in patches has, along its patched axes, the extent of
 * the writing step's input patched the same way (a dataset, whose header says it, or an earlier
 * intermediate known the same way); what a program makes of every other axis, and the lengths of
 * split pieces, are only known when the pieces are written. A reading step's cuts must fit the
 * known extents: the errors name both steps, the file and the axis.
 */
final class FlowGeometry {
  private FlowGeometry() {
  }

  static void check(List<StepSpec> steps, Map<String, Hypercube> inputCubes, Problems stepsAt) {
    Map<String, Known> known = new HashMap<>();
    for (int s = 0; s < steps.size(); s++) {
      StepSpec step = steps.get(s);
      List<FileSpec> files = step.files();
      for (int f = 0; f < files.size(); f++) {
        FileSpec file = files.get(f);
        if (file.isIntermediate() && file.isInput() && known.containsKey(file.intermediateName())) {
          checkRead(step, file, known.get(file.intermediateName()), stepsAt.index(s).field("files").index(f)
              .field("distribute"));
        }
      }
      for (FileSpec file : files) {
        if (file.isIntermediate() && file.isOutput() && file.distribute() instanceof Patching patching) {
          Map<Integer, Integer> lengths = patchedLengths(step, patching, inputCubes, known);
          if (!lengths.isEmpty()) {
            known.put(file.intermediateName(), new Known(step.name(), lengths));
          }
        }
      }
    }
  }

  /** What is known of an intermediate: who writes it, and its length along some axes. */
  private record Known(String writer, Map<Integer, Integer> lengths) {
  }

  /** The lengths along the patched axes, from the step's input cut the same way; empty if unknown. */
  private static Map<Integer, Integer> patchedLengths(StepSpec step, Patching patching,
      Map<String, Hypercube> inputCubes, Map<String, Known> known) {
    for (FileSpec input : step.files()) {
      if (!input.isInput() || !(input.distribute() instanceof Patching p) || !p.sameCutAs(patching)) {
        continue;
      }
      Map<Integer, Integer> lengths = new TreeMap<>();
      for (int axis : patching.axes()) {
        if (input.isIntermediate()) {
          Known k = known.get(input.intermediateName());
          if (k != null && k.lengths.containsKey(axis)) {
            lengths.put(axis, k.lengths.get(axis));
          }
        } else {
          Hypercube cube = inputCubes.get(input.path());
          if (cube != null && axis <= cube.rank()) {
            lengths.put(axis, cube.n(axis));
          }
        }
      }
      return lengths;
    }
    return Map.of();
  }

  private static void checkRead(StepSpec reader, FileSpec file, Known known, Problems at) {
    String what = "@" + file.intermediateName() + ", which step " + known.writer + " writes,";
    Distribution d = file.distribute();
    if (d instanceof Split split) {
      Integer n = known.lengths.get(split.axis());
      if (n != null && n < reader.taskCount()) {
        at.field("split").field("axis").add("step " + reader.name() + " splits " + what + " along axis "
            + split.axis() + " into " + reader.taskCount() + " blocks, but it has " + n + " samples there (from step "
            + known.writer + "'s patched input): each block needs at least one sample; give step " + reader.name()
            + " at most " + n + " tasks");
      }
    } else if (d instanceof BlockPatch patch) {
      for (int j = 0; j < patch.axes().size(); j++) {
        Integer n = known.lengths.get(patch.axes().get(j));
        int blocks = patch.blocks().get(j);
        int overlap = patch.overlap().get(j);
        if (n == null) {
          continue;
        }
        if (blocks > n) {
          at.field("patch").field("blocks").index(j).add("step " + reader.name() + " cuts " + what + " into "
              + blocks + " blocks along axis " + patch.axes().get(j) + ", but it has only " + n + " samples there");
        } else if (overlap > n / blocks) {
          at.field("patch").field("overlap").index(j).add("step " + reader.name() + " reads " + what
              + " with overlap " + overlap + " along axis " + patch.axes().get(j) + ", but its " + n + " samples there"
              + " in " + blocks + " blocks allow at most " + (n / blocks));
        }
      }
    } else if (d instanceof WindowPatch patch) {
      for (int j = 0; j < patch.axes().size(); j++) {
        Integer n = known.lengths.get(patch.axes().get(j));
        if (n != null && patch.size().get(j) > n) {
          at.field("patch").field("size").index(j).add("step " + reader.name() + " reads " + what + " in windows"
              + " of " + patch.size().get(j) + " samples along axis " + patch.axes().get(j) + ", but it has only " + n
              + " samples there");
        }
      }
    }
  }
}
