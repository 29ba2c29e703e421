package org.sepyarn.runner.heartbeat;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import org.sepyarn.formats.history.History;

/**
 * What a program last wrote to its progress file (SEP's {@code sep_progress}): SEPlib-style
 * {@code key=value} text, the last definition winning, with {@code progress=} a fraction from 0
 * to 1 and {@code checkpoint=} a free text the program wants back when its task is retried:
 *
 * <pre>progress=0.4 checkpoint="iteration=12"</pre>
 *
 * A missing or unreadable file, or a bad number, just means no progress yet. Only whole lines
 * count: an unfinished last line (a program killed while writing it) is ignored, so a torn
 * checkpoint never becomes the retry's. Only the last {@value #TAIL_BYTES} bytes are read, so a
 * file that grows by appending for weeks costs the same as a small one. A checkpoint outside
 * {@link CheckpointLimit} is not taken, nor one on a last line too long to be read whole: the
 * report then says why in {@code rejected}, and the last checkpoint taken stands.
 *
 * @param progress the fraction done, clamped to 0..1
 * @param checkpoint the checkpoint text, or null
 * @param rejected why the file's checkpoint was not taken, or null when nothing was refused
 */
public record ProgressReport(double progress, String checkpoint, String rejected) {
  public static final ProgressReport NONE = new ProgressReport(0, null);

  /** A report that refused nothing. */
  public ProgressReport(double progress, String checkpoint) {
    this(progress, checkpoint, null);
  }

  /** How much of the file's end is read: the last whole lines within it count. */
  public static final int TAIL_BYTES = 64 * 1024;

  public static ProgressReport read(File file) {
    if (!file.isFile()) {
      return NONE;
    }
    try {
      String lines = wholeLinesAtTheEnd(file);
      if (lines == null) {
        return new ProgressReport(0, null, "the last line of the progress file is longer than the "
            + TAIL_BYTES + " bytes the runner reads, so its checkpoint (over the limit of "
            + CheckpointLimit.MAX_BYTES + " bytes) is ignored and the last checkpoint within the limit stands");
      }
      if (lines.isEmpty()) {
        return NONE;
      }
      History h = History.parse(file.getPath(), lines);
      double progress = 0;
      try {
        progress = h.getDouble("progress", 0);
      } catch (IllegalArgumentException badNumber) {
        progress = 0;
      }
      progress = Double.isNaN(progress) ? 0 : Math.max(0, Math.min(1, progress));
      String checkpoint = h.getString("checkpoint", null);
      String rejected = checkpoint == null ? null : CheckpointLimit.problem(checkpoint).orElse(null);
      return new ProgressReport(progress, rejected == null ? checkpoint : null, rejected);
    } catch (IOException | RuntimeException e) {
      return NONE;
    }
  }

  /**
   * The whole lines in the last {@value #TAIL_BYTES} bytes of {@code file}: from the first line
   * that starts within them to the last one that ends with a newline. Null when the tail holds
   * no line start at all before its last newline (or has no newline): the file's last line is
   * longer than the tail, so whatever it defines cannot be read.
   */
  static String wholeLinesAtTheEnd(File file) throws IOException {
    byte[] tail;
    boolean fromStart;
    try (RandomAccessFile in = new RandomAccessFile(file, "r")) {
      long length = in.length();
      long from = Math.max(0, length - TAIL_BYTES);
      fromStart = from == 0;
      // One byte before the tail tells whether the tail starts a line.
      long readFrom = fromStart ? 0 : from - 1;
      tail = new byte[(int) (length - readFrom)];
      in.seek(readFrom);
      in.readFully(tail);
    }
    int end = tail.length;
    while (end > 0 && tail[end - 1] != '\n') {
      end--;
    }
    int start = 0;
    if (!fromStart) {
      while (start < end && tail[start] != '\n') {
        start++;
      }
      start++;
    }
    if (!fromStart && start >= end) {
      return null;
    }
    return start >= end ? "" : new String(tail, start, end - start, StandardCharsets.UTF_8);
  }
}
