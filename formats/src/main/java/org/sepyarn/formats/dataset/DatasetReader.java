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
 * Reads windows of a dataset with positional reads of only the byte runs the window occupies
 * (leading axes it spans fully merge into longer runs). Streams to the binary's parts are opened
 * once and reused; close the reader to release them. Concurrent window reads are safe.
 */
public final class DatasetReader implements WindowSource, Closeable {
  /** Buffer used by {@link #copyWindow} unless another size is given. */
  public static final int DEFAULT_BUFFER_BYTES = 4 << 20;

  private final Dataset dataset;
  private final BinaryInput input;
  private final int bufferBytes;

  public DatasetReader(Dataset dataset, Configuration conf, int bufferBytes) {
    if (bufferBytes < 1) {
      throw new IllegalArgumentException("buffer size " + bufferBytes + " bytes is not allowed: it must be at least 1");
    }
    this.dataset = dataset;
    this.input = new BinaryInput(dataset.parts(), conf);
    this.bufferBytes = bufferBytes;
  }

  public DatasetReader(Dataset dataset, Configuration conf) {
    this(dataset, conf, DEFAULT_BUFFER_BYTES);
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
    int[] cursor = {offset};
    runs.forEach((position, length) -> {
      input.read(position, dst, cursor[0], (int) length);
      cursor[0] += (int) length;
    });
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
    byte[] buffer = new byte[(int) Math.min(bufferBytes, total)];
    int[] fill = {0};
    runs.forEach((position, length) -> {
      long done = 0;
      while (done < length) {
        if (fill[0] == buffer.length) {
          out.write(buffer, 0, fill[0]);
          fill[0] = 0;
        }
        int n = (int) Math.min(length - done, buffer.length - fill[0]);
        input.read(position + done, buffer, fill[0], n);
        fill[0] += n;
        done += n;
      }
    });
    out.write(buffer, 0, fill[0]);
    return total;
  }

  @Override
  public void close() throws IOException {
    input.close();
  }

  @Override
  public String toString() {
    return "DatasetReader[" + dataset + "]";
  }
}
