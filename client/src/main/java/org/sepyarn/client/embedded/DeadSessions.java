package org.sepyarn.client.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
      int nodes;
      int killed;
      try (SessionLock lock = dead.get()) {
        nodes = NodeManagerProcess.killRecordedUnder(folder);
        killed = ContainerProcesses.killUnder(folder);
      }
      boolean deleted = FileUtil.fullyDelete(folder.toFile());
      log.println((deleted ? "removed " : "could not remove all of ") + folder + ", the folder of an embedded session"
          + " whose process (" + pid + ") ended without stopping" + leftRunning(nodes, killed));
      return deleted;
    } catch (IOException | java.io.UncheckedIOException e) {
      log.println("cannot clean " + folder + ", the folder of an embedded session: " + e.getMessage());
      return false;
    }
  }

  /** "; stopped the ... it left running", or nothing when it left nothing running. */
  private static String leftRunning(int nodes, int containers) {
    List<String> what = new java.util.ArrayList<>();
    if (nodes > 0) {
      what.add(nodes + " NodeManager process" + (nodes == 1 ? "" : "es"));
    }
    if (containers > 0) {
      what.add(containers + " container process" + (containers == 1 ? "" : "es"));
    }
    return what.isEmpty() ? "" : "; stopped the " + String.join(" and the ", what) + " it left running";
  }
}
