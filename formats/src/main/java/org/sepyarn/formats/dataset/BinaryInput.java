package org.sepyarn.formats.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;

/**
 * Positional reads of a binary's logical content across its parts. Each part's stream is opened
 * on first use and kept until {@link #close()}; reads may run concurrently.
 */
final class BinaryInput implements Closeable {
  private final BinaryLayout layout;
  private final Configuration conf;
  private final FSDataInputStream[] streams;
  private boolean closed;

  BinaryInput(List<BinaryPart> parts, Configuration conf) {
    this.layout = new BinaryLayout(parts);
    this.conf = conf;
    this.streams = new FSDataInputStream[parts.size()];
  }

  BinaryLayout layout() {
    return layout;
  }

  /** Reads bytes {@code [position, position + length)} of the binary into {@code dst} at {@code offset}. */
  void read(long position, byte[] dst, int offset, int length) throws IOException {
    layout.forEachSlice(position, length, (part, filePosition, rangeOffset, n) -> {
      FSDataInputStream in = stream(part);
      try {
        in.readFully(filePosition, dst, offset + (int) rangeOffset, (int) n);
      } catch (IOException e) {
        Path path = layout.parts().get(part).path();
        throw new IOException("cannot read " + n + " bytes at byte " + filePosition + " of binary " + path + ": "
            + e.getMessage(), e);
      }
    });
  }

  private synchronized FSDataInputStream stream(int part) throws IOException {
    if (closed) {
      throw new IOException("binary of " + layout.parts().get(0).path() + " is already closed");
    }
    if (streams[part] == null) {
      Path path = layout.parts().get(part).path();
      streams[part] = DataFileSystems.forData(path, conf).open(path);
    }
    return streams[part];
  }

  @Override
  public synchronized void close() throws IOException {
    closed = true;
    IOException first = null;
    for (int i = 0; i < streams.length; i++) {
      if (streams[i] != null) {
        try {
          streams[i].close();
        } catch (IOException e) {
          if (first == null) {
            first = e;
          }
        }
        streams[i] = null;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
