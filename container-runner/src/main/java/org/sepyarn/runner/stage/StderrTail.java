package org.sepyarn.runner.stage;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;

/** The last lines a program wrote to a log file, for diagnostics. */
public final class StderrTail {
  private static final int MAX_BYTES = 4096;

  private StderrTail() {
  }

  /** At most {@code maxLines} last lines (and at most 4 KiB); empty when the file is absent. */
  public static String of(File file, int maxLines) {
    if (!file.isFile()) {
      return "";
    }
    try (RandomAccessFile raf = new RandomAccessFile(file, "r")) {
      long length = raf.length();
      int size = (int) Math.min(length, MAX_BYTES);
      byte[] bytes = new byte[size];
      raf.seek(length - size);
      raf.readFully(bytes);
      String text = new String(bytes, StandardCharsets.UTF_8).stripTrailing();
      String[] lines = text.split("\n", -1);
      int from = Math.max(0, lines.length - maxLines);
      if (size < length && from == 0 && lines.length > 1) {
        from = 1;
      }
      return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e.getMessage() + ")";
    }
  }
}
