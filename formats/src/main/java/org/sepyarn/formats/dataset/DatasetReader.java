package org.sepyarn.formats.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/**
 * Reads windows of a dataset with positional reads of the byte runs the window occupies (leading
 * axes it spans fully merge into longer runs). Runs separated by at most {@code maxGapBytes} are
 * fetched by one read of their span, since each positional read is a round trip on HDFS, as long
 * as the span reads at most one unneeded byte in eight (so a split along the fastest axis reads
 * only its part of each row, and every input byte is read about once); with a gap of 0 only the
 * needed bytes are read. Spans are read a buffer-full ahead on a few shared threads
 * ({@link SpanPrefetcher}), so that many short reads overlap. Memory is bounded by the buffer
 * size (at most three buffers per call), never by the window's size. Streams to the binary's parts are opened once
 * and reused; close the reader to release them. Concurrent window reads are safe.
 */
public final class DatasetReader implements WindowSource, Closeable {
  /** Buffer size unless another is given. */
  public static final int DEFAULT_BUFFER_BYTES = 4 << 20;
  /** Largest gap between runs read through unless another is given. */
  public static final int DEFAULT_MAX_GAP_BYTES = 64 << 10;

  private final Dataset dataset;
  private final BinaryInput input;
  private final int bufferBytes;
  private final int maxGapBytes;

  /**
   * @param bufferBytes the most bytes one read fetches and {@link #copyWindow} buffers, at least 1
   * @param maxGapBytes the largest gap between two runs that one read spans, at least 0
   */
  public DatasetReader(Dataset dataset, Configuration conf, int bufferBytes, int maxGapBytes) {
    if (bufferBytes < 1) {
      throw new IllegalArgumentException("buffer size " + bufferBytes + " bytes is not allowed: it must be at least 1");
    }
    if (maxGapBytes < 0) {
      throw new IllegalArgumentException("maximum gap " + maxGapBytes + " bytes is not allowed: it must be at least 0");
    }
    this.dataset = dataset;
    this.input = new BinaryInput(dataset.parts(), conf);
    this.bufferBytes = bufferBytes;
    this.maxGapBytes = maxGapBytes;
  }

  public DatasetReader(Dataset dataset, Configuration conf, int bufferBytes) {
    this(dataset, conf, bufferBytes, DEFAULT_MAX_GAP_BYTES);
  }

  public DatasetReader(Dataset dataset, Configuration conf) {
    this(dataset, conf, DEFAULT_BUFFER_BYTES, DEFAULT_MAX_GAP_BYTES);
  }

  /** Opens the dataset whose header is {@code header} and a reader over it. */
  public static DatasetReader open(Path header, Configuration conf) throws IOException {
    return new DatasetReader(Dataset.open(header, conf), conf);
  }

  public Dataset dataset() {
    return dataset;
  }

  @Override
  public Hypercube cube() {
    return dataset.cube();
  }

  @Override
  public ElementFormat format() {
    return dataset.format();
  }

  @Override
  public void readWindow(Window window, byte[] dst, int offset) throws IOException {
    WindowRuns runs = new WindowRuns(cube(), window, format().esize());
    long needed = window.elementCount() * format().esize();
    if (offset < 0 || offset + needed > dst.length) {
      throw new IllegalArgumentException("window " + window + " of " + dataset.header() + " needs " + needed
          + " bytes but the destination holds " + dst.length + " bytes and is filled from offset " + offset);
    }
    read(runs, new ArrayTarget(dst, offset));
  }

  /**
   * Reads bytes {@code [position, position + length)} of the dataset's samples, in storage order,
   * into {@code dst} at {@code offset}: a positional read of a byte range, for callers that address
   * records (traces, header records) rather than windows.
   */
  public void readBytes(long position, byte[] dst, int offset, int length) throws IOException {
    long total = dataset.byteCount();
    if (position < 0 || length < 0 || position + length > total) {
      throw new IllegalArgumentException("bytes [" + position + ", " + (position + length) + ") are outside the "
          + total + " bytes of data of " + dataset.header());
    }
    if (offset < 0 || offset + length > dst.length) {
      throw new IllegalArgumentException("reading " + length + " bytes into an array of " + dst.length
          + " bytes from offset " + offset + " does not fit");
    }
    if (length > 0) {
      input.read(position, dst, offset, length);
    }
  }

  /**
   * Writes the samples of {@code window}, in storage order, to {@code out} through a buffer of at
   * most the reader's buffer size, whatever the window's size: short runs are gathered into one
   * buffer-full, long ones split. Does not close {@code out}.
   *
   * @return the number of bytes written
   */
  public long copyWindow(Window window, OutputStream out) throws IOException {
    WindowRuns runs = new WindowRuns(cube(), window, format().esize());
    long total = window.elementCount() * format().esize();
    StreamTarget target = new StreamTarget(out, (int) Math.min(bufferBytes, total));
    read(runs, target);
    target.flush();
    return total;
  }

  private void read(WindowRuns runs, SpanPrefetcher.SpanUser target) throws IOException {
    SpanPrefetcher prefetcher = new SpanPrefetcher(input, target, bufferBytes);
    SpanPlanner planner = new SpanPlanner(bufferBytes, maxGapBytes, prefetcher);
    boolean done = false;
    try {
      runs.forEach(planner::add);
      planner.finish();
      prefetcher.finish();
      done = true;
    } finally {
      if (!done) {
        prefetcher.cancel();
      }
    }
  }

  @Override
  public void close() throws IOException {
    input.close();
  }

  @Override
  public String toString() {
    return "DatasetReader[" + dataset + "]";
  }

  /** Fills a caller's array. */
  private final class ArrayTarget implements SpanPrefetcher.SpanUser {
    private final byte[] dst;
    private int cursor;

    ArrayTarget(byte[] dst, int offset) {
      this.dst = dst;
      this.cursor = offset;
    }

    @Override
    public void use(byte[] bytes, int[] runOffsets, int[] runLengths, int count) {
      for (int i = 0; i < count; i++) {
        System.arraycopy(bytes, runOffsets[i], dst, cursor, runLengths[i]);
        cursor += runLengths[i];
      }
    }

    @Override
    public void longRun(long position, long length) throws IOException {
      input.read(position, dst, cursor, (int) length);
      cursor += (int) length;
    }
  }

  /** Gathers runs into an output buffer written to a stream whenever it fills. */
  private final class StreamTarget implements SpanPrefetcher.SpanUser {
    private final OutputStream out;
    private final byte[] buffer;
    private int fill;

    StreamTarget(OutputStream out, int size) {
      this.out = out;
      this.buffer = new byte[size];
    }

    @Override
    public void use(byte[] bytes, int[] runOffsets, int[] runLengths, int count) throws IOException {
      for (int i = 0; i < count; i++) {
        int done = 0;
        while (done < runLengths[i]) {
          makeRoom();
          int n = Math.min(runLengths[i] - done, buffer.length - fill);
          System.arraycopy(bytes, runOffsets[i] + done, buffer, fill, n);
          fill += n;
          done += n;
        }
      }
    }

    @Override
    public void longRun(long position, long length) throws IOException {
      long done = 0;
      while (done < length) {
        makeRoom();
        int n = (int) Math.min(length - done, buffer.length - fill);
        input.read(position + done, buffer, fill, n);
        fill += n;
        done += n;
      }
    }

    private void makeRoom() throws IOException {
      if (fill == buffer.length) {
        flush();
      }
    }

    void flush() throws IOException {
      if (fill > 0) {
        out.write(buffer, 0, fill);
        fill = 0;
      }
    }
  }
}
