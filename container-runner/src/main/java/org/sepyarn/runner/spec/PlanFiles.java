package org.sepyarn.runner.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.fs.FileSystem;

/**
 * The plan in the work folder: {@code plan/tasks-NNNNN.json}, chunks of at most
 * {@link #TASKS_PER_CHUNK} consecutive tasks each with the job-wide settings, then
 * {@code plan/job.json}, the {@link PlanSummary}. Every file is replaced atomically
 * ({@link SmallFiles}), a few at once; the summary is written last, so that it names only chunks already there.
 * A runner's container localizes only the chunk of its task, as {@link #LOCAL_CHUNK}.
 */
public final class PlanFiles {
  /**
   * Tasks per chunk: about 150 kB of JSON for tasks of two split files, against 30 MB for the
   * whole plan of 100,000 such tasks; 200 files for such a job.
   */
  public static final int TASKS_PER_CHUNK = 500;
  /** Chunks written at once: each is a few round trips to the NameNode. */
  private static final int WRITERS = 8;
  /** The name of the task's chunk in a runner's working folder. */
  public static final String LOCAL_CHUNK = "plan-tasks.json";

  private PlanFiles() {
  }

  /** The chunk that holds task {@code task}. */
  public static int chunkOf(int task) {
    return task / TASKS_PER_CHUNK;
  }

  /** What writing a plan took. */
  public record Written(int files, long bytes, long largestChunkBytes) {
  }

  /** Writes every chunk of {@code plan}, then its summary. */
  public static Written write(FileSystem fs, WorkLayout work, Plan plan) throws IOException {
    PlanSummary summary = new PlanSummary(plan.jobName(), plan.tasks().size(), TASKS_PER_CHUNK);
    ExecutorService writers = Executors.newFixedThreadPool(Math.max(1, Math.min(WRITERS, summary.chunkCount())));
    long bytes = 0;
    long largest = 0;
    try {
      List<Future<Integer>> sizes = new ArrayList<>();
      for (int c = 0; c < summary.chunkCount(); c++) {
        int chunk = c;
        sizes.add(writers.submit(() -> {
          byte[] json = PlanCodec.writeCompact(plan.chunk(chunk, TASKS_PER_CHUNK));
          SmallFiles.replace(fs, work.planChunk(chunk), json);
          return json.length;
        }));
      }
      for (Future<Integer> size : sizes) {
        int length = await(size);
        bytes += length;
        largest = Math.max(largest, length);
      }
    } finally {
      writers.shutdownNow();
    }
    byte[] json = PlanCodec.write(summary);
    SmallFiles.replace(fs, work.planSummary(), json);
    return new Written(summary.chunkCount() + 1, bytes + json.length, largest);
  }

  private static int await(Future<Integer> size) throws IOException {
    try {
      return size.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the plan");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException("cannot write the plan: " + e.getCause(), e.getCause());
    }
  }

  /** The summary of the plan in {@code work}. */
  public static PlanSummary readSummary(FileSystem fs, WorkLayout work) throws IOException {
    try (InputStream in = fs.open(work.planSummary())) {
      return PlanCodec.read(in.readAllBytes(), PlanSummary.class);
    }
  }

  /** The chunk of the plan in {@code work} that holds task {@code task}. */
  public static PlanChunk readChunkOf(FileSystem fs, WorkLayout work, int task) throws IOException {
    int chunk = readSummary(fs, work).chunkOf(task);
    try (InputStream in = fs.open(work.planChunk(chunk))) {
      return readChunk(in);
    }
  }

  public static PlanChunk readChunk(InputStream in) throws IOException {
    return PlanCodec.read(in.readAllBytes(), PlanChunk.class);
  }
}
