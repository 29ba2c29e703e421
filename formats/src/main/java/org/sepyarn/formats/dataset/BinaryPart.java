package org.sepyarn.formats.dataset;

import java.util.Objects;
import org.apache.hadoop.fs.Path;

/**
 * One file's share of a dataset's binary: {@code length} bytes starting at byte {@code offset}
 * of {@code path}. A plain binary is one part at offset 0; data following its header
 * ({@code in="stdin"}) starts after the separator; SEPlib's multi-file binaries are several parts
 * whose bytes are concatenated in order. {@code path} is fully qualified.
 */
public record BinaryPart(Path path, long offset, long length) {
  public BinaryPart {
    Objects.requireNonNull(path, "path");
    if (offset < 0) {
      throw new IllegalArgumentException("binary part " + path + " starts at byte " + offset + ", which is negative");
    }
    if (length < 0) {
      throw new IllegalArgumentException("binary part " + path + " has length " + length + ", which is negative");
    }
  }

  /** The part as a user would name it: the path, and where the data starts when not at byte 0. */
  public String describe() {
    return offset == 0 ? path.toString() : path + " (from byte " + offset + ")";
  }
}
