package org.sepyarn.am.locality;

import java.io.IOException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.BlockLocation;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Where a file's blocks are, as its own file system says ({@code getFileBlockLocations}); nothing
 * for a file on the local file system, which names only this machine and would make every task
 * prefer it.
 */
public final class ClusterBlocks implements LocalityPlanner.BlockSource {
  private final Configuration conf;

  public ClusterBlocks(Configuration conf) {
    this.conf = conf;
  }

  @Override
  public Optional<BlockLocation[]> locations(Path file, long length) throws IOException {
    FileSystem fs = file.getFileSystem(conf);
    if (fs instanceof LocalFileSystem || "file".equals(fs.getScheme())) {
      return Optional.empty();
    }
    return Optional.of(fs.getFileBlockLocations(file, 0, length));
  }
}
