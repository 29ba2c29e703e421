package org.sepyarn.runner.iocount;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.StorageStatistics;
import org.sepyarn.runner.spec.ByteCount;

/**
 * Bytes read and written so far by this JVM through Hadoop file systems of some schemes
 * ({@code hdfs}, ...), from the statistics Hadoop keeps per scheme
 * ({@link FileSystem#getGlobalStorageStatistics}). The statistics count what the file system's
 * streams deliver and accept (data, headers, small files), whatever thread moved them; they do
 * not count the blocks HDFS replicates between data nodes. Schemes are named explicitly so that
 * the container's own disk ({@code file}) stays out.
 */
public final class IoCounter {
  private static final String BYTES_READ = "bytesRead";
  private static final String BYTES_WRITTEN = "bytesWritten";

  private final Set<String> schemes;

  private IoCounter(Set<String> schemes) {
    this.schemes = schemes;
  }

  /** Counts the file systems of these schemes. */
  public static IoCounter forSchemes(Collection<String> schemes) {
    return new IoCounter(Set.copyOf(new TreeSet<>(schemes)));
  }

  /**
   * Counts the file systems of these paths' schemes; a path without one is on the default file
   * system of {@code conf}.
   */
  public static IoCounter forPaths(org.apache.hadoop.conf.Configuration conf, org.apache.hadoop.fs.Path... paths) {
    Set<String> schemes = new TreeSet<>();
    for (org.apache.hadoop.fs.Path path : paths) {
      String scheme = path.toUri().getScheme();
      schemes.add(scheme != null ? scheme : FileSystem.getDefaultUri(conf).getScheme());
    }
    return forSchemes(schemes);
  }

  public Set<String> schemes() {
    return schemes;
  }

  /** Everything counted so far by this JVM; take two and subtract ({@link ByteCount#since}). */
  public ByteCount current() {
    long read = 0;
    long written = 0;
    for (String scheme : schemes) {
      StorageStatistics stats = FileSystem.getGlobalStorageStatistics().get(scheme);
      if (stats != null) {
        read += valueOf(stats, BYTES_READ);
        written += valueOf(stats, BYTES_WRITTEN);
      }
    }
    return new ByteCount(read, written);
  }

  private static long valueOf(StorageStatistics stats, String key) {
    Long value = stats.getLong(key);
    return value == null ? 0 : value;
  }

  @Override
  public String toString() {
    return "IoCounter" + schemes;
  }
}
