package org.sepyarn.am.merge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.DistributedFileSystem;
import org.apache.hadoop.hdfs.protocol.EncryptionZone;
import org.apache.hadoop.hdfs.protocol.ErasureCodingPolicy;
import org.sepyarn.formats.dataset.BinaryPart;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.geometry.Hypercube;

/** Reads from the file system the facts {@link JoinPreconditions} decides on. */
final class JoinFacts {
  private JoinFacts() {
  }

  static JoinPreconditions.Facts of(FileSystem outputFs, Path header, Hypercube output, int axis, List<Dataset> pieces)
      throws IOException {
    boolean slowest = true;
    for (int k = axis + 1; k <= Hypercube.MAX_AXES; k++) {
      slowest &= output.n(k) == 1;
    }
    Path folder = outputFs.makeQualified(header).getParent();
    if (!(outputFs instanceof DistributedFileSystem dfs)) {
      return new JoinPreconditions.Facts(false, null, folder.toString(), slowest, List.of());
    }
    String zone = encryptionZone(dfs, folder);
    List<JoinPreconditions.PieceBinary> binaries = new ArrayList<>();
    for (Dataset piece : pieces) {
      binaries.add(binary(dfs, piece));
    }
    return new JoinPreconditions.Facts(true, zone, folder.toString(), slowest, binaries);
  }

  /**
   * The encryption zone {@code folder} is in, or null. When the NameNode will not say (a user
   * without access to the zones' list), the folder is taken as encrypted: joining is then not
   * tried, and the output is streamed instead.
   */
  static String encryptionZone(DistributedFileSystem dfs, Path folder) {
    try {
      EncryptionZone zone = dfs.getEZForPath(folder);
      return zone == null ? null : zone.getPath();
    } catch (IOException unknown) {
      return "unknown (" + unknown.getMessage() + ")";
    }
  }

  private static JoinPreconditions.PieceBinary binary(DistributedFileSystem dfs, Dataset piece) throws IOException {
    List<BinaryPart> parts = piece.parts();
    JoinPreconditions.PieceBinary none = new JoinPreconditions.PieceBinary(null, "", piece.byteCount(), 0, 0, null);
    if (parts.size() != 1 || piece.dataInHeader() || parts.get(0).offset() != 0) {
      return none;
    }
    Path path;
    try {
      path = dfs.makeQualified(parts.get(0).path());
    } catch (IllegalArgumentException onAnotherFileSystem) {
      return none;
    }
    FileStatus status = dfs.getFileStatus(path);
    ErasureCodingPolicy ec = dfs.getErasureCodingPolicy(path);
    return new JoinPreconditions.PieceBinary(path.toString(), path.getParent().toString(), piece.byteCount(),
        status.getLen(), status.getBlockSize(), ec == null ? null : ec.getName());
  }
}
