package org.sepyarn.runner.stage;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.DistributedFileSystem;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.runner.spec.TaskFile;

/**
 * Where a runner commits the binary of an output piece that the merge can join without copying:
 * when the output is concatenated along its slowest non-unit axis, the final binary is the pieces'
 * binaries one after another, and HDFS {@code concat} joins files only within one folder. So on
 * HDFS such a piece's binary goes beside the final dataset, under a hidden name scoped to the job
 * and the attempt ({@code .out.H.sepyarn-<job>-t3-a1@}); its header, committed with the attempt's
 * folder as usual, points at it. Elsewhere the data stays in the header, as for other outputs.
 */
public final class JoinPlacement {
  /** What every piece binary's name starts with, after the output's own name. */
  public static final String MARK = ".sepyarn-";

  private JoinPlacement() {
  }

  /**
   * The path for the piece's binary, or empty when the piece is not joinable: not a concatenated
   * output, not split along its slowest non-unit axis, or not on the work folder's HDFS.
   *
   * @param job names the job (its work folder's name), so pieces of other jobs writing beside the
   *     same output never collide
   */
  public static Optional<Path> binaryFor(TaskFile output, Hypercube piece, FileSystem clusterFs, Configuration conf,
      String job, int task, int attempt) throws IOException {
    if (output.joinInto() == null || !slowestAlong(piece, output.joinAxis())) {
      return Optional.empty();
    }
    Path target = new Path(URI.create(output.joinInto()));
    FileSystem targetFs = target.getFileSystem(conf);
    if (!(targetFs instanceof DistributedFileSystem) || !targetFs.getUri().equals(clusterFs.getUri())) {
      return Optional.empty();
    }
    return Optional.of(new Path(target.getParent(), pieceName(target.getName(), job, task, attempt)));
  }

  /** The hidden name of one attempt's piece binary beside the output called {@code outputName}. */
  public static String pieceName(String outputName, String job, int task, int attempt) {
    return hiddenPrefix(outputName, job) + "t" + task + "-a" + attempt + "@";
  }

  /** What every hidden file of {@code job} beside the output called {@code outputName} starts with. */
  public static String hiddenPrefix(String outputName, String job) {
    return "." + outputName + MARK + job + "-";
  }

  /** Whether every axis after {@code axis} has length 1, so pieces laid along it are contiguous. */
  static boolean slowestAlong(Hypercube piece, int axis) {
    for (int k = axis + 1; k <= Hypercube.MAX_AXES; k++) {
      if (piece.n(k) != 1) {
        return false;
      }
    }
    return true;
  }
}
