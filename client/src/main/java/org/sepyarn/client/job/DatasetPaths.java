package org.sepyarn.client.job;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Where a dataset path given by the user lives, by the rule of {@code hadoop fs}: a URI with a
 * scheme ({@code hdfs://nn/data/in.H}, {@code file:/tmp/in.H}) names its file system; a path
 * without one is on the default file system ({@code fs.defaultFS}, HDFS on a cluster), an
 * absolute path from its root and a relative one from its working directory (the user's home
 * folder on HDFS).
 */
public final class DatasetPaths {
  private DatasetPaths() {
  }

  /**
   * The fully qualified path of {@code text}.
   *
   * @throws IllegalArgumentException when {@code text} is not a usable path; the message says why
   * @throws IOException when its file system cannot be reached or is unknown
   */
  public static Path resolve(String text, Configuration conf) throws IOException {
    if (text.isBlank()) {
      throw new IllegalArgumentException("an empty path");
    }
    Path path = new Path(text);
    FileSystem fs = path.getFileSystem(conf);
    return fs.makeQualified(path);
  }
}
