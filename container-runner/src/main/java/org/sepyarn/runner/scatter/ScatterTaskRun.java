package org.sepyarn.runner.scatter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.merge.SlabPlan;
import org.sepyarn.formats.merge.WindowCopy;
import org.sepyarn.runner.spec.ScatterPart;
import org.sepyarn.runner.spec.ScatterTaskSpec;
import org.sepyarn.runner.spec.WorkLayout;
import org.sepyarn.runner.stage.PiecesCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt of a scatter task: reads its slab of the input in chunks contiguous in the file, in
 * storage order, and appends to each part the samples of the chunk inside it, so every part is
 * written in its own storage order; then commits the attempt's folder of parts as the task's pieces
 * ({@link PiecesCommit}). At most {@value #OPEN_PARTS} parts are open at once: a slab read by more
 * tasks is read once per group of parts.
 */
public final class ScatterTaskRun {
  private static final Logger LOG = LoggerFactory.getLogger(ScatterTaskRun.class);
  /** The most bytes of the slab read at once; twice that is the working memory. */
  static final int CHUNK_BYTES = 8 << 20;
  /** The most parts written at once: each open stream to HDFS holds buffers and a thread. */
  static final int OPEN_PARTS = 32;
  /**
   * Packets of 64 KiB each open part may have in flight to the data nodes (HDFS's default, 80, would
   * let 32 parts queue 160 MiB in a runner of 128 MiB).
   */
  static final int PACKETS_IN_FLIGHT = 8;

  private final Configuration conf;
  private final WorkLayout work;
  private final ScatterTaskSpec spec;
  private final int taskIndex;
  private final int attempt;
  private final int chunkBytes;

  /** @param taskIndex the scatter task's job-wide number, whose pieces folder receives the parts */
  public ScatterTaskRun(Configuration conf, WorkLayout work, ScatterTaskSpec spec, int taskIndex, int attempt) {
    this(conf, work, spec, taskIndex, attempt, CHUNK_BYTES);
  }

  ScatterTaskRun(Configuration conf, WorkLayout work, ScatterTaskSpec spec, int taskIndex, int attempt,
      int chunkBytes) {
    this.conf = conf;
    this.work = work;
    this.spec = spec;
    this.taskIndex = taskIndex;
    this.attempt = attempt;
    this.chunkBytes = chunkBytes;
  }

  /**
   * Writes every part and commits them, reporting the fraction of the parts' bytes written.
   *
   * @return false when another attempt had committed the task's parts first (this one's are dropped)
   */
  public boolean run(DoubleConsumer progress) throws IOException {
    Configuration writing = new Configuration(conf);
    writing.setInt("dfs.client.write.max-packets-in-flight", PACKETS_IN_FLIGHT);
    try (FileSystem fs = FileSystem.newInstance(work.root().toUri(), writing)) {
      return run(fs, progress);
    }
  }

  private boolean run(FileSystem fs, DoubleConsumer progress) throws IOException {
    Path pieces = work.pieces(taskIndex);
    if (fs.exists(pieces)) {
      LOG.info("scatter task {} was committed by an earlier attempt; keeping its parts", spec.number());
      return false;
    }
    Path attemptDir = work.attempt(taskIndex, attempt);
    fs.delete(attemptDir, true);
    fs.mkdirs(attemptDir);
    Window slab = Window.parse(spec.slab());
    long started = System.nanoTime();
    LOG.info("scatter task {} attempt {}: {}", spec.number(), attempt, spec.describe());
    long written = 0;
    try (DatasetReader reader = DatasetReader.open(new Path(spec.source()), conf)) {
      slab.checkFits(reader.cube());
      int esize = reader.format().esize();
      int rank = Math.max(reader.cube().rank(), slab.rank());
      SlabPlan chunks = SlabPlan.over(slab, Math.max(1, chunkBytes / esize));
      byte[] chunk = new byte[chunks.slabSamples() * esize];
      byte[] part = new byte[chunk.length];
      long total = Math.max(1, partBytes(esize));
      List<ScatterPart> parts = spec.parts();
      for (int first = 0; first < parts.size(); first += OPEN_PARTS) {
        List<ScatterPart> group = parts.subList(first, Math.min(parts.size(), first + OPEN_PARTS));
        List<Window> windows = group.stream().map(p -> Window.parse(p.window())).toList();
        List<FSDataOutputStream> outs = new ArrayList<>();
        try {
          for (ScatterPart p : group) {
            outs.add(fs.create(new Path(attemptDir, p.name()), false));
          }
          for (Window c : chunks) {
            List<Optional<Window>> inside = windows.stream().map(w -> w.intersect(c)).toList();
            if (inside.stream().allMatch(Optional::isEmpty)) {
              continue;
            }
            reader.readWindow(c, chunk, 0);
            for (int i = 0; i < windows.size(); i++) {
              if (inside.get(i).isEmpty()) {
                continue;
              }
              Window in = inside.get(i).get();
              int bytes = (int) in.elementCount() * esize;
              long at = WindowCopy.contiguousOffset(in, c, rank);
              if (at >= 0) {
                outs.get(i).write(chunk, (int) at * esize, bytes);
              } else {
                WindowCopy.extract(chunk, 0, c, in, part, rank, esize);
                outs.get(i).write(part, 0, bytes);
              }
              written += bytes;
              progress.accept((double) written / total);
            }
          }
        } finally {
          closeAll(outs);
        }
      }
    }
    LOG.info("scatter task {} attempt {}: wrote {} parts, {} bytes, in {} ms", spec.number(), attempt,
        spec.parts().size(), written, (System.nanoTime() - started) / 1_000_000);
    if (!PiecesCommit.renameOnto(fs, conf, attemptDir, pieces)) {
      LOG.info("scatter task {} was committed by another attempt meanwhile; dropping attempt {}", spec.number(),
          attempt);
      fs.delete(attemptDir, true);
      return false;
    }
    return true;
  }

  private long partBytes(int esize) {
    return spec.parts().stream().mapToLong(p -> Window.parse(p.window()).elementCount() * esize).sum();
  }

  private static void closeAll(List<FSDataOutputStream> outs) throws IOException {
    IOException first = null;
    for (FSDataOutputStream out : outs) {
      try {
        out.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
