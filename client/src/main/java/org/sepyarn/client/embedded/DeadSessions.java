package org.sepyarn.client.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.hadoop.fs.FileUtil;

/**
 * Cleans up after embedded sessions whose process died without closing (SIGKILL, a crash): stops
 * the container processes they left running and deletes their folders. Run by every embedded
 * start, so a killed session is gone at the next start at the latest. Only folders a session
 * marked as its own ({@link SessionLock}) are touched.
 */
final class DeadSessions {
  private DeadSessions() {
  }

  /**
   * Cleans the dead sessions' folders named {@code prefix*} in {@code parent}, telling {@code log}
   * of each; returns how many were removed. A folder that cannot be cleaned is reported and left.
   */
  static int clean(Path parent, String prefix, PrintStream log) {
    int removed = 0;
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, prefix + "*")) {
      for (Path folder : folders) {
        if (Files.isDirectory(folder) && cleanOne(folder, log)) {
          removed++;
        }
      }
    } catch (IOException e) {
      log.println("cannot look for dead embedded sessions in " + parent + ": " + e.getMessage());
    }
    return removed;
  }

  private static boolean cleanOne(Path folder, PrintStream log) {
    try {
      long pid = SessionLock.recordedPid(folder).orElse(-1);
      Optional<SessionLock> dead = SessionLock.ifDead(folder);
      if (dead.isEmpty()) {
        return false;
      }
      int killed;
      try (SessionLock lock = dead.get()) {
        killed = ContainerProcesses.killUnder(folder);
      }
      boolean deleted = FileUtil.fullyDelete(folder.toFile());
      log.println((deleted ? "removed " : "could not remove all of ") + folder + ", the folder of an embedded session"
          + " whose process (" + pid + ") ended without stopping" + (killed > 0 ? "; stopped the " + killed
          + " container process" + (killed == 1 ? "" : "es") + " it left running" : ""));
      return deleted;
    } catch (IOException e) {
      log.println("cannot clean " + folder + ", the folder of an embedded session: " + e.getMessage());
      return false;
    }
  }
}
