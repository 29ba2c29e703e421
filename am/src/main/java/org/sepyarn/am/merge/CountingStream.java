package org.sepyarn.am.merge;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Counts bytes on their way to the writer without copying them. */
final class CountingStream extends FilterOutputStream {
  private final java.util.function.LongConsumer written;

  CountingStream(OutputStream out, java.util.function.LongConsumer written) {
    super(out);
    this.written = written;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    written.accept(len);
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    written.accept(1);
  }

  @Override
  public void close() {
    // the writer owns the stream and closes it at commit
  }
}

