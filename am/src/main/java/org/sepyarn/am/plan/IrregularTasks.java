package org.sepyarn.am.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sepyarn.formats.irregular.IrregularPiece;
import org.sepyarn.formats.irregular.RecordRuns;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.Irregular;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.runner.spec.IrregularInput;

/**
 * Which blocks of a job's irregular inputs its tasks run: every block, or, when the job skips
 * empty blocks, those where some irregular input holds a trace, in block order.
 */
public final class IrregularTasks {
  private IrregularTasks() {
  }

  /**
   * The block each task runs, by task number: {@code 0..n-1} unless the job skips empty blocks.
   *
   * @param irregular every irregular input's pieces, in block order, by its path as the job writes it
   */
  public static List<Integer> blocks(JobSpec job, Map<String, List<IrregularPiece>> irregular) {
    List<List<IrregularPiece>> inputs = new ArrayList<>();
    boolean skip = false;
    for (FileSpec f : job.files()) {
      if (f.distribute() instanceof Irregular cut) {
        List<IrregularPiece> pieces = irregular.get(f.path());
        if (pieces == null || pieces.size() != cut.blockCount()) {
          throw new IllegalArgumentException("irregular input " + f.path() + " is cut into " + cut.blockCount()
              + " blocks but " + (pieces == null ? "no" : pieces.size()) + " pieces were planned");
        }
        inputs.add(pieces);
        skip = cut.empty() == Irregular.EmptyBlocks.SKIP;
      }
    }
    List<Integer> blocks = new ArrayList<>();
    int count = inputs.isEmpty() ? job.taskCount() : inputs.get(0).size();
    for (int b = 0; b < count; b++) {
      final int block = b;
      if (!skip || inputs.stream().anyMatch(pieces -> !pieces.get(block).isEmpty())) {
        blocks.add(b);
      }
    }
    return blocks;
  }

  /**
   * The job as it runs: with as many tasks as {@link #blocks} has, which is fewer than the blocks
   * when it skips empty ones.
   *
   * @throws IllegalArgumentException when every block is empty and skipped
   */
  public static JobSpec runnable(JobSpec job, Map<String, List<IrregularPiece>> irregular) {
    List<Integer> blocks = blocks(job, irregular);
    if (blocks.size() == job.taskCount()) {
      return job;
    }
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException("job " + job.name() + ": every block of its irregular inputs is empty, and "
          + "empty blocks are skipped, so there is no task to run");
    }
    return job.withTaskCount(blocks.size());
  }

  /** A piece as the runner's plan carries it. */
  static IrregularInput input(IrregularPiece piece) {
    return new IrregularInput(piece.block(), RecordRuns.encode(piece.records()), RecordRuns.encode(piece.core()),
        piece.gridWindow().map(Object::toString).orElse(null), piece.parameters());
  }
}
