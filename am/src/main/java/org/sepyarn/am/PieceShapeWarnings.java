package org.sepyarn.am;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.sepyarn.am.merge.SplitAxisWarning;
import org.sepyarn.am.plan.JobPlan;
import org.sepyarn.am.plan.OutputMerge;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.flow.FlowTasks;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warnings about the shape of the tasks' pieces, once every task succeeded and before they
 * are merged: for each concatenated output, {@link SplitAxisWarning} on task 0's piece. A piece
 * that cannot be read (merged and gone in an earlier attempt) gives no warning.
 */
final class PieceShapeWarnings {
  private static final Logger LOG = LoggerFactory.getLogger(PieceShapeWarnings.class);

  private PieceShapeWarnings() {
  }

  static List<String> find(FileSystem fs, WorkLayout work, JobSpec job, JobPlan plan,
      Map<String, Hypercube> inputCubes) {
    List<String> warnings = new ArrayList<>();
    for (OutputMerge m : plan.merges()) {
      if (m.kind() != OutputMerge.Kind.CONCATENATE) {
        continue;
      }
      try {
        Hypercube piece = Dataset.open(fs, work.piece(m.taskOfPiece(0), m.localName())).cube();
        FlowTasks numbering = FlowTasks.of(job);
        int step = numbering.stepOfFile(m.fileIndex());
        SplitAxisWarning.check(numbering.steps().get(step).job(), m.fileIndex() - numbering.firstFile(step), piece,
            inputCubes).ifPresent(w -> {
          LOG.warn("{}", w);
          warnings.add(w);
        });
      } catch (IOException | RuntimeException e) {
        LOG.info("not checking the pieces of {}: task 0's piece cannot be read: {}", m.path(), e.getMessage());
      }
    }
    return warnings;
  }
}
