package org.sepyarn.formats.job;

import java.util.Collections;
import java.util.List;

/**
 * SEP-style patches ({@code pf_patch}): each axis is cut into blocks as a split would cut it,
 * and each block is widened by {@code overlap} samples on each side (clipped at the data's
 * edges), so neighbouring patches share {@code 2*overlap} samples.
 *
 * @param axes the patched axes, 1-based, increasing
 * @param blocks blocks along each of {@code axes}, each at least 1
 * @param overlap samples added on each side of a block along each of {@code axes}, each at least 0
 */
public record BlockPatch(List<Integer> axes, List<Integer> blocks, List<Integer> overlap) implements Patching {
  public BlockPatch {
    axes = List.copyOf(axes);
    blocks = List.copyOf(blocks);
    overlap = List.copyOf(overlap);
    Problems problems = new Problems();
    check(axes, blocks, overlap, problems);
    problems.throwIfAny("patch");
  }

  /** Patches along axes 1..n, where n is the length of {@code blocks}. */
  public static BlockPatch of(List<Integer> blocks, List<Integer> overlap) {
    return new BlockPatch(PatchRules.firstAxes(blocks.size()), blocks, overlap);
  }

  /** Patches along axes 1..n without overlap. */
  public static BlockPatch withoutOverlap(List<Integer> blocks) {
    return of(blocks, Collections.nCopies(blocks.size(), 0));
  }

  static void check(List<Integer> axes, List<Integer> blocks, List<Integer> overlap, Problems at) {
    if (PatchRules.checkCounts(blocks, "block", at.field("blocks"))) {
      PatchRules.checkCompanion(overlap, blocks.size(), "blocks", 0,
          "overlap is 0 or more samples on each side of a block", at.field("overlap"));
      PatchRules.checkAxes(axes, blocks.size(), "blocks", at.field("axes"));
    }
  }

  @Override
  public List<Integer> patchesPerAxis() {
    return blocks;
  }
}
