package org.sepyarn.am.status;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the status files on a thread of its own, so that the event loop never waits for the
 * cluster file system (on HDFS each file costs a block closed, up to a second on a busy cluster).
 * Of the writes handed over while others run, only the newest is written: a status superseded
 * before its turn is dropped. {@link #flush()} returns once everything handed over before it is
 * written.
 */
public final class StatusFilesWriter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StatusFilesWriter.class);

  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "status-files-writer");
    t.setDaemon(true);
    return t;
  });
  private final AtomicReference<List<FileWrite>> newest = new AtomicReference<>();

  /** Writes {@code files} side by side soon, unless newer ones are handed over before their turn. */
  public void hand(List<FileWrite> files) {
    if (newest.getAndSet(List.copyOf(files)) == null) {
      thread.execute(this::writeNewest);
    }
  }

  private void writeNewest() {
    List<FileWrite> files = newest.getAndSet(null);
    if (files == null) {
      return;
    }
    try {
      FileWrite.allSideBySide(files);
    } catch (IOException e) {
      LOG.warn("cannot write the status files: {}", e.getMessage());
    }
  }

  /** Waits until every write handed over before this call has been written (or given up). */
  public void flush() throws InterruptedIOException {
    try {
      // A write handed over and not yet begun is queued before this no-op: one thread, in order.
      thread.submit(() -> { }).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the status files");
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Writes what is pending, then stops the thread. */
  @Override
  public void close() throws InterruptedIOException {
    try {
      flush();
    } finally {
      thread.shutdownNow();
    }
  }
}
