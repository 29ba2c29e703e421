package org.sepyarn.am;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.hadoop.fs.FileSystem;
import org.sepyarn.runner.spec.Plan;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.PlanFiles;
import org.sepyarn.runner.spec.ScatterPlan;
import org.sepyarn.runner.spec.SmallFiles;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plan's files, and the scatter plan if the job has scatter tasks, being written to the work
 * folder on a thread of their own, while the ApplicationMaster starts its clients and its tracking
 * page; {@link #written()} waits for them. No container is launched before they are written.
 */
final class PlanWriting {
  private static final Logger LOG = LoggerFactory.getLogger(PlanWriting.class);

  private final CompletableFuture<PlanFiles.Written> future;

  private PlanWriting(CompletableFuture<PlanFiles.Written> future) {
    this.future = future;
  }

  static PlanWriting start(FileSystem fs, WorkLayout work, Plan plan, ScatterPlan scatters) {
    return new PlanWriting(CompletableFuture.supplyAsync(() -> {
      long start = System.nanoTime();
      try {
        if (!scatters.isEmpty()) {
          SmallFiles.replace(fs, work.scatterPlan(), PlanCodec.write(scatters));
        }
        PlanFiles.Written written = PlanFiles.write(fs, work, plan);
        LOG.info("wrote the plan of {} tasks, {} bytes, in {} ms", plan.tasks().size(), written.bytes(),
            (System.nanoTime() - start) / 1_000_000);
        return written;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
  }

  /** The written plan's index, once it is written; the write's own failure otherwise. */
  PlanFiles.Written written() throws IOException {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw new IOException("writing the plan to the work folder failed: " + io.getCause().getMessage(),
            io.getCause());
      }
      throw e;
    }
  }
}
