package org.sepyarn.runner.checksum;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32C;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileChecksum;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.DistributedFileSystem;
import org.sepyarn.runner.spec.PieceChecksum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes file checksums without reading the data where the file system can: on HDFS it asks for
 * the {@code COMPOSITE_CRC} file checksum ({@code dfs.checksum.combine.mode}), which the datanodes
 * compose from the CRCs they already keep for every block, so a checksum costs a few calls and no
 * data crosses the network; and the value is the CRC32C of the whole file, the same whatever the
 * block size. Elsewhere (the local file system of embedded jobs and tests) it reads the file and
 * computes its CRC32C. The same file system gives the same kind of checksum, so a checksum taken
 * at commit is compared with one taken at merge on equal terms. Keeps one HDFS client per file
 * system with that setting; close it when done. Safe for several threads at once.
 */
public final class FileChecksums implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FileChecksums.class);
  static final String COMBINE_MODE = "dfs.checksum.combine.mode";

  private final Configuration conf;
  private final Map<URI, FileSystem> composite = new ConcurrentHashMap<>();

  public FileChecksums(Configuration conf) {
    this.conf = new Configuration(conf);
    this.conf.set(COMBINE_MODE, "COMPOSITE_CRC");
  }

  /** The checksum of {@code file} on {@code fs}, as {@code ALGORITHM:hex}. */
  public String of(FileSystem fs, Path file) throws IOException {
    if (fs instanceof DistributedFileSystem) {
      FileSystem dfs;
      try {
        dfs = composite.computeIfAbsent(fs.getUri(), this::open);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      try {
        FileChecksum sum = dfs.getFileChecksum(fs.makeQualified(file));
        if (sum != null) {
          return sum.getAlgorithmName() + ":" + HexFormat.of().formatHex(sum.getBytes());
        }
      } catch (FileNotFoundException e) {
        throw e;
      } catch (IOException e) {
        // Datanodes that cannot compose CRCs (older than Hadoop 3.1): the same value, read.
        LOG.warn("HDFS gives no COMPOSITE_CRC checksum of {} ({}); reading it to take its CRC32C", file,
            e.getMessage());
      }
    }
    return readingCrc32c(fs, file);
  }

  /**
   * Whether two checksums of this class say the same: equal, or a {@code COMPOSITE-CRC32C} and a
   * {@code CRC32C} of equal value (HDFS's composite CRC is the CRC32C of the whole file).
   */
  public static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int ia = a.indexOf(':');
    int ib = b.indexOf(':');
    return ia > 0 && ib > 0 && a.substring(0, ia).endsWith("CRC32C") && b.substring(0, ib).endsWith("CRC32C")
        && a.substring(ia + 1).equals(b.substring(ib + 1));
  }

  /** A file of a piece of the output called {@code output}: its checksum and length, recorded as {@code recordedAs}. */
  public PieceChecksum piece(FileSystem fs, Path file, String output, String recordedAs) throws IOException {
    return new PieceChecksum(output, recordedAs, fs.getFileStatus(file).getLen(), of(fs, file));
  }

  private FileSystem open(URI uri) {
    try {
      return FileSystem.newInstance(uri, conf);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open an HDFS client for " + uri + ": " + e.getMessage(), e);
    }
  }

  /** The CRC32C of the whole file, read from it, as {@code CRC32C:hex}. */
  public static String readingCrc32c(FileSystem fs, Path file) throws IOException {
    CRC32C crc = new CRC32C();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = fs.open(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        crc.update(buffer, 0, n);
      }
    }
    return "CRC32C:" + String.format("%08x", crc.getValue());
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (FileSystem fs : composite.values()) {
      try {
        fs.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    composite.clear();
    if (first != null) {
      throw first;
    }
  }
}
