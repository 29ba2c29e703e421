package org.sepyarn.am.status;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.sepyarn.am.concurrent.SideBySide;

/**
 * One small file written or copied on the cluster file system. Each costs a block written and
 * closed, a fraction of a second on HDFS (more on a loaded cluster), mostly waiting: several are
 * written side by side.
 */
@FunctionalInterface
public interface FileWrite {
  /** Writes at most this many files at once. */
  int AT_ONCE = 8;

  void run() throws IOException;

  /**
   * Runs every write, {@value #AT_ONCE} at a time, and returns when all have ended; throws the
   * first failure (in list order) once all have ended, so that none is left writing.
   */
  static void allSideBySide(List<FileWrite> writes) throws IOException {
    SideBySide.all(writes.stream().map(w -> (Callable<Void>) () -> {
      w.run();
      return null;
    }).toList(), AT_ONCE, "file-write");
  }
}
