package org.sepyarn.formats.scatter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/**
 * An input cut for scattering: slabs along its slowest non-unit axis, each contiguous in the file
 * and read by one scatter task in one pass; and for each slab and each reading task, the part of
 * the task's window inside the slab. Since the slabs follow one another in storage order, a task's
 * parts taken in slab order, each in storage order, are its window in storage order: the task's
 * piece is its parts one after the other.
 */
public final class ScatterLayout {
  /** The part of reader {@code reader}'s window that one slab holds. */
  public record Part(int reader, Window window) {
  }

  private final Hypercube cube;
  private final int axis;
  private final List<Window> slabs;
  private final List<Window> readers;

  private ScatterLayout(Hypercube cube, int axis, List<Window> slabs, List<Window> readers) {
    this.cube = cube;
    this.axis = axis;
    this.slabs = slabs;
    this.readers = readers;
  }

  /**
   * Cuts {@code cube} ({@code esize} bytes a sample) into slabs of about {@code bytesPerSlab}
   * along its slowest non-unit axis (at least one, at most one per sample along that axis), for
   * tasks reading {@code readers}.
   */
  public static ScatterLayout of(Hypercube cube, int esize, List<Window> readers, long bytesPerSlab) {
    if (bytesPerSlab < 1 || esize < 1) {
      throw new IllegalArgumentException("bytes per slab " + bytesPerSlab + " and sample size " + esize
          + " must be at least 1");
    }
    for (Window w : readers) {
      w.checkFits(cube);
    }
    int axis = slowestNonUnitAxis(cube);
    int n = cube.n(axis);
    long bytes = cube.elementCount() * esize;
    int count = (int) Math.max(1, Math.min(n, (bytes + bytesPerSlab - 1) / bytesPerSlab));
    List<Window> slabs = new ArrayList<>();
    Window whole = cube.fullWindow();
    for (int k = 0; k < count; k++) {
      int from = (int) ((long) n * k / count);
      int to = (int) ((long) n * (k + 1) / count);
      slabs.add(whole.with(axis - 1, from, to - from));
    }
    return new ScatterLayout(cube, axis, List.copyOf(slabs), List.copyOf(readers));
  }

  /** The last axis (1-based) longer than 1; axis 1 for a cube of one sample. */
  static int slowestNonUnitAxis(Hypercube cube) {
    for (int k = cube.rank(); k > 1; k--) {
      if (cube.n(k) > 1) {
        return k;
      }
    }
    return 1;
  }

  public Hypercube cube() {
    return cube;
  }

  /** The axis (1-based) the slabs are cut along. */
  public int axis() {
    return axis;
  }

  /** The slabs, in storage order. */
  public List<Window> slabs() {
    return slabs;
  }

  /** The windows of the reading tasks, in task order. */
  public List<Window> readers() {
    return readers;
  }

  /** The non-empty parts of every reader's window inside slab {@code slab}, in reader order. */
  public List<Part> parts(int slab) {
    Window s = slabs.get(slab);
    List<Part> parts = new ArrayList<>();
    for (int r = 0; r < readers.size(); r++) {
      Optional<Window> part = readers.get(r).intersect(s);
      if (part.isPresent()) {
        parts.add(new Part(r, part.get()));
      }
    }
    return parts;
  }

  /** The slabs that hold part of reader {@code reader}'s window, in storage order. */
  public List<Integer> slabsOf(int reader) {
    Window w = readers.get(reader);
    List<Integer> of = new ArrayList<>();
    for (int k = slabAt(w.start(axis - 1)); k < slabs.size() && slabs.get(k).start(axis - 1) < w.end(axis - 1); k++) {
      of.add(k);
    }
    return of;
  }

  /**
   * Every slab's parts, in reader order: {@link #parts(int)} of every slab at once, in time that
   * grows with the number of parts, not with readers times slabs.
   */
  public List<List<Part>> partsBySlab() {
    List<List<Part>> bySlab = new ArrayList<>();
    for (int k = 0; k < slabs.size(); k++) {
      bySlab.add(new ArrayList<>());
    }
    for (int r = 0; r < readers.size(); r++) {
      for (int k : slabsOf(r)) {
        bySlab.get(k).add(new Part(r, readers.get(r).intersect(slabs.get(k)).orElseThrow()));
      }
    }
    return bySlab;
  }

  /** The slab holding sample {@code index} along the slab axis. */
  private int slabAt(int index) {
    int lo = 0;
    int hi = slabs.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (slabs.get(mid).start(axis - 1) <= index) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
