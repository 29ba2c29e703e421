package org.sepyarn.formats.merge;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/**
 * The output of a merge cut into slabs that are each contiguous in storage order and hold at most a
 * given number of samples: whole along the fastest axes, a run along one axis, a single sample
 * along the slower ones. Iterating gives the slabs in storage order, so writing them one after the
 * other writes the output sequentially.
 */
public final class SlabPlan implements Iterable<Window> {
  /** Largest slab, in samples, so that every working array stays indexable by an int. */
  static final int MAX_SLAB_SAMPLES = Integer.MAX_VALUE / 16;

  private final int[] n;
  private final int[] origin;
  private final int runDim;
  private final int runLength;
  private final int slabSamples;

  SlabPlan(int[] n, int maxSamples) {
    this(n, new int[n.length], maxSamples);
  }

  /** Slabs of the part of a grid that starts at {@code origin} and has lengths {@code n}. */
  private SlabPlan(int[] n, int[] origin, int maxSamples) {
    if (maxSamples < 1) {
      throw new IllegalArgumentException("a slab must hold at least 1 sample, got " + maxSamples);
    }
    this.n = n.clone();
    this.origin = origin.clone();
    int dim = 0;
    long below = 1;
    while (dim < n.length && below * n[dim] <= maxSamples) {
      below *= n[dim];
      dim++;
    }
    if (dim == n.length) {
      this.runDim = n.length - 1;
      this.runLength = n[n.length - 1];
      this.slabSamples = (int) below;
    } else {
      this.runDim = dim;
      this.runLength = (int) (maxSamples / below);
      this.slabSamples = (int) (below * runLength);
    }
  }

  /**
   * The plan for {@code cube} when merging may use {@code bufferBytes} of working memory and needs
   * {@code bytesPerSample} per output sample. Throws naming the buffer size when not even one
   * sample fits.
   */
  static SlabPlan forBudget(Hypercube cube, long bufferBytes, int bytesPerSample, String mergeName, ElementFormat format) {
    long samples = bufferBytes / bytesPerSample;
    if (samples < 1) {
      throw new IllegalArgumentException("bufferBytes=" + bufferBytes + " is too small for a " + mergeName + " of "
          + format + " samples: it needs " + bytesPerSample + " bytes per sample; give at least " + bytesPerSample
          + " (a few MB or more is sensible)");
    }
    return new SlabPlan(cube.lengths(), (int) Math.min(samples, MAX_SLAB_SAMPLES));
  }

  /** As {@link #forBudget}, over only {@code region} of the cube. */
  static SlabPlan forBudget(Hypercube cube, OutputRegion region, long bufferBytes, int bytesPerSample,
      String mergeName, ElementFormat format) {
    forBudget(cube, bufferBytes, bytesPerSample, mergeName, format);
    int[] lengths = cube.lengths();
    int[] origin = new int[lengths.length];
    region.check(cube);
    int dim = region.axis() - 1;
    if (dim < lengths.length) {
      origin[dim] = region.from();
      lengths[dim] = region.to() - region.from();
    }
    return new SlabPlan(lengths, origin, (int) Math.min(bufferBytes / bytesPerSample, MAX_SLAB_SAMPLES));
  }

  /**
   * The slabs of {@code region} (a window of a larger grid), each of at most {@code maxSamples}
   * samples, as windows of that grid.
   */
  public static SlabPlan over(Window region, int maxSamples) {
    return new SlabPlan(region.counts(), region.starts(), maxSamples);
  }

  /** Samples in the largest slab. */
  public int slabSamples() {
    return slabSamples;
  }

  @Override
  public Iterator<Window> iterator() {
    return new Iterator<>() {
      private final int[] start = new int[n.length];
      private boolean done;

      @Override
      public boolean hasNext() {
        return !done;
      }

      @Override
      public Window next() {
        if (done) {
          throw new NoSuchElementException();
        }
        int[] count = new int[n.length];
        int[] at = new int[n.length];
        for (int d = 0; d < n.length; d++) {
          count[d] = d < runDim ? n[d] : d == runDim ? Math.min(runLength, n[d] - start[d]) : 1;
          at[d] = origin[d] + start[d];
        }
        Window slab = new Window(at, count);
        advance();
        return slab;
      }

      private void advance() {
        start[runDim] += runLength;
        if (start[runDim] < n[runDim]) {
          return;
        }
        start[runDim] = 0;
        for (int d = runDim + 1; d < n.length; d++) {
          if (++start[d] < n[d]) {
            return;
          }
          start[d] = 0;
        }
        done = true;
      }
    };
  }
}
