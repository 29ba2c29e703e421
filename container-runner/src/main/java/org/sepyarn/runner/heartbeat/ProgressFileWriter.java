package org.sepyarn.runner.heartbeat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the progress of work the runner does itself (a merge or scatter task) to the progress
 * file the heartbeat reads ({@link ProgressReport}), at most once a second and always at the end,
 * replacing the file in one step so the heartbeat never reads half of it.
 */
public final class ProgressFileWriter {
  private static final Logger LOG = LoggerFactory.getLogger(ProgressFileWriter.class);
  private static final long INTERVAL_MS = 1000;

  private final File file;
  private long last;

  public ProgressFileWriter(File file) {
    this.file = file;
  }

  /** Records {@code fraction} (0 to 1) done. */
  public void progress(double fraction) {
    long now = System.currentTimeMillis();
    if (now - last < INTERVAL_MS && fraction < 1) {
      return;
    }
    last = now;
    try {
      File next = new File(file.getPath() + ".next");
      Files.writeString(next.toPath(), "progress=" + fraction + "\n", StandardCharsets.UTF_8);
      Files.move(next.toPath(), file.toPath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.debug("cannot write progress: {}", e.getMessage());
    }
  }
}
