package org.sepyarn.examples.stdio;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** An input stream that knows what it reads from (see {@link StreamOrigin}). */
public final class DescribedInputStream extends FilterInputStream {
  private final StreamOrigin origin;

  public DescribedInputStream(InputStream in, StreamOrigin origin) {
    super(Objects.requireNonNull(in, "in"));
    this.origin = Objects.requireNonNull(origin, "origin");
  }

  public StreamOrigin origin() {
    return origin;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    return in.read(b, off, len);
  }
}
