package org.sepyarn.formats.dataset;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.DistributedFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves finished temporary files onto their final names, in order, as atomically as the file
 * system allows. The last move (the header, which makes a dataset visible) replaces an existing
 * file in one atomic rename on HDFS and on the local file system; files replaced by earlier moves
 * are first renamed aside and restored if a later move fails, then deleted. Nothing is replaced
 * unless overwriting was asked for.
 */
final class CommitRenamer {
  private static final Logger LOG = LoggerFactory.getLogger(CommitRenamer.class);

  /** One rename of a finished temporary file onto its final name. */
  record Move(Path temp, Path target) {
  }

  private final FileSystem fs;
  private final boolean overwrite;

  CommitRenamer(FileSystem fs, boolean overwrite) {
    this.fs = fs;
    this.overwrite = overwrite;
  }

  /** Temporary sibling name for {@code target}: hidden, unique, tagged with what it is for. */
  static Path temporarySibling(Path target, String tag) {
    return new Path(target.getParent(), "." + target.getName() + "." + tag + "-"
        + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
  }

  /** Throws when {@code target} exists and may not be replaced, or is a directory. */
  void checkReplaceable(Path target) throws IOException {
    FileStatus existing = statusOrNull(target);
    if (existing == null) {
      return;
    }
    if (existing.isDirectory()) {
      throw new FileAlreadyExistsException(target + " is a directory; a dataset file cannot replace it");
    }
    if (!overwrite) {
      throw new FileAlreadyExistsException(target + " already exists; refusing to replace it (ask to overwrite, "
          + "or choose another name)");
    }
  }

  void promote(List<Move> moves) throws IOException {
    List<Move> asides = new ArrayList<>();
    List<Path> placed = new ArrayList<>();
    try {
      for (int i = 0; i < moves.size(); i++) {
        Move m = moves.get(i);
        checkReplaceable(m.target());
        boolean exists = fs.exists(m.target());
        if (exists && i == moves.size() - 1 && replaceAtomically(m)) {
          placed.add(m.target());
          continue;
        }
        if (exists) {
          Path aside = temporarySibling(m.target(), "old");
          rename(m.target(), aside);
          asides.add(new Move(aside, m.target()));
        }
        rename(m.temp(), m.target());
        placed.add(m.target());
      }
    } catch (IOException | RuntimeException e) {
      undo(placed, asides, e);
      throw e;
    }
    for (Move aside : asides) {
      deleteQuietly(aside.temp());
    }
  }

  private boolean replaceAtomically(Move m) throws IOException {
    if (fs instanceof DistributedFileSystem) {
      ((DistributedFileSystem) fs).rename(m.temp(), m.target(), Options.Rename.OVERWRITE);
      return true;
    }
    if (DataFileSystems.isLocal(fs)) {
      Files.move(local(m.temp()), local(m.target()), StandardCopyOption.ATOMIC_MOVE);
      return true;
    }
    return false;
  }

  /** Renames without replacing anything. */
  private void rename(Path from, Path to) throws IOException {
    if (fs instanceof DistributedFileSystem) {
      ((DistributedFileSystem) fs).rename(from, to, Options.Rename.NONE);
    } else if (DataFileSystems.isLocal(fs)) {
      try {
        Files.move(local(from), local(to));
      } catch (java.nio.file.FileAlreadyExistsException e) {
        throw new FileAlreadyExistsException(to + " appeared while committing; refusing to replace it");
      }
    } else if (fs.exists(to) || !fs.rename(from, to)) {
      throw new IOException("cannot rename " + from + " to " + to + " on " + fs.getUri());
    }
  }

  private void undo(List<Path> placed, List<Move> asides, Exception cause) {
    for (Path p : placed) {
      try {
        fs.delete(p, false);
      } catch (IOException e) {
        cause.addSuppressed(e);
      }
    }
    for (Move aside : asides) {
      try {
        rename(aside.temp(), aside.target());
      } catch (IOException e) {
        LOG.error("could not restore {} from {}: the previous file stays under the second name", aside.target(),
            aside.temp(), e);
        cause.addSuppressed(e);
      }
    }
  }

  private void deleteQuietly(Path p) {
    try {
      fs.delete(p, false);
    } catch (IOException e) {
      LOG.warn("could not delete replaced file {}: {}", p, e.toString());
    }
  }

  private FileStatus statusOrNull(Path p) throws IOException {
    try {
      return fs.getFileStatus(p);
    } catch (FileNotFoundException e) {
      return null;
    }
  }

  private java.nio.file.Path local(Path p) {
    return Paths.get(fs.makeQualified(p).toUri());
  }
}
