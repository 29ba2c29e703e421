package org.sepyarn.examples.stdio;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * An output stream that knows where it writes to (see {@link StreamOrigin}): for a program's
 * stdout, the file the shell redirected it to names the output header and hence its binary.
 */
public final class DescribedOutputStream extends FilterOutputStream {
  private final StreamOrigin origin;

  public DescribedOutputStream(OutputStream out, StreamOrigin origin) {
    super(Objects.requireNonNull(out, "out"));
    this.origin = Objects.requireNonNull(origin, "origin");
  }

  public StreamOrigin origin() {
    return origin;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }
}
