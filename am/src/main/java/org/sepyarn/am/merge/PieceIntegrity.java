package org.sepyarn.am.merge;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.am.plan.OutputMerge;
import org.sepyarn.runner.checksum.FileChecksums;
import org.sepyarn.runner.checksum.PieceChecksumFile;
import org.sepyarn.runner.spec.PieceChecksum;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before the outputs are merged (by the ApplicationMaster, by merge tasks, or joined in place by
 * HDFS {@code concat}), takes every committed piece's checksum again and compares it with the one
 * its runner recorded at the commit ({@link PieceChecksumFile}): a piece replaced or altered since
 * would otherwise become part of the output unseen. On HDFS this reads no data (the datanodes
 * compose the checksum from their block CRCs), so a join in place stays a join in place. Outputs
 * already merged, or whose join in place has begun (their piece binaries are being consumed), are
 * not checked again. Pieces committed without checksums (by an older runner) are let through, and
 * so is a piece file that is gone: the merge says so if it needs it, and an ApplicationMaster that
 * died after deleting a merged output's piece binaries but before journaling the merge must not
 * fail the job for it.
 * Tasks are checked {@value #THREADS} at a time: each file costs a few round trips (20 to 40 ms
 * each on the loaded mini cluster of the tests).
 */
public final class PieceIntegrity {
  private static final Logger LOG = LoggerFactory.getLogger(PieceIntegrity.class);
  static final int THREADS = 16;
  private static final int TASKS_PER_CHUNK = 256;

  private final Configuration conf;
  private final WorkLayout work;
  private final int taskCount;
  private final String applicationId;

  /** @param applicationId the job's application, named in the way out ({@code sepyarn resume ID --rerun N}) */
  public PieceIntegrity(Configuration conf, WorkLayout work, int taskCount, String applicationId) {
    this.conf = conf;
    this.work = work;
    this.taskCount = taskCount;
    this.applicationId = applicationId;
  }

  /**
   * A piece of {@code outputs} (but those in {@code mergedOutputs}) that changed since its
   * commit, described with its task, file and both checksums and the way out; empty when none did.
   */
  public Optional<String> firstChanged(List<OutputMerge> outputs, Set<Integer> mergedOutputs) throws IOException {
    Map<String, OutputMerge> checked = new HashMap<>();
    FileSystem fs = work.root().getFileSystem(conf);
    for (OutputMerge m : outputs) {
      if (!mergedOutputs.contains(m.fileIndex()) && !fs.exists(work.join(m.fileIndex()))) {
        checked.put(m.localName(), m);
      }
    }
    if (checked.isEmpty()) {
      return Optional.empty();
    }
    long start = System.nanoTime();
    AtomicInteger files = new AtomicInteger();
    AtomicInteger unrecorded = new AtomicInteger();
    AtomicBoolean found = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(THREADS, taskCount)), r -> {
      Thread t = new Thread(r, "piece-checksums");
      t.setDaemon(true);
      return t;
    });
    try (FileChecksums sums = new FileChecksums(conf)) {
      List<Future<Optional<String>>> chunks = new ArrayList<>();
      for (int from = 0; from < taskCount; from += TASKS_PER_CHUNK) {
        int first = from;
        int end = Math.min(taskCount, from + TASKS_PER_CHUNK);
        chunks.add(pool.submit(() -> checkTasks(fs, sums, checked, first, end, files, unrecorded, found)));
      }
      for (Future<Optional<String>> chunk : chunks) {
        Optional<String> problem = chunk.get();
        if (problem.isPresent()) {
          return problem;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while checking the committed pieces' checksums", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io
          : new IOException("cannot check the committed pieces' checksums: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    int without = unrecorded.get();
    LOG.info("checked {} committed piece files of {} tasks against their checksums in {} ms{}", files.get(), taskCount,
        (System.nanoTime() - start) / 1_000_000, without == 0 ? ""
            : "; " + without + " tasks committed without checksums (an older runner) were not checked");
    return Optional.empty();
  }

  /** Checks tasks {@code first} to {@code end - 1}; the first changed piece among them, if any. */
  private Optional<String> checkTasks(FileSystem fs, FileChecksums sums, Map<String, OutputMerge> checked, int first,
      int end, AtomicInteger files, AtomicInteger unrecorded, AtomicBoolean found) throws IOException {
    for (int task = first; task < end && !found.get(); task++) {
      Optional<List<PieceChecksum>> recorded = PieceChecksumFile.read(fs, work.pieces(task));
      if (recorded.isEmpty()) {
        unrecorded.incrementAndGet();
        continue;
      }
      for (PieceChecksum at : recorded.get()) {
        OutputMerge m = checked.get(at.output());
        if (m == null) {
          continue;
        }
        files.incrementAndGet();
        Optional<String> problem = compare(sums, task, m, at);
        if (problem.isPresent()) {
          found.set(true);
          return problem;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> compare(FileChecksums sums, int task, OutputMerge m, PieceChecksum at) throws IOException {
    Path file = at.inPiecesFolder() ? work.piece(task, at.file()) : new Path(URI.create(at.file()));
    FileSystem fs = file.getFileSystem(conf);
    String now;
    long length;
    try {
      length = fs.getFileStatus(file).getLen();
      now = sums.of(fs, file);
    } catch (FileNotFoundException gone) {
      LOG.warn("task {}'s committed piece file {} of output files[{}] is gone; the merge will say if it needs it",
          task, file, m.fileIndex());
      return Optional.empty();
    }
    if (length != at.length() || !FileChecksums.same(now, at.checksum())) {
      return Optional.of(describe(task, m, file, at, "has " + now + " (" + length + " bytes) now"));
    }
    return Optional.empty();
  }

  private String describe(int task, OutputMerge m, Path file, PieceChecksum at, String now) {
    return "task " + task + "'s committed piece of output files[" + m.fileIndex() + "] " + m.path()
        + " changed after its commit: " + file + " had " + at.checksum() + " (" + at.length()
        + " bytes) when task " + task + " committed it and " + now + "; something replaced or altered it, so the"
        + " merged output would not be what the program wrote, and the job fails before merging it. Find what"
        + " writes into the job's work folder or beside its outputs, then run the task again: sepyarn resume"
        + " " + applicationId + " --rerun " + task;
  }
}
