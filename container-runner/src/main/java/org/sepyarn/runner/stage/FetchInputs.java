package org.sepyarn.runner.stage;

import java.io.File;
import java.io.IOException;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.RunnerExitCodes;
import org.sepyarn.runner.spec.TaskFile;

/**
 * Reads each input piece straight from the cluster file system with window reads (only the
 * bytes of the piece) and writes it as a local dataset in the working folder: a header whose
 * history is the source's with a section recording the window, and its binary beside it. An input
 * gathered from several pieces of a flow's intermediate is read from them ({@link GatheredFetch}).
 */
public final class FetchInputs {
  private FetchInputs() {
  }

  public static void run(TaskContext ctx) throws StageFailure {
    for (TaskFile f : ctx.task().files()) {
      if (f.role() != FileRole.INPUT) {
        continue;
      }
      try {
        fetch(ctx, f);
      } catch (IOException | RuntimeException e) {
        boolean lost = LostPieces.isIntermediate(ctx, f) && LostPieces.isLoss(e);
        throw new StageFailure(lost ? RunnerExitCodes.PIECE_LOST : RunnerExitCodes.IO_FAILED, "cannot fetch input "
            + f.tag() + " " + f.source() + (f.window() == null ? "" : " window " + f.window()) + ": " + e.getMessage()
            + (lost ? " (a piece an earlier step committed is lost; the task that wrote it runs again)" : ""), null, e);
      }
    }
  }

  private static void fetch(TaskContext ctx, TaskFile f) throws IOException {
    FileSystem local = FileSystem.getLocal(ctx.conf());
    Path target = new Path(new File(ctx.workDir(), f.localName()).getAbsoluteFile().toURI());
    if (f.gather() != null) {
      GatheredFetch.fetch(ctx, f, local, target);
      return;
    }
    Path source = new Path(f.source());
    try (DatasetReader reader = DatasetReader.open(source, ctx.conf())) {
      Dataset dataset = reader.dataset();
      Window window = f.window() == null ? dataset.cube().fullWindow() : Window.parse(f.window());
      Hypercube pieceCube = dataset.cube().window(window);
      try (DatasetWriter writer = DatasetWriter.to(local, target, pieceCube, dataset.format())
          .program("sepyarn-fetch")
          .appendTo(dataset.history())
          .parameters(Map.of("sepyarn_source", source.toString(), "sepyarn_window", window.toString()))
          .overwrite(true)
          .open()) {
        reader.copyWindow(window, writer.binary());
        writer.commit();
      }
    }
  }
}
