package org.sepyarn.am.merge;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.DistributedFileSystem;
import org.sepyarn.runner.spec.SmallFiles;
import org.sepyarn.runner.stage.JoinPlacement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joins an output's piece binaries into its final binary with HDFS {@code concat}: no data byte is
 * copied, and the time does not depend on the size. The steps, each one atomic NameNode operation:
 * rename piece 0's binary to a hidden joined file; concat the other pieces onto it; move an
 * existing dataset being replaced aside; rename the joined file to {@code <header>@}; write the
 * header (which makes the dataset visible, so it appears only complete); delete what is left.
 * {@link #finish} works out from the names and lengths of the files which steps are done, so an
 * ApplicationMaster that dies between any two steps is followed by one that completes the join.
 */
final class ConcatJoin {
  private static final Logger LOG = LoggerFactory.getLogger(ConcatJoin.class);

  private final DistributedFileSystem fs;
  private final JoinManifest m;

  ConcatJoin(DistributedFileSystem fs, JoinManifest manifest) {
    this.fs = fs;
    this.m = manifest;
  }

  /** Does the steps not yet done, from whichever step an earlier attempt stopped at. */
  void finish() throws IOException {
    Path joined = path(m.joined());
    Path first = path(m.pieces().get(0).path());
    long total = m.totalBytes();
    FileStatus joinedStatus = statusOrNull(joined);
    if (joinedStatus == null && fs.exists(first)) {
      fs.rename(first, joined, Options.Rename.NONE);
      joinedStatus = fs.getFileStatus(joined);
    }
    if (joinedStatus != null) {
      if (joinedStatus.getLen() != total) {
        concatRest(joined, joinedStatus.getLen());
      }
      placeBinary(joined);
    } else {
      FileStatus placed = statusOrNull(path(m.binary()));
      if (placed == null || placed.getLen() != total) {
        throw new IOException("cannot finish joining " + m.header() + ": neither the pieces nor a joined binary of "
            + total + " bytes are there any more (found " + (placed == null ? "no binary" : placed.getLen() + " bytes")
            + " at " + m.binary() + ")");
      }
    }
    SmallFiles.replace(fs, path(m.header()), m.headerText().getBytes(StandardCharsets.UTF_8));
    LOG.info("joined {} pieces into {} ({} bytes) with HDFS concat: 0 bytes copied", m.pieces().size(), m.binary(),
        total);
  }

  private void concatRest(Path joined, long length) throws IOException {
    long firstBytes = m.pieces().get(0).bytes();
    if (length != firstBytes) {
      throw new IOException("cannot join into " + joined + ": it holds " + length + " bytes, neither the first piece's "
          + firstBytes + " nor all pieces' " + m.totalBytes());
    }
    Path[] rest = new Path[m.pieces().size() - 1];
    for (int i = 1; i < m.pieces().size(); i++) {
      rest[i - 1] = path(m.pieces().get(i).path());
    }
    if (rest.length > 0) {
      fs.concat(joined, rest);
    }
  }

  /** Moves a dataset being replaced out of the way, then the joined binary to its final name. */
  private void placeBinary(Path joined) throws IOException {
    Path header = path(m.header());
    Path binary = path(m.binary());
    String prefix = JoinPlacement.hiddenPrefix(header.getName(), "replaced");
    if (fs.exists(header)) {
      if (!m.overwrite()) {
        throw new FileAlreadyExistsException(header + " already exists; refusing to replace it (ask to overwrite, "
            + "or choose another name)");
      }
      fs.rename(header, new Path(header.getParent(), prefix + "header"), Options.Rename.OVERWRITE);
    }
    if (fs.exists(binary)) {
      fs.rename(binary, new Path(header.getParent(), prefix + "binary"), Options.Rename.OVERWRITE);
    }
    fs.rename(joined, binary, Options.Rename.NONE);
  }

  /**
   * Deletes every hidden file sepyarn jobs left beside the output called {@code header}: piece
   * binaries of attempts that did not commit, of tasks already joined, and replaced datasets.
   */
  static void deleteLeftovers(DistributedFileSystem fs, Path header) throws IOException {
    String start = "." + header.getName() + JoinPlacement.MARK;
    FileStatus[] left = fs.listStatus(header.getParent(), p -> p.getName().startsWith(start));
    for (FileStatus f : left) {
      if (f.isFile()) {
        fs.delete(f.getPath(), false);
      }
    }
  }

  private FileStatus statusOrNull(Path p) throws IOException {
    try {
      return fs.getFileStatus(p);
    } catch (FileNotFoundException e) {
      return null;
    }
  }

  private static Path path(String uri) {
    return new Path(URI.create(uri));
  }
}
