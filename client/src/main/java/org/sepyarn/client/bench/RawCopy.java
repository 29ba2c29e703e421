package org.sepyarn.client.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The physical limit: a streaming copy of a binary through the cluster file system's streams
 * (read and write), in one client thread, as fast as the file system goes.
 */
final class RawCopy {
  private static final int BUFFER = 1 << 20;

  private RawCopy() {
  }

  /** Copies {@code from} to {@code to} (replacing it), deletes the copy; returns the seconds it took. */
  static double run(FileSystem fs, Path from, Path to) throws IOException {
    long begin = System.nanoTime();
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = fs.open(from); OutputStream out = fs.create(to, true)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
      }
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    fs.delete(to, false);
    return seconds;
  }
}
