package org.sepyarn.client.bench;

import java.util.Objects;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.formats.job.DataSize;

/**
 * What {@code sepyarn bench} was asked for, checked.
 *
 * @param embedded run on mini clusters in this process instead of the configured cluster
 * @param sizeBytes the synthetic dataset's size (its binary), as asked; the dataset rounds it down to whole traces
 * @param tasks how many tasks each job has (the patch job as near as its 2-D grid allows)
 * @param json print one JSON document instead of a table
 * @param dir the folder on the cluster file system for the datasets, or null for the default
 */
public record BenchOptions(boolean embedded, long sizeBytes, int tasks, boolean json, String dir) {
  public static final String DEFAULT_SIZE = "1g";
  public static final int DEFAULT_TASKS = 4;
  public static final int MAX_TASKS = 1000;
  /** The smallest dataset: 1 MiB. */
  public static final long MIN_BYTES = 1L << 20;
  /** The largest dataset: 1 TiB. */
  public static final long MAX_BYTES = 1L << 40;

  public BenchOptions {
    if (dir != null && dir.isBlank()) {
      dir = null;
    }
  }

  /**
   * Reads the options' texts; null means not given.
   *
   * @throws InvalidInputException naming the option and what it accepts
   */
  public static BenchOptions parse(boolean embedded, String size, String tasks, boolean json, String dir)
      throws InvalidInputException {
    return new BenchOptions(embedded, size(Objects.requireNonNullElse(size, DEFAULT_SIZE)),
        tasks(tasks == null ? Integer.toString(DEFAULT_TASKS) : tasks), json, checkedDir(dir));
  }

  static long size(String text) throws InvalidInputException {
    long bytes;
    try {
      bytes = DataSize.parse(text).bytes();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("--size: " + e.getMessage());
    }
    if (bytes < MIN_BYTES || bytes > MAX_BYTES) {
      throw new InvalidInputException("--size " + text + " is out of range: give 1m to 1t (e.g. 64m, 1g)");
    }
    return bytes;
  }

  static int tasks(String text) throws InvalidInputException {
    int n;
    try {
      n = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("--tasks " + text + " is not a whole number: give 1 to " + MAX_TASKS);
    }
    if (n < 1 || n > MAX_TASKS) {
      throw new InvalidInputException("--tasks " + text + " is out of range: give 1 to " + MAX_TASKS);
    }
    return n;
  }

  static String checkedDir(String dir) throws InvalidInputException {
    if (dir != null && dir.isBlank()) {
      throw new InvalidInputException("--dir is empty: give a folder on the cluster file system");
    }
    return dir;
  }
}
