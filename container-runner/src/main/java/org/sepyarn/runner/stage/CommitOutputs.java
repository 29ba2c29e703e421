package org.sepyarn.runner.stage;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.runner.checksum.FileChecksums;
import org.sepyarn.runner.checksum.PieceChecksumFile;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.PieceChecksum;
import org.sepyarn.runner.spec.RunnerExitCodes;
import org.sepyarn.runner.spec.TaskFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads each output to the attempt's own folder in the work folder (one file per output:
 * header then data), then commits the attempt by renaming its folder to the task's pieces
 * folder. The rename is atomic, so a half-uploaded piece is never taken for a finished one; when
 * another attempt of the task committed first, this one's copy is dropped. Before the rename it
 * takes each uploaded file's checksum ({@link FileChecksums}: on HDFS from the block CRCs, without
 * reading the data back) into {@link PieceChecksumFile} in the attempt's folder, so the checksums
 * are committed with the pieces, and the merge can tell a piece replaced after its commit.
 */
public final class CommitOutputs {
  private static final Logger LOG = LoggerFactory.getLogger(CommitOutputs.class);

  private CommitOutputs() {
  }

  /**
   * Uploads and commits the outputs; returns the checksums of the pieces this attempt committed,
   * none when another attempt committed the task first.
   */
  public static List<PieceChecksum> run(TaskContext ctx) throws StageFailure {
    try (FileChecksums sums = new FileChecksums(ctx.conf())) {
      FileSystem fs = ctx.clusterFs();
      Path attemptDir = ctx.work().attempt(ctx.task().index(), ctx.attempt());
      fs.delete(attemptDir, true);
      fs.mkdirs(attemptDir);
      List<Path> joinable = new ArrayList<>();
      List<PieceChecksum> checksums = new ArrayList<>();
      for (TaskFile f : ctx.task().files()) {
        if (f.role() == FileRole.OUTPUT) {
          Path header = new Path(attemptDir, f.localName());
          Optional<Path> binary = upload(ctx, fs, f, header);
          checksums.add(sums.piece(fs, header, f.localName(), f.localName()));
          if (binary.isPresent()) {
            joinable.add(binary.get());
            FileSystem binaryFs = binary.get().getFileSystem(ctx.conf());
            Path qualified = binaryFs.makeQualified(binary.get());
            checksums.add(sums.piece(binaryFs, qualified, f.localName(), qualified.toString()));
          }
        }
      }
      PieceChecksumFile.write(fs, attemptDir, checksums);
      Path pieces = ctx.work().pieces(ctx.task().index());
      if (!PiecesCommit.renameOnto(fs, ctx.conf(), attemptDir, pieces)) {
        LOG.info("task {} was already committed by another attempt; dropping attempt {}", ctx.task().index(),
            ctx.attempt());
        fs.delete(attemptDir, true);
        for (Path binary : joinable) {
          fs.delete(binary, false);
        }
        return List.of();
      }
      return checksums;
    } catch (IOException | RuntimeException e) {
      throw new StageFailure(RunnerExitCodes.IO_FAILED, "cannot commit the outputs of task " + ctx.task().index()
          + ": " + e.getMessage(), null, e);
    }
  }

  /**
   * Uploads one output piece: its header into the attempt's folder, its data after the header or,
   * for a piece the merge can join without copying, beside the final output ({@link JoinPlacement}).
   *
   * @return the binary written beside the final output, if any
   */
  private static Optional<Path> upload(TaskContext ctx, FileSystem fs, TaskFile f, Path target) throws IOException {
    FileSystem local = FileSystem.getLocal(ctx.conf());
    Path header = new Path(new File(ctx.workDir(), f.localName()).getAbsoluteFile().toURI());
    try (DatasetReader reader = new DatasetReader(Dataset.open(local, header), ctx.conf())) {
      Dataset piece = reader.dataset();
      Optional<Path> joinable = JoinPlacement.binaryFor(f, piece.cube(), fs, ctx.conf(), ctx.work().root().getName(),
          ctx.task().index(), ctx.attempt());
      DatasetWriter.Builder builder = DatasetWriter.to(fs, target, piece.cube(), piece.format())
          .program("sepyarn-runner")
          .appendTo(piece.history());
      if (joinable.isPresent()) {
        builder.binary(joinable.get()).overwrite(true);
      } else {
        builder.dataInHeader(true);
      }
      try (DatasetWriter writer = builder.open()) {
        reader.copyWindow(piece.cube().fullWindow(), writer.binary());
        writer.commit();
      }
      return joinable;
    }
  }
}
