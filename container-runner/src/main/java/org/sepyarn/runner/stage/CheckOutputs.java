package org.sepyarn.runner.stage;

import java.io.File;
import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.RunnerExitCodes;
import org.sepyarn.runner.spec.TaskFile;

/**
 * Refuses to take a program's word for it: every output's header must exist and parse, and its
 * binary must hold exactly the bytes the header promises.
 */
public final class CheckOutputs {
  private CheckOutputs() {
  }

  public static void run(TaskContext ctx) throws StageFailure {
    for (TaskFile f : ctx.task().files()) {
      if (f.role() != FileRole.OUTPUT) {
        continue;
      }
      File header = new File(ctx.workDir(), f.localName());
      if (!header.isFile() || header.length() == 0) {
        throw new StageFailure(RunnerExitCodes.OUTPUT_INVALID, "output " + f.tag() + " (" + f.localName() + "): "
            + (f.isStdout() ? "the program wrote nothing to standard output" : "the program did not write "
            + header.getName()));
      }
      try {
        FileSystem local = FileSystem.getLocal(ctx.conf());
        Dataset.open(local, new Path(header.getAbsoluteFile().toURI()));
      } catch (IOException | RuntimeException e) {
        throw new StageFailure(RunnerExitCodes.OUTPUT_INVALID, "output " + f.tag() + " (" + f.localName() + ") is not a "
            + "complete dataset: " + e.getMessage(), null, e);
      }
    }
  }
}
