package org.sepyarn.runner.stage;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * Commits an attempt's folder as its task's pieces folder, in one rename that fails when the pieces
 * folder exists: the first attempt to commit wins, and a half-written folder never looks committed.
 */
public final class PiecesCommit {
  private PiecesCommit() {
  }

  /**
   * Renames {@code attemptDir} to {@code pieces}. {@link FileSystem#rename} cannot be used: onto an
   * existing folder it moves the source inside it, so a second attempt would land in the first
   * one's pieces.
   *
   * @return false when another attempt committed the task first
   */
  public static boolean renameOnto(FileSystem fs, Configuration conf, Path attemptDir, Path pieces)
      throws IOException {
    fs.mkdirs(pieces.getParent());
    try {
      FileContext.getFileContext(fs.getUri(), conf).rename(attemptDir, pieces, Options.Rename.NONE);
      return true;
    } catch (FileAlreadyExistsException committedBefore) {
      return false;
    }
  }
}
