package org.sepyarn.formats.dataset;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads planned spans on a few shared threads ahead of the thread that uses them, and hands them
 * on in order. A window that keeps a small part of every row (a split along the fastest axis)
 * makes many short reads, each a round trip on HDFS; overlapping them hides most of the waiting
 * while reading only the bytes needed. At most {@code maxBytesAhead} bytes and
 * {@value #MAX_SPANS_AHEAD} spans are read ahead; runs longer than the buffer are read in order on
 * the calling thread.
 */
final class SpanPrefetcher implements SpanPlanner.SpanSink {
  /** Threads shared by every reader of the JVM; the work is waiting for data nodes. */
  static final int READ_THREADS = 8;
  static final int MAX_SPANS_AHEAD = 64;

  private static final ExecutorService POOL = Executors.newFixedThreadPool(READ_THREADS, daemonThreads());

  /** Uses spans once their bytes are read. */
  interface SpanUser {
    /** The bytes of a span, with its runs at {@code runOffsets} of {@code runLengths}. */
    void use(byte[] bytes, int[] runOffsets, int[] runLengths, int count) throws IOException;

    /** Reads and uses a run longer than the buffer, in pieces. */
    void longRun(long position, long length) throws IOException;
  }

  private record Pending(Future<byte[]> bytes, int length, int[] offsets, int[] lengths, int count) {
  }

  private final BinaryInput input;
  private final SpanUser user;
  private final long maxBytesAhead;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  private long bytesAhead;

  SpanPrefetcher(BinaryInput input, SpanUser user, long maxBytesAhead) {
    this.input = input;
    this.user = user;
    this.maxBytesAhead = maxBytesAhead;
  }

  @Override
  public void span(long start, int length, int[] runOffsets, int[] runLengths, int count) throws IOException {
    Future<byte[]> bytes = POOL.submit(() -> {
      byte[] b = new byte[length];
      input.read(start, b, 0, length);
      return b;
    });
    pending.add(new Pending(bytes, length, Arrays.copyOf(runOffsets, count), Arrays.copyOf(runLengths, count),
        count));
    bytesAhead += length;
    while (pending.size() > MAX_SPANS_AHEAD || bytesAhead > maxBytesAhead) {
      useNext();
    }
  }

  @Override
  public void longRun(long position, long length) throws IOException {
    finish();
    user.longRun(position, length);
  }

  /** Uses every span still pending. */
  void finish() throws IOException {
    while (!pending.isEmpty()) {
      useNext();
    }
  }

  /** Gives up the spans still pending (after a failure). */
  void cancel() {
    for (Pending p : pending) {
      p.bytes().cancel(false);
    }
    pending.clear();
    bytesAhead = 0;
  }

  private void useNext() throws IOException {
    Pending p = pending.poll();
    bytesAhead -= p.length();
    user.use(await(p.bytes()), p.offsets(), p.lengths(), p.count());
  }

  private static byte[] await(Future<byte[]> bytes) throws IOException {
    try {
      return bytes.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(e.getCause().getMessage(), e.getCause());
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "sepyarn-span-reader-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
