package org.sepyarn.client.bench;

import java.util.List;
import java.util.Optional;

/**
 * A benchmark's figures: the dataset, the raw copies (interleaved with the jobs) and the jobs;
 * the derived throughputs, bytes per output byte, and ratios to the raw copy's median time.
 *
 * @param shape the synthetic dataset
 * @param tasks tasks per job
 * @param where {@code embedded} or the cluster's default file system
 * @param rawSeconds every raw copy's time, in the order they ran
 * @param jobs every job, in the order they ran
 */
public record BenchReport(BenchShape shape, int tasks, String where, List<Double> rawSeconds, List<Measurement> jobs) {
  /** A raw copy reads and writes every byte once. */
  public static final double RAW_MOVED_PER_BYTE = 2.0;

  public BenchReport {
    if (rawSeconds.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one raw copy");
    }
    rawSeconds = List.copyOf(rawSeconds);
    jobs = List.copyOf(jobs);
  }

  /** The median raw copy: the physical limit the jobs are compared with. */
  public double rawMedianSeconds() {
    double[] sorted = rawSeconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** Megabytes (10^6 bytes) of the dataset per second in {@code seconds}. */
  public double megabytesPerSecond(double seconds) {
    return seconds <= 0 ? Double.POSITIVE_INFINITY : shape.bytes() / 1e6 / seconds;
  }

  /** How many times the raw copy's median time {@code seconds} is. */
  public double timeRatio(double seconds) {
    return seconds / rawMedianSeconds();
  }

  /** Cluster bytes moved per output byte of a job, when known. */
  public static Optional<Double> movedPerOutputByte(Measurement m) {
    return m.bytes().flatMap(ByteFigures::movedPerOutputByte);
  }

  /** The fastest and slowest raw copy, for the spread. */
  public double[] rawRange() {
    double[] sorted = rawSeconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new double[] {sorted[0], sorted[sorted.length - 1]};
  }
}
