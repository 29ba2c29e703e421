package org.sepyarn.runner.stage;

import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.irregular.RecordRuns;
import org.sepyarn.formats.sep3d.Sep3dDataset;
import org.sepyarn.formats.sep3d.Sep3dPieceWriter;
import org.sepyarn.runner.spec.IrregularInput;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.RunnerExitCodes;
import org.sepyarn.runner.spec.TaskFile;

/**
 * Reads each input piece straight from the cluster file system with window reads (only the
 * bytes of the piece) and writes it as a local dataset in the working folder: a header whose
 * history is the source's with a section recording the window, and its binary beside it. An input
 * gathered from several pieces of a flow's intermediate is read from them ({@link GatheredFetch}).
 * The piece of an irregular input is a local SEP3D dataset of its block's header records and
 * traces, read by record number ({@link Sep3dPieceWriter}). A scattered input's window is read as
 * the parts scatter tasks committed of it, one after the other ({@link ScatteredFetch}).
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
    if (f.irregular() != null) {
      fetchIrregular(ctx, source, f.irregular(), local, target);
      return;
    }
    if (f.scattered() != null) {
      ScatteredFetch.fetch(ctx, f, local, target);
      return;
    }
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

  private static void fetchIrregular(TaskContext ctx, Path source, IrregularInput piece, FileSystem local, Path target)
      throws IOException {
    Sep3dDataset dataset = Sep3dDataset.open(source, ctx.conf());
    Map<String, String> params = new LinkedHashMap<>();
    params.put("sepyarn_source", source.toString());
    params.putAll(new TreeMap<>(piece.parameters()));
    Optional<Window> gridWindow = piece.gridWindow() == null ? Optional.empty()
        : Optional.of(Window.parse(piece.gridWindow()));
    new Sep3dPieceWriter(ctx.conf()).write(dataset, RecordRuns.decode(piece.records()), RecordRuns.decode(piece.core()),
        gridWindow, params, local, target);
  }
}
