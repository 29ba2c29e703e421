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
 * @param halo samples next to a patch's inner edges (not the data's edges) along each of
 *     {@code axes} where the program's output is spoiled by its edge effects: the blend gives them
 *     weight 0; each 0 to that axis's overlap
 */
public record BlockPatch(List<Integer> axes, List<Integer> blocks, List<Integer> overlap, List<Integer> halo)
    implements Patching {
  public BlockPatch {
    axes = List.copyOf(axes);
    blocks = List.copyOf(blocks);
    overlap = List.copyOf(overlap);
    halo = List.copyOf(halo);
    Problems problems = new Problems();
    check(axes, blocks, overlap, halo, problems);
    problems.throwIfAny("patch");
  }

  /** Patches without a halo. */
  public BlockPatch(List<Integer> axes, List<Integer> blocks, List<Integer> overlap) {
    this(axes, blocks, overlap, Collections.nCopies(blocks.size(), 0));
  }

  /** Patches along axes 1..n, where n is the length of {@code blocks}. */
  public static BlockPatch of(List<Integer> blocks, List<Integer> overlap) {
    return new BlockPatch(PatchRules.firstAxes(blocks.size()), blocks, overlap);
  }

  /** Patches along axes 1..n without overlap. */
  public static BlockPatch withoutOverlap(List<Integer> blocks) {
    return of(blocks, Collections.nCopies(blocks.size(), 0));
  }

  static void check(List<Integer> axes, List<Integer> blocks, List<Integer> overlap, List<Integer> halo,
      Problems at) {
    if (PatchRules.checkCounts(blocks, "block", at.field("blocks"))) {
      PatchRules.checkCompanion(overlap, blocks.size(), "blocks", 0,
          "overlap is 0 or more samples on each side of a block", at.field("overlap"));
      PatchRules.checkAxes(axes, blocks.size(), "blocks", at.field("axes"));
      PatchRules.checkCompanion(halo, blocks.size(), "blocks", 0,
          "a halo is 0 or more samples next to a patch's inner edge", at.field("halo"));
      if (halo.size() == blocks.size() && overlap.size() == blocks.size()) {
        for (int j = 0; j < halo.size(); j++) {
          if (halo.get(j) > overlap.get(j) && overlap.get(j) >= 0) {
            String axis = axes.size() == blocks.size() ? "axis " + axes.get(j) : "patched axis " + (j + 1);
            at.field("halo").index(j).add("halo " + halo.get(j) + " on " + axis + " is more than the overlap "
                + overlap.get(j) + " there: samples within the halo of a patch's inner edge get no weight, so "
                + "the neighbouring patch must reach that far; make the halo at most " + overlap.get(j)
                + " or the overlap at least " + halo.get(j));
          }
        }
      }
    }
  }

  /** Whether any axis has a halo. */
  public boolean hasHalo() {
    return halo.stream().anyMatch(h -> h > 0);
  }

  /** Whether {@code other} cuts a cube into the same patches, whatever its halo. */
  @Override
  public boolean sameCutAs(Patching other) {
    return other instanceof BlockPatch b && axes.equals(b.axes) && blocks.equals(b.blocks)
        && overlap.equals(b.overlap);
  }

  /** The halo along axis {@code axis} (1-based): 0 for an axis not patched. */
  @Override
  public int haloOn(int axis) {
    int j = axes.indexOf(axis);
    return j < 0 ? 0 : halo.get(j);
  }

  @Override
  public List<Integer> patchesPerAxis() {
    return blocks;
  }
}
