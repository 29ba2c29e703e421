package org.sepyarn.runner.merge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.merge.Merge;
import org.sepyarn.formats.merge.OutputRegion;
import org.sepyarn.runner.spec.MergeSlab;
import org.sepyarn.runner.spec.MergeTaskSpec;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt of a merge task: opens the job's committed pieces of one output, writes each of the
 * task's slabs into an attempt-scoped hidden file beside the output, and commits it by renaming it
 * to the slab's file. A slab another attempt committed first is kept (the merge is pure: its bytes
 * are the same). Reads only the windows of the pieces that overlap its slabs.
 */
public final class MergeTaskRun {
  private static final Logger LOG = LoggerFactory.getLogger(MergeTaskRun.class);
  /** Working memory of the merge: a quarter of the runner's heap. */
  static final long BUFFER_BYTES = 32L << 20;

  private final Configuration conf;
  private final WorkLayout work;
  private final MergeTaskSpec spec;
  private final int attempt;

  public MergeTaskRun(Configuration conf, WorkLayout work, MergeTaskSpec spec, int attempt) {
    this.conf = conf;
    this.work = work;
    this.spec = spec;
    this.attempt = attempt;
  }

  /** Writes and commits every slab, reporting the fraction of the task's bytes written. */
  public void run(DoubleConsumer progress) throws IOException {
    FileSystem workFs = work.root().getFileSystem(conf);
    List<PieceSource> pieces = new ArrayList<>();
    boolean keepOpen = PieceSource.keepOpen(spec.pieces());
    try {
      for (int t = 0; t < spec.pieces(); t++) {
        pieces.add(new PieceSource(Dataset.open(workFs, work.piece(spec.firstPiece() + t, spec.localName())), conf,
            keepOpen));
      }
      Merge merge = MergeFactory.of(spec.kind(), spec.axis(),
          spec.outputLengths() == null ? null : Hypercube.ofLengths(spec.outputLengths()), placements(),
          spec.haloOrNone(), pieces, BUFFER_BYTES);
      long total = Math.max(1, spec.bytes());
      long[] written = {0};
      for (MergeSlab slab : spec.slabs()) {
        commit(slab, merge, bytes -> progress.accept((double) (written[0] += bytes) / total));
      }
    } finally {
      for (PieceSource p : pieces) {
        p.close();
      }
    }
  }

  private void commit(MergeSlab slab, Merge merge, java.util.function.LongConsumer written) throws IOException {
    Path target = new Path(slab.file());
    FileSystem fs = target.getFileSystem(conf);
    if (hasBytes(fs, target, slab.bytes())) {
      LOG.info("slab {} of {} was committed by an earlier attempt; keeping it", slab.number(), spec.header());
      return;
    }
    Path temporary = new Path(slab.attemptFile(attempt));
    LOG.info("merge task {} attempt {}: writing slab {} ({} bytes) of {}", spec.number(), attempt, slab.number(),
        slab.bytes(), spec.header());
    SlabWriters.writeOne(fs, temporary, merge, new OutputRegion(slab.axis(), slab.from(), slab.to()), written);
    if (!fs.rename(temporary, target)) {
      fs.delete(temporary, false);
      if (!hasBytes(fs, target, slab.bytes())) {
        throw new IOException("cannot commit slab " + slab.number() + " of " + spec.header() + ": renaming "
            + temporary + " to " + target + " failed");
      }
      LOG.info("slab {} of {} was committed by another attempt meanwhile; keeping it", slab.number(),
          spec.header());
    }
  }

  private static boolean hasBytes(FileSystem fs, Path file, long bytes) throws IOException {
    try {
      FileStatus status = fs.getFileStatus(file);
      return status.isFile() && status.getLen() == bytes;
    } catch (java.io.FileNotFoundException absent) {
      return false;
    }
  }

  private List<Window> placements() {
    return spec.placements() == null ? List.of() : spec.placements().stream().map(Window::parse).toList();
  }
}
