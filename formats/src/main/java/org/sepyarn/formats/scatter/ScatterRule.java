package org.sepyarn.formats.scatter;

import java.util.List;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/**
 * When an input is scattered before its tasks run, and into how many slabs: when its tasks read
 * it in windows of at least {@code minRuns} runs (stretches contiguous in the file) shorter than
 * {@code maxRunBytes}, each of which would be one positional read. The slabs hold about
 * {@code bytesPerTask} of the input each.
 *
 * @param maxRunBytes runs shorter than this are worth scattering; 0 never scatters
 * @param minRuns the fewest runs a task's window has for its input to be scattered
 * @param bytesPerTask about how many input bytes one scatter task reads
 */
public record ScatterRule(long maxRunBytes, long minRuns, long bytesPerTask) {
  /**
   * Runs shorter than this scatter by default. A positional read of HDFS costs about as much as
   * reading a few hundred KiB in one pass (0.3 to 0.4 ms here); below 64 KiB a window's reads cost
   * more than the scatter's extra write and read of its bytes.
   */
  public static final long DEFAULT_MAX_RUN_BYTES = 64 << 10;
  /** A window of fewer runs reads them in a second or so: not worth a scatter phase. */
  public static final long DEFAULT_MIN_RUNS = 4096;
  /** One scatter task per GiB of input, as merge tasks are one per GiB of output. */
  public static final long DEFAULT_BYTES_PER_TASK = 1L << 30;

  public ScatterRule {
    if (maxRunBytes < 0 || minRuns < 1 || bytesPerTask < 1) {
      throw new IllegalArgumentException("scatter rule: maxRunBytes " + maxRunBytes + " must be at least 0, minRuns "
          + minRuns + " and bytesPerTask " + bytesPerTask + " at least 1");
    }
  }

  public static ScatterRule defaults() {
    return new ScatterRule(DEFAULT_MAX_RUN_BYTES, DEFAULT_MIN_RUNS, DEFAULT_BYTES_PER_TASK);
  }

  /**
   * Whether an input of shape {@code cube} and {@code esize} bytes per sample, read by tasks in
   * {@code windows} (one per task), is scattered: two tasks or more, none reading the whole input,
   * and the window of most runs has at least {@link #minRuns} of them, shorter than
   * {@link #maxRunBytes}.
   */
  public boolean scatters(Hypercube cube, int esize, List<Window> windows) {
    if (maxRunBytes == 0 || windows.size() < 2) {
      return false;
    }
    Window widest = null;
    long mostRuns = 0;
    for (Window w : windows) {
      if (w.equals(cube.fullWindow())) {
        return false;
      }
      long runs = w.elementCount() * esize / runBytes(cube, w, esize);
      if (runs > mostRuns) {
        mostRuns = runs;
        widest = w;
      }
    }
    return widest != null && mostRuns >= minRuns && runBytes(cube, widest, esize) < maxRunBytes;
  }

  /**
   * The bytes of one run of {@code w} in the file of {@code cube}: its extent along the fastest
   * axes it spans whole and the first it does not.
   */
  static long runBytes(Hypercube cube, Window w, int esize) {
    long run = esize;
    int rank = Math.max(cube.rank(), w.rank());
    for (int d = 0; d < rank; d++) {
      run *= w.count(d);
      if (w.count(d) != cube.n(d + 1)) {
        break;
      }
    }
    return run;
  }
}
