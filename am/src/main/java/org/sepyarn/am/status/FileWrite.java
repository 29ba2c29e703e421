package org.sepyarn.am.status;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    if (writes.isEmpty()) {
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(AT_ONCE, writes.size()), r -> {
      Thread t = new Thread(r, "file-write");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Void>> running = new ArrayList<>();
      for (FileWrite w : writes) {
        running.add(pool.submit(() -> {
          w.run();
          return null;
        }));
      }
      IOException first = null;
      for (Future<Void> f : running) {
        try {
          f.get();
        } catch (ExecutionException e) {
          IOException failure = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
          first = first == null ? failure : first;
        }
      }
      if (first != null) {
        throw first;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the history record");
    } finally {
      pool.shutdownNow();
    }
  }
}
