package org.sepyarn.am.concurrent;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs pieces of work that mostly wait for the cluster file system, several at once. */
public final class SideBySide {
  private SideBySide() {
  }

  /**
   * Runs every piece of {@code work}, at most {@code atOnce} at a time on daemon threads named
   * {@code name}, and returns their results in order once all have ended. Throws the first failure
   * in list order once all have ended, so that none is left running.
   */
  public static <R> List<R> all(List<? extends Callable<R>> work, int atOnce, String name) throws IOException {
    if (work.isEmpty()) {
      return List.of();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(atOnce, work.size()), r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<R>> running = new ArrayList<>(work.size());
      for (Callable<R> w : work) {
        running.add(pool.submit(w));
      }
      List<R> results = new ArrayList<>(work.size());
      IOException first = null;
      for (Future<R> f : running) {
        try {
          results.add(f.get());
        } catch (ExecutionException e) {
          IOException failure = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
          first = first == null ? failure : first;
        }
      }
      if (first != null) {
        throw first;
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for " + name);
    } finally {
      pool.shutdownNow();
    }
  }
}
