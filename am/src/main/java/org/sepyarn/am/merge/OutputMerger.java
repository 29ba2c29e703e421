package org.sepyarn.am.merge;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.am.plan.OutputMerge;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.merge.Concatenation;
import org.sepyarn.formats.merge.Merge;
import org.sepyarn.formats.merge.PlacedPiece;
import org.sepyarn.formats.merge.Summation;
import org.sepyarn.formats.merge.TaperedBlend;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges every output of a job from its tasks' committed pieces into the final dataset, written
 * atomically with a history section recording the job. Streams with bounded memory.
 */
public final class OutputMerger {
  private static final Logger LOG = LoggerFactory.getLogger(OutputMerger.class);
  /** Working memory of one merge. */
  static final long MERGE_BUFFER_BYTES = 64L << 20;

  private final Configuration conf;
  private final WorkLayout work;
  private final JobSpec job;
  private final String applicationId;

  public OutputMerger(Configuration conf, WorkLayout work, JobSpec job, String applicationId) {
    this.conf = conf;
    this.work = work;
    this.job = job;
    this.applicationId = applicationId;
  }

  /**
   * Hears of each output as it is committed (or found merged by an earlier attempt), with how it
   * was merged and how many bytes the merge copied, so that a journal and the job's byte count
   * can record it.
   */
  public interface MergedListener {
    void merged(OutputMerge output, MergeRecord record);
  }

  /** Merges each output in turn, reporting the fraction of output bytes written. */
  public void mergeAll(List<OutputMerge> merges, DoubleConsumer progress) throws IOException {
    mergeAll(merges, progress, Set.of(), (m, r) -> { });
  }

  /**
   * Merges each output in turn except those already merged (by file index), reporting the
   * fraction of output bytes written and each output as it is committed.
   */
  public void mergeAll(List<OutputMerge> merges, DoubleConsumer progress, Set<Integer> alreadyDone,
      MergedListener listener) throws IOException {
    List<Opened> opened = new ArrayList<>();
    long total = 0;
    try {
      for (OutputMerge m : merges) {
        if (alreadyDone.contains(m.fileIndex())) {
          LOG.info("{} was merged by an earlier attempt; keeping it", m.path());
          recordOfExisting(m).ifPresent(r -> listener.merged(m, r));
          continue;
        }
        Opened o = open(m);
        opened.add(o);
        total += o.merge.outputBytes();
      }
      long[] done = {0};
      long all = Math.max(1, total);
      for (Opened o : opened) {
        if (alreadyMerged(o.spec)) {
          LOG.info("{} was already merged by an earlier attempt of {}; keeping it", o.spec.path(), applicationId);
          done[0] += o.merge.outputBytes();
          listener.merged(o.spec, recordOfExisting(o.spec).orElse(MergeRecord.streamed(o.spec,
              o.merge.outputBytes())));
          continue;
        }
        MergeRecord record = MergeRecord.streamed(o.spec, o.merge.outputBytes());
        long copied = write(o, record, bytes -> {
          done[0] += bytes;
          progress.accept((double) done[0] / all);
        });
        listener.merged(o.spec, new MergeRecord(record.method(), record.outputBytes(), copied));
      }
    } finally {
      for (Opened o : opened) {
        o.close();
      }
    }
  }

  private Opened open(OutputMerge m) throws IOException {
    FileSystem fs = work.root().getFileSystem(conf);
    List<DatasetReader> pieces = new ArrayList<>();
    try {
      for (int t = 0; t < job.taskCount(); t++) {
        pieces.add(new DatasetReader(Dataset.open(fs, work.piece(t, m.localName())), conf));
      }
      Merge merge = switch (m.kind()) {
        case CONCATENATE -> Concatenation.along(m.axis(), pieces, MERGE_BUFFER_BYTES);
        case SUM -> Summation.of(pieces, MERGE_BUFFER_BYTES);
        case BLEND -> TaperedBlend.of(m.cube(), placed(pieces, m), MERGE_BUFFER_BYTES);
      };
      return new Opened(m, pieces, merge);
    } catch (IOException | RuntimeException e) {
      closeAll(pieces);
      throw new IOException("cannot merge output files[" + m.fileIndex() + "] " + m.path() + " ("
          + m.describe() + "): " + e.getMessage(), e);
    }
  }

  /**
   * Whether the output is already there from an earlier ApplicationMaster attempt of this very
   * job: a complete dataset whose history records this application. Merging is then done.
   */
  private boolean alreadyMerged(OutputMerge m) {
    Path target = new Path(m.path());
    try {
      Dataset existing = Dataset.open(target, conf);
      return applicationId.equals(existing.history().getString("sepyarn_application", null));
    } catch (IOException | RuntimeException notThereOrNotOurs) {
      return false;
    }
  }

  /** How an output already there was merged, as its history records it; empty when it cannot be read. */
  private Optional<MergeRecord> recordOfExisting(OutputMerge m) {
    try {
      Dataset existing = Dataset.open(new Path(m.path()), conf);
      long bytes = existing.cube().elementCount() * existing.format().esize();
      return Optional.of(MergeRecord.fromHistory(existing.history(), bytes,
          MergeRecord.streamed(m, bytes).method()));
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot read how {} was merged: {}", m.path(), e.getMessage());
      return Optional.empty();
    }
  }

  private static List<PlacedPiece> placed(List<DatasetReader> pieces, OutputMerge m) {
    List<PlacedPiece> placed = new ArrayList<>();
    for (int t = 0; t < pieces.size(); t++) {
      placed.add(new PlacedPiece(pieces.get(t), m.placements().get(t)));
    }
    return placed;
  }

  /** Writes the output; returns the bytes of data the merge wrote. */
  private long write(Opened o, MergeRecord record, java.util.function.LongConsumer written) throws IOException {
    Path target = new Path(o.spec.path());
    FileSystem fs = target.getFileSystem(conf);
    LOG.info("merging {} ({}) from {} pieces", target, o.spec.describe(), o.pieces.size());
    try (DatasetWriter writer = DatasetWriter.to(fs, target, o.merge.outputCube(), o.merge.outputFormat())
        .program("sepyarn")
        .appendTo(o.pieces.get(0).dataset().history())
        .parameters(jobRecord(o.spec, record))
        .overwrite(job.overwrite())
        .open()) {
      long[] copied = {0};
      try (OutputStream out = new CountingStream(writer.binary(), bytes -> {
        copied[0] += bytes;
        written.accept(bytes);
      })) {
        o.merge.writeTo(out);
      }
      writer.commit();
      return copied[0];
    }
  }

  /**
   * The history parameters of a merged output: the application, job, program, tasks, how the
   * output was distributed and merged, and how many bytes the merge copied.
   */
  public Map<String, String> jobRecord(OutputMerge m, MergeRecord record) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("sepyarn_application", applicationId);
    p.put("sepyarn_job", job.name());
    List<String> argv = new ArrayList<>(job.program().command());
    argv.addAll(job.program().args());
    p.put("sepyarn_program", oneLine(String.join(" ", argv)));
    p.put("sepyarn_tasks", Integer.toString(job.taskCount()));
    p.put("sepyarn_distribution", job.files().get(m.fileIndex()).distribute().kind());
    p.put("sepyarn_merge", m.describe());
    p.put(MergeRecord.METHOD_PARAMETER, record.method());
    p.put(MergeRecord.COPIED_PARAMETER, Long.toString(record.copiedBytes()));
    return p;
  }

  /**
   * The text with line breaks and other control characters (tabs excepted) written as escapes: a
   * history value must fit on one line, and program arguments may hold anything but NUL.
   */
  private static String oneLine(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (Character.isISOControl(c) && c != '\t') {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static void closeAll(List<DatasetReader> readers) {
    for (DatasetReader r : readers) {
      try {
        r.close();
      } catch (IOException e) {
        LOG.debug("closing {}: {}", r, e.getMessage());
      }
    }
  }

  private record Opened(OutputMerge spec, List<DatasetReader> pieces, Merge merge) {
    void close() {
      closeAll(pieces);
    }
  }

  /** Counts bytes on their way to the writer without copying them. */
  private static final class CountingStream extends FilterOutputStream {
    private final java.util.function.LongConsumer written;

    CountingStream(OutputStream out, java.util.function.LongConsumer written) {
      super(out);
      this.written = written;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      written.accept(len);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      written.accept(1);
    }

    @Override
    public void close() {
      // the writer owns the stream and closes it at commit
    }
  }
}
