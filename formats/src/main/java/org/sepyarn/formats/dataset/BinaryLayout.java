package org.sepyarn.formats.dataset;

import java.io.IOException;
import java.util.List;

/**
 * Maps a byte range of a binary's logical content (its parts concatenated) onto the parts'
 * files: a range that crosses part boundaries becomes one slice per part touched.
 */
final class BinaryLayout {
  /** Receives one slice of a range. */
  @FunctionalInterface
  interface SliceVisitor {
    /**
     * @param part index of the part
     * @param filePosition byte position in the part's file
     * @param rangeOffset where the slice starts within the requested range
     * @param length bytes in the slice
     */
    void slice(int part, long filePosition, long rangeOffset, long length) throws IOException;
  }

  private final List<BinaryPart> parts;
  private final long[] starts;
  private final long total;

  BinaryLayout(List<BinaryPart> parts) {
    this.parts = List.copyOf(parts);
    this.starts = new long[parts.size()];
    long position = 0;
    for (int i = 0; i < starts.length; i++) {
      starts[i] = position;
      position = Math.addExact(position, parts.get(i).length());
    }
    this.total = position;
  }

  List<BinaryPart> parts() {
    return parts;
  }

  long totalLength() {
    return total;
  }

  /** Visits the slices holding bytes {@code [position, position + length)} of the logical content, in order. */
  void forEachSlice(long position, long length, SliceVisitor visitor) throws IOException {
    if (position < 0 || length < 0 || position + length > total) {
      throw new IllegalArgumentException("bytes " + position + " to " + (position + length) + " are outside the "
          + total + " bytes of the binary");
    }
    int part = partAt(position);
    long done = 0;
    while (done < length) {
      long inPart = position + done - starts[part];
      long n = Math.min(length - done, parts.get(part).length() - inPart);
      if (n > 0) {
        visitor.slice(part, parts.get(part).offset() + inPart, done, n);
        done += n;
      }
      part++;
    }
  }

  /** The part holding logical byte {@code position} (the last part starting at or before it). */
  private int partAt(long position) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= position) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
