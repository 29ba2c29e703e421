package org.sepyarn.formats.sep3d;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.formats.dataset.DatasetReader;

/**
 * Reads traces of a SEP3D dataset by their 0-based position in the trace file with positional
 * reads: runs of consecutive traces are fetched together, through one buffer of bounded size,
 * whatever the number of traces.
 */
public final class TraceReader implements Closeable {
  private final Sep3dDataset dataset;
  private final DatasetReader reader;
  private final byte[] buffer;

  /** @param bufferBytes the most bytes one read fetches, at least 1 */
  public TraceReader(Sep3dDataset dataset, Configuration conf, int bufferBytes) {
    if (bufferBytes < 1) {
      throw new IllegalArgumentException("buffer size " + bufferBytes + " bytes is not allowed: it must be at least 1");
    }
    this.dataset = dataset;
    this.reader = new DatasetReader(dataset.traces(), conf);
    long wanted = Math.max(1, dataset.traceCount()) * (long) dataset.traceBytes();
    this.buffer = new byte[(int) Math.min(bufferBytes, wanted)];
  }

  public TraceReader(Sep3dDataset dataset, Configuration conf) {
    this(dataset, conf, DatasetReader.DEFAULT_BUFFER_BYTES);
  }

  /**
   * Writes the traces {@code traces} names, in that order, to {@code out}; does not close it.
   *
   * @return the number of bytes written
   */
  public long copyTraces(long[] traces, OutputStream out) throws IOException {
    long traceBytes = dataset.traceBytes();
    long written = 0;
    int i = 0;
    while (i < traces.length) {
      long first = check(traces[i]);
      int run = 1;
      while (i + run < traces.length && traces[i + run] == first + run) {
        check(traces[i + run]);
        run++;
      }
      long start = first * traceBytes;
      long length = run * traceBytes;
      for (long done = 0; done < length;) {
        int n = (int) Math.min(buffer.length, length - done);
        reader.readBytes(start + done, buffer, 0, n);
        out.write(buffer, 0, n);
        done += n;
      }
      written += length;
      i += run;
    }
    return written;
  }

  private long check(long trace) {
    if (trace < 0 || trace >= dataset.traceCount()) {
      throw new IllegalArgumentException("trace " + trace + " (0-based) is outside the " + dataset.traceCount()
          + " traces of " + dataset.header());
    }
    return trace;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
