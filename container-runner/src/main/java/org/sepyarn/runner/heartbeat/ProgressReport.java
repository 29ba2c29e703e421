package org.sepyarn.runner.heartbeat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.sepyarn.formats.history.History;

/**
 * What a program last wrote to its progress file (SEP's {@code sep_progress}): SEPlib-style
 * {@code key=value} text, the last definition winning, with {@code progress=} a fraction from 0
 * to 1 and {@code checkpoint=} a free text the program wants back when its task is retried:
 *
 * <pre>progress=0.4 checkpoint="iteration=12"</pre>
 *
 * A missing or unreadable file, or a bad number, just means no progress yet.
 *
 * @param progress the fraction done, clamped to 0..1
 * @param checkpoint the checkpoint text, or null
 */
public record ProgressReport(double progress, String checkpoint) {
  public static final ProgressReport NONE = new ProgressReport(0, null);

  public static ProgressReport read(File file) {
    if (!file.isFile()) {
      return NONE;
    }
    try {
      History h = History.parse(file.getPath(), new String(Files.readAllBytes(file.toPath()), StandardCharsets.UTF_8));
      double progress = 0;
      try {
        progress = h.getDouble("progress", 0);
      } catch (IllegalArgumentException badNumber) {
        progress = 0;
      }
      progress = Double.isNaN(progress) ? 0 : Math.max(0, Math.min(1, progress));
      String checkpoint = h.getString("checkpoint", null);
      return new ProgressReport(progress, checkpoint);
    } catch (IOException | RuntimeException e) {
      return NONE;
    }
  }
}
