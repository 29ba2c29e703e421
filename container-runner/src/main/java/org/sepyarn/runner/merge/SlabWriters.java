package org.sepyarn.runner.merge;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.merge.Merge;
import org.sepyarn.formats.merge.OutputRegion;
import org.sepyarn.runner.stage.JoinPlacement;

/**
 * Writes the slabs of a merge's output at the same time, each into its own hidden file beside the
 * output ({@code .out.H.sepyarn-<job>-slab3@}), so that they can be joined in place into the final
 * binary. Each file is written whole or the call fails; a slab file already complete from an
 * earlier attempt is written again (the merge is pure, so the bytes are the same).
 */
public final class SlabWriters {
  private SlabWriters() {
  }

  /** The hidden file of slab {@code k} of the output whose header is {@code header}. */
  public static Path slabFile(Path header, String job, int k) {
    return new Path(header.getParent(), JoinPlacement.hiddenPrefix(header.getName(), job) + "slab" + k + "@");
  }

  /**
   * Writes every slab with at most {@code threads} at once; {@code written} hears the bytes as
   * they go (from any of the threads). Returns the slab files in order.
   */
  public static List<Path> write(FileSystem fs, Path header, String job, Merge merge, List<OutputRegion> slabs, int threads,
      LongConsumer written) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, slabs.size())), r -> {
      Thread t = new Thread(r, "merge-slab-" + header.getName());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Path>> files = new ArrayList<>();
      for (int k = 0; k < slabs.size(); k++) {
        Path file = slabFile(header, job, k);
        OutputRegion slab = slabs.get(k);
        files.add(pool.submit(() -> writeOne(fs, file, merge, slab, written)));
      }
      List<Path> done = new ArrayList<>();
      for (Future<Path> f : files) {
        done.add(f.get());
      }
      return done;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while merging " + header, e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException("merging " + header + " failed: "
          + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Writes one slab into {@code file}, replacing it; fails unless every byte of the slab was written. */
  public static Path writeOne(FileSystem fs, Path file, Merge merge, OutputRegion slab, LongConsumer written)
      throws IOException {
    long expected = slab.bytes(merge.outputCube(), merge.outputFormat().esize());
    long[] count = {0};
    try (OutputStream out = fs.create(file, true)) {
      merge.writeRegion(new java.io.FilterOutputStream(out) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          count[0] += len;
          written.accept(len);
        }
      }, slab);
    }
    if (count[0] != expected) {
      throw new IOException("slab " + slab + " of " + file + " got " + count[0] + " bytes, not " + expected);
    }
    return file;
  }
}
