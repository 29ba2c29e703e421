package org.sepyarn.runner.stage;

import java.io.FileNotFoundException;
import org.apache.hadoop.fs.ChecksumException;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.BlockMissingException;
import org.sepyarn.formats.dataset.InvalidDatasetException;
import org.sepyarn.runner.spec.TaskFile;

/**
 * Tells a lost piece of a flow's intermediate from any other failure to fetch an input: the input
 * is an intermediate's (read from the work folder's pieces) and its file is gone, a block of it has
 * no replica left, a checksum fails, or it is shorter than its header says. The task that wrote it
 * must then run again; any other failure is this attempt's own.
 */
final class LostPieces {
  private LostPieces() {
  }

  /** Whether {@code file} is read from pieces of an intermediate in the work folder. */
  static boolean isIntermediate(TaskContext ctx, TaskFile file) {
    if (file.gather() != null) {
      return true;
    }
    if (file.source() == null) {
      return false;
    }
    String pieces = new Path(ctx.work().root(), "pieces").toUri().getPath() + "/";
    return new Path(file.source()).toUri().getPath().startsWith(pieces);
  }

  /** Whether {@code failure}, or what caused it, says that data once written is gone or damaged. */
  static boolean isLoss(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof FileNotFoundException || t instanceof BlockMissingException || t instanceof ChecksumException
          || t instanceof InvalidDatasetException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
