package org.sepyarn.formats.job;

import java.util.List;

/**
 * Claerbout-style patches (GEE, "Nonstationarity: patching"): along each axis, {@code count}
 * windows of {@code size} samples spread evenly from the first sample to the last, patch
 * {@code i} starting at {@code i*(n - size)/(count - 1)}. The overlap follows from the axis
 * length, so it is not given.
 *
 * @param axes the patched axes, 1-based, increasing
 * @param size window length along each of {@code axes}, each at least 1
 * @param count windows along each of {@code axes}, each at least 1
 */
public record WindowPatch(List<Integer> axes, List<Integer> size, List<Integer> count) implements Patching {
  public WindowPatch {
    axes = List.copyOf(axes);
    size = List.copyOf(size);
    count = List.copyOf(count);
    Problems problems = new Problems();
    check(axes, size, count, problems);
    problems.throwIfAny("patch");
  }

  /** Patches along axes 1..n, where n is the length of {@code size}. */
  public static WindowPatch of(List<Integer> size, List<Integer> count) {
    return new WindowPatch(PatchRules.firstAxes(count.size()), size, count);
  }

  static void check(List<Integer> axes, List<Integer> size, List<Integer> count, Problems at) {
    if (PatchRules.checkCounts(count, "window", at.field("count"))) {
      PatchRules.checkCompanion(size, count.size(), "count", 1,
          "a window is at least 1 sample long", at.field("size"));
      PatchRules.checkAxes(axes, count.size(), "count", at.field("axes"));
    }
  }

  @Override
  public List<Integer> patchesPerAxis() {
    return count;
  }
}
