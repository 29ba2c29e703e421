package org.sepyarn.formats.dataset;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The stream a {@link DatasetWriter} hands out for the binary: it counts the bytes, refuses any
 * beyond the dataset's size as soon as they arrive, and closes the file underneath only once.
 */
final class BinaryOutputStream extends OutputStream {
  private final OutputStream out;
  private final long limit;
  private final String target;
  private long count;
  private boolean closed;

  BinaryOutputStream(OutputStream out, long limit, String target) {
    this.out = out;
    this.limit = limit;
    this.target = target;
  }

  long count() {
    return count;
  }

  @Override
  public void write(int b) throws IOException {
    reserve(1);
    out.write(b);
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    reserve(len);
    out.write(b, off, len);
    count += len;
  }

  private void reserve(int len) throws IOException {
    if (closed) {
      throw new IOException("the binary stream of " + target + " is closed");
    }
    if (count + len > limit) {
      throw new IOException("writing " + len + " more bytes to " + target + " after " + count + " would exceed the "
          + limit + " bytes its header describes");
    }
  }

  @Override
  public void flush() throws IOException {
    if (!closed) {
      out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      out.close();
    }
  }
}
