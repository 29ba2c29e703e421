package org.sepyarn.runner.spec;

/**
 * Bytes read from and written to the cluster file system.
 *
 * @param read bytes read, at least 0
 * @param written bytes written, at least 0
 */
public record ByteCount(long read, long written) {
  /** Nothing read, nothing written. */
  public static final ByteCount NONE = new ByteCount(0, 0);

  public ByteCount {
    if (read < 0 || written < 0) {
      throw new IllegalArgumentException("byte counts cannot be negative: read " + read + ", written " + written);
    }
  }

  public ByteCount plus(ByteCount other) {
    return new ByteCount(read + other.read, written + other.written);
  }

  /**
   * What was counted since {@code earlier}, a count taken before this one of the same counter;
   * never below 0 (a counter reset in between is taken as nothing counted).
   */
  public ByteCount since(ByteCount earlier) {
    return new ByteCount(Math.max(0, read - earlier.read), Math.max(0, written - earlier.written));
  }

  /** Read and written together. */
  public long moved() {
    return read + written;
  }
}
