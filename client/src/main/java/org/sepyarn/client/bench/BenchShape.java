package org.sepyarn.client.bench;

import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * The synthetic dataset's axes for a size and a number of tasks: {@value #SAMPLES_PER_TRACE}
 * float samples per trace (axis 1), up to {@value #MAX_N2} traces along axis 2, and the slowest
 * axis 3 as long as the size allows. Also the 2-D patch grid over axes 2 and 3.
 *
 * @param n1 samples per trace
 * @param n2 traces per gather
 * @param n3 gathers: the slowest axis
 */
public record BenchShape(int n1, int n2, int n3) {
  public static final int SAMPLES_PER_TRACE = 1000;
  public static final int MAX_N2 = 100;
  public static final int BYTES_PER_SAMPLE = 4;
  /** Patch overlap at most this many samples on each side. */
  public static final int MAX_OVERLAP = 10;

  /**
   * The shape closest to {@code bytes} from below, with at least {@code tasks} gathers along the
   * slowest axis.
   *
   * @throws InvalidInputException when the size is too small for that many tasks
   */
  public static BenchShape of(long bytes, int tasks) throws InvalidInputException {
    long traces = bytes / ((long) SAMPLES_PER_TRACE * BYTES_PER_SAMPLE);
    int n2 = (int) Math.max(1, Math.min(MAX_N2, traces / (4L * tasks)));
    long n3 = traces / n2;
    if (n3 < tasks || n3 > Integer.MAX_VALUE) {
      long needed = (long) tasks * SAMPLES_PER_TRACE * BYTES_PER_SAMPLE;
      throw new InvalidInputException("--size " + bytes + " bytes is too small for " + tasks + " tasks along the"
          + " slowest axis: give at least " + needed + " bytes, or fewer tasks");
    }
    return new BenchShape(SAMPLES_PER_TRACE, n2, (int) n3);
  }

  public Hypercube cube() {
    return Hypercube.of(new Axis(n1, 0, 0.004, "time", "s"), new Axis(n2, 0, 25, "offset", "m"),
        new Axis(n3, 0, 12.5, "cmp", "m"));
  }

  public long bytes() {
    return (long) n1 * n2 * n3 * BYTES_PER_SAMPLE;
  }

  /** Blocks along axes 2 and 3 whose product is {@code tasks} or the nearest below that fits. */
  public int[] patchBlocks(int tasks) {
    for (int t = tasks; t > 1; t--) {
      for (int b2 = (int) Math.sqrt(t); b2 >= 1; b2--) {
        int b3 = t / b2;
        if (b2 * b3 == t && b2 <= n2 && b3 <= n3) {
          return new int[] {b2, b3};
        }
      }
    }
    return new int[] {1, 1};
  }

  /** Overlap along axes 2 and 3 for these blocks: a quarter of the smallest block, 1 to {@value #MAX_OVERLAP}. */
  public int[] patchOverlap(int[] blocks) {
    return new int[] {overlap(n2, blocks[0]), overlap(n3, blocks[1])};
  }

  private static int overlap(int n, int blocks) {
    int smallest = n / blocks;
    return Math.max(Math.min(1, smallest), Math.min(MAX_OVERLAP, smallest / 4));
  }
}
