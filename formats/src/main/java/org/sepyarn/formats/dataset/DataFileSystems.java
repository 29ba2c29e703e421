package org.sepyarn.formats.dataset;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The file system to move dataset bytes through. A checksummed local file system is replaced by
 * the raw one underneath: SEPlib and Madagascar never write {@code .crc} side files, so a dataset
 * they share must not get any, and positional reads through the checksummed layer reopen the file
 * on every call.
 */
final class DataFileSystems {
  private DataFileSystems() {
  }

  static FileSystem forData(FileSystem fs) {
    return fs instanceof ChecksumFileSystem ? ((ChecksumFileSystem) fs).getRawFileSystem() : fs;
  }

  static FileSystem forData(Path path, Configuration conf) throws IOException {
    return forData(path.getFileSystem(conf));
  }

  /** Whether {@code fs} is the local file system, the one sepyarn can write at arbitrary positions. */
  static boolean isLocal(FileSystem fs) {
    return "file".equals(fs.getUri().getScheme());
  }
}
