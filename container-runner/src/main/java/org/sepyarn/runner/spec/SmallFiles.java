package org.sepyarn.runner.spec;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.DistributedFileSystem;

/**
 * Replaces the small files of the work folder (reports, status, checkpoints, the AM's address)
 * so that a reader sees the old content or the new, never a part: written under a hidden
 * temporary name, then renamed over the old file in one step.
 */
public final class SmallFiles {
  private SmallFiles() {
  }

  /** What a streamed file holds, written to the temporary file. */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void replace(FileSystem fs, Path path, byte[] content) throws IOException {
    replace(fs, path, out -> out.write(content));
  }

  /** As {@link #replace(FileSystem, Path, byte[])}, for content too large to hold in memory at once. */
  public static void replace(FileSystem fs, Path path, Content content) throws IOException {
    Path temp = new Path(path.getParent(), "." + path.getName() + ".tmp");
    try (OutputStream out = fs.create(temp, true)) {
      content.writeTo(out);
    }
    // HDFS's rename with OVERWRITE replaces the file in one step. Its plain rename refuses to, and
    // the local file system's does it, whereas its rename with OVERWRITE deletes first.
    if (fs instanceof DistributedFileSystem hdfs) {
      hdfs.rename(temp, path, Options.Rename.OVERWRITE);
    } else if (!fs.rename(temp, path)) {
      FileContext.getFileContext(fs.getUri(), fs.getConf())
          .rename(fs.makeQualified(temp), fs.makeQualified(path), Options.Rename.OVERWRITE);
    }
  }
}
