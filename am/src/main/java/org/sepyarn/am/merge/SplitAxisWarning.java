package org.sepyarn.am.merge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sepyarn.formats.geometry.AxisBlocks;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.Split;

/**
 * Notices an output split along an axis its pieces no longer have: task 0's piece has one sample
 * along the output's split axis while an input split along that same axis gave task 0 more. That
 * is what a program that removes an axis (a stack along axis 2 of pieces split along axis 3)
 * leaves: the split data moved down to a lower axis, and concatenating along the declared axis
 * gives a dataset of the wrong shape. The job still succeeds (one sample per piece can be meant);
 * the warning names the axis that probably was meant.
 */
public final class SplitAxisWarning {
  private SplitAxisWarning() {
  }

  /**
   * @param outputIndex the output's position in the job's files; it must be split
   * @param firstPiece the shape of task 0's piece of that output
   * @param inputCubes the shape of every cut input, by the path the job names it with
   */
  public static Optional<String> check(JobSpec job, int outputIndex, Hypercube firstPiece,
      Map<String, Hypercube> inputCubes) {
    List<FileSpec> files = job.files();
    FileSpec output = files.get(outputIndex);
    int axis = ((Split) output.distribute()).axis();
    if (firstPiece.axis(axis).n() != 1) {
      return Optional.empty();
    }
    for (int i = 0; i < files.size(); i++) {
      FileSpec input = files.get(i);
      Hypercube cube = inputCubes.get(input.path());
      if (!input.isInput() || !(input.distribute() instanceof Split split) || split.axis() != axis || cube == null
          || axis > cube.rank()) {
        continue;
      }
      int given = AxisBlocks.of(axis, cube.axis(axis).n(), job.taskCount()).size(0);
      if (given > 1) {
        return Optional.of(message(outputIndex, output, axis, firstPiece, i, input, given));
      }
    }
    return Optional.empty();
  }

  private static String message(int outputIndex, FileSpec output, int axis, Hypercube piece, int inputIndex,
      FileSpec input, int given) {
    int probable = probableAxis(piece, axis, given);
    String text = "files[" + outputIndex + "] (" + output.mergedPath() + ") is split along axis " + axis
        + ", but task 0's piece has n" + axis + "=1 there while task 0 read " + given + " samples along axis " + axis
        + " of files[" + inputIndex + "] (" + input.path() + "): the program probably removed an axis";
    if (probable == 0) {
      return text + ", and the merged output is probably not the shape meant; check its axes";
    }
    return text + ", so that the split data is now along axis " + probable + " (n" + probable + "="
        + piece.axis(probable).n() + " in the piece); the merged output is probably not the shape meant:"
        + " set files[" + outputIndex + "].distribute.split.axis to " + probable;
  }

  /** The highest axis below {@code axis} holding {@code given} samples, else the highest holding more than one; 0 for none. */
  private static int probableAxis(Hypercube piece, int axis, int given) {
    for (int k = axis - 1; k >= 1; k--) {
      if (piece.axis(k).n() == given) {
        return k;
      }
    }
    for (int k = axis - 1; k >= 1; k--) {
      if (piece.axis(k).n() > 1) {
        return k;
      }
    }
    return 0;
  }
}
