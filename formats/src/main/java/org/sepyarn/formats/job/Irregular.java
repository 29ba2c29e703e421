package org.sepyarn.formats.job;

import java.util.List;
import java.util.Locale;

/**
 * An input SEP3D dataset cut by its traces' header keys, as SEP's {@code pf_irreg} cuts it: the
 * range of each key in {@link #keys} cut into {@link #blocks} blocks of equal width, each widened
 * by {@link #overlap} in the key's units; or, with no keys, the dataset's grid axes 1, 2, ... cut
 * as patches are, the overlap in cells. Each task gets the traces whose keys fall in its widened
 * block, as a local SEP3D dataset renumbered from 1, without any sorting. Inputs only: SEP's
 * outputs are regular.
 *
 * @param keys the header keys to cut by, one per block count; empty to cut the grid's axes
 * @param blocks blocks per key (or grid axis), each at least 1
 * @param overlap per key, in the key's units, 0 or more; per grid axis, whole cells
 * @param empty what the tasks of blocks that hold no trace do
 */
public record Irregular(List<String> keys, List<Integer> blocks, List<Double> overlap, EmptyBlocks empty)
    implements Distribution {

  /** What happens to a block that holds no trace. */
  public enum EmptyBlocks {
    /** Its task runs, and the program reads a SEP3D dataset of no traces. */
    RUN,
    /** It gets no task: the job runs only the blocks that hold traces, in block order. */
    SKIP;

    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for another word, saying which ones there are */
    public static EmptyBlocks fromJson(String word) {
      for (EmptyBlocks e : values()) {
        if (e.jsonName().equals(word)) {
          return e;
        }
      }
      throw new IllegalArgumentException("\"" + word + "\" is not what empty blocks do: give \"run\" (the program"
          + " reads a dataset of no traces) or \"skip\" (the block gets no task)");
    }
  }

  public Irregular {
    keys = List.copyOf(keys);
    blocks = List.copyOf(blocks);
    overlap = List.copyOf(overlap);
    java.util.Objects.requireNonNull(empty, "empty");
    Problems problems = new Problems();
    check(keys, blocks, overlap, problems);
    problems.throwIfAny("irregular");
  }

  static void check(List<String> keys, List<Integer> blocks, List<Double> overlap, Problems at) {
    if (!PatchRules.checkCounts(blocks, "block", at.field("blocks"))) {
      return;
    }
    String per = keys.isEmpty() ? "grid axis" : "key";
    if (!keys.isEmpty() && keys.size() != blocks.size()) {
      at.field("blocks").add(blocks.size() + (blocks.size() == 1 ? " block count" : " block counts") + " for "
          + keys.size() + " keys " + keys + ": give one block count per key, e.g. \"keys\": [\"cmp_x\", \"cmp_y\"],"
          + " \"blocks\": [4, 2]");
      return;
    }
    for (int k = 0; k < keys.size(); k++) {
      String key = keys.get(k);
      if (key.isBlank() || !key.equals(key.strip())) {
        at.field("keys").index(k).add("\"" + key + "\" is not a header key's name: give it as the header dataset's"
            + " hdrkeyN names it, e.g. \"cmp_x\"");
      } else if (keys.indexOf(key) != k) {
        at.field("keys").index(k).add("key " + key + " again: cut by each key once");
      }
    }
    if (overlap.size() != blocks.size()) {
      at.field("overlap").add(overlap.size() + (overlap.size() == 1 ? " overlap" : " overlaps") + " for "
          + blocks.size() + (blocks.size() == 1 ? " block count" : " block counts") + ": give one overlap per " + per + " (0 for none), e.g. "
          + (keys.isEmpty() ? "[2, 2] cells" : "[50.0, 50.0] in the keys' units"));
      return;
    }
    for (int j = 0; j < overlap.size(); j++) {
      double v = overlap.get(j);
      if (!Double.isFinite(v) || v < 0) {
        at.field("overlap").index(j).add(v + " is not an overlap: it is 0 or more, "
            + (keys.isEmpty() ? "in cells of the grid" : "in the units of key " + keys.get(j)));
      } else if (keys.isEmpty() && v != Math.rint(v)) {
        at.field("overlap").index(j).add(v + " is not a whole number of cells: an overlap over the grid's axes is "
            + "counted in cells, e.g. 2");
      }
    }
  }

  /** Whether the blocks are over the grid's axes rather than over header keys. */
  public boolean overGrid() {
    return keys.isEmpty();
  }

  /** The number of blocks, which is the number of tasks this file implies. */
  public int blockCount() {
    return PatchRules.product(blocks);
  }

  /** The overlap per grid axis in cells; only for {@link #overGrid()}. */
  public int[] gridOverlap() {
    return overlap.stream().mapToInt(v -> (int) Math.rint(v)).toArray();
  }

  /** For messages: {@code 4x2 = 8 blocks of cmp_x, cmp_y}. */
  public String describeCount() {
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < blocks.size(); j++) {
      sb.append(j == 0 ? "" : "x").append(blocks.get(j));
    }
    int n = blockCount();
    String of = keys.isEmpty() ? "of the grid's axes" : "of " + String.join(", ", keys);
    return (blocks.size() == 1 ? "" : sb + " = ") + n + (n == 1 ? " block " : " blocks ") + of;
  }

  @Override
  public String kind() {
    return "irregular";
  }
}
