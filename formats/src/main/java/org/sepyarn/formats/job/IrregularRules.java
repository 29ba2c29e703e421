package org.sepyarn.formats.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * Rules for the files of a job with irregular inputs: its irregular inputs agree on what empty
 * blocks do; a job that skips empty blocks, whose number of running tasks only the
 * ApplicationMaster's plan settles, cuts nothing else by the task count (other inputs are copied
 * or irregular, outputs are split or copied) and gives no per-task arguments; and, against the
 * datasets, each irregular input is a SEP3D dataset holding the keys it names, or a grid whose
 * axes its blocks fit.
 */
final class IrregularRules {
  private IrregularRules() {
  }

  static void check(List<FileSpec> files, TaskList tasks, Problems filesAt) {
    List<Integer> irregular = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (files.get(i) != null && files.get(i).distribute() instanceof Irregular) {
        irregular.add(i);
      }
    }
    if (irregular.isEmpty()) {
      return;
    }
    Irregular first = (Irregular) files.get(irregular.get(0)).distribute();
    for (int i : irregular) {
      Irregular other = (Irregular) files.get(i).distribute();
      if (other.empty() != first.empty()) {
        filesAt.index(i).field("distribute").field("irregular").field("emptyBlocks").add("\""
            + other.empty().jsonName() + "\" but files[" + irregular.get(0) + "] says \"" + first.empty().jsonName()
            + "\": a task runs one block of every irregular input, so they all run or all skip empty blocks");
        return;
      }
    }
    if (first.empty() != Irregular.EmptyBlocks.SKIP) {
      return;
    }
    String why = " when empty blocks are skipped (\"emptyBlocks\": \"skip\" in files[" + irregular.get(0)
        + "]), since the number of tasks is known only once the ApplicationMaster has found the empty blocks";
    for (int i = 0; i < files.size(); i++) {
      FileSpec f = files.get(i);
      if (f == null) {
        continue;
      }
      Distribution d = f.distribute();
      if (f.isInput() && (d instanceof Split || d instanceof Patching)) {
        filesAt.index(i).field("distribute").add("an input cannot be " + d.kind() + why
            + "; copy it to every task, or say \"emptyBlocks\": \"run\"");
      } else if (f.isOutput() && d instanceof Patching) {
        filesAt.index(i).field("distribute").add("an output cannot be patched" + why
            + "; make it \"copy\" (summed) or split, or say \"emptyBlocks\": \"run\"");
      }
    }
    if (tasks instanceof TaskList.PerTaskArgs) {
      filesAt.index(irregular.get(0)).field("distribute").field("irregular").field("emptyBlocks").add(
          "\"skip\" with a list of per-task arguments in tasks: which task's arguments a block gets would depend on"
          + " which blocks are empty; give tasks as a number, or say \"emptyBlocks\": \"run\"");
    }
  }

  /**
   * Checks every irregular input against what its dataset holds.
   *
   * @param sources by the input's path as the job writes it; every irregular input must be present
   */
  static void checkSources(JobSpec job, Map<String, IrregularSource> sources, Problems at) {
    List<FileSpec> files = job.files();
    for (int i = 0; i < files.size(); i++) {
      if (!(files.get(i).distribute() instanceof Irregular irregular)) {
        continue;
      }
      String path = files.get(i).path();
      IrregularSource source = sources.get(path);
      if (source == null) {
        throw new IllegalArgumentException("no header keys were given for files[" + i + "] (" + path
            + "): checking an irregular input needs its dataset's keys and grid");
      }
      Problems fileAt = at.field("files").index(i).field("distribute").field("irregular");
      if (!source.sep3d()) {
        fileAt.add(path + " is not a SEP3D dataset (its history names no header dataset with hff=), so it has no"
            + " header keys to cut by: cut a regular dataset with split or patch instead");
      } else if (irregular.overGrid()) {
        checkGrid(path, irregular, source, fileAt);
      } else {
        checkKeys(path, irregular, source, fileAt);
      }
    }
  }

  private static void checkKeys(String path, Irregular irregular, IrregularSource source, Problems at) {
    for (int k = 0; k < irregular.keys().size(); k++) {
      String key = irregular.keys().get(k);
      if (!source.keys().contains(key)) {
        String guess = KeySuggestion.nearest(key, source.keys()).map(g -> "; did you mean \"" + g + "\"?").orElse("");
        at.field("keys").index(k).add("key " + key + " is not one of the header keys of " + path + " ("
            + String.join(", ", source.keys()) + ")" + guess);
      }
    }
  }

  private static void checkGrid(String path, Irregular irregular, IrregularSource source, Problems at) {
    if (source.gridAxes().isEmpty()) {
      at.add(path + " has no grid (gff=), so its grid axes cannot be cut: name the header keys to cut by, e.g."
          + " \"keys\": [\"cmp_x\", \"cmp_y\"]");
      return;
    }
    Hypercube grid = source.gridAxes().get();
    if (irregular.blocks().size() > grid.rank()) {
      at.field("blocks").add(irregular.blocks().size() + " block counts but the grid of " + path + " has "
          + grid.rank() + (grid.rank() == 1 ? " axis" : " axes") + " (" + grid + "): give at most " + grid.rank());
      return;
    }
    for (int j = 0; j < irregular.blocks().size(); j++) {
      int n = grid.n(j + 1);
      int blocks = irregular.blocks().get(j);
      int overlap = irregular.gridOverlap()[j];
      if (blocks > n) {
        at.field("blocks").index(j).add(blocks + " blocks but grid axis " + (j + 1) + " of " + path + " has only "
            + n + (n == 1 ? " cell" : " cells"));
      } else if (overlap > n / blocks) {
        at.field("overlap").index(j).add("overlap " + overlap + " is too large for grid axis " + (j + 1) + " of "
            + path + ": its " + blocks + " blocks of " + n + " cells are at least " + n / blocks + " long, and a"
            + " block may reach at most one block into its neighbours: at most " + n / blocks);
      }
    }
  }
}
