package org.sepyarn.am.merge;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.DistributedFileSystem;
import org.sepyarn.am.plan.OutputMerge;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.merge.Merge;
import org.sepyarn.formats.merge.MergeSlabs;
import org.sepyarn.formats.merge.OutputRegion;
import org.sepyarn.runner.spec.MergePlan;
import org.sepyarn.runner.spec.MergeSlab;
import org.sepyarn.runner.spec.MergeTaskSpec;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.SmallFiles;
import org.sepyarn.runner.spec.WorkLayout;
import org.sepyarn.runner.merge.MergeFactory;
import org.sepyarn.runner.merge.PieceSource;
import org.sepyarn.runner.merge.SlabWriters;
import org.sepyarn.runner.stage.JoinPlacement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges every output of a job from its tasks' committed pieces into the final dataset, written
 * atomically with a history section recording the job. On HDFS, an output split along its slowest
 * axis is joined in place from the pieces' binaries ({@link ConcatJoin}: no byte copied); every
 * other output is cut into slabs along its slowest axis, written several at once with bounded
 * memory ({@link SlabWriters}) and joined in place the same way. Elsewhere outputs are streamed.
 */
public final class OutputMerger {
  private static final Logger LOG = LoggerFactory.getLogger(OutputMerger.class);
  /** Working memory of one merge. */
  static final long MERGE_BUFFER_BYTES = 64L << 20;
  /** Output bytes per slab when slabs are written side by side, unless {@code sepyarn.merge.slab-bytes} says otherwise. */
  static final long DEFAULT_SLAB_BYTES = 64L << 20;
  /** How many slabs the ApplicationMaster writes at once, unless {@code sepyarn.merge.threads} says otherwise. */
  static final int DEFAULT_THREADS = 4;
  /** Most slabs one output is cut into, so that the join's source list stays short. */
  static final int MAX_SLABS = 256;

  private final Configuration conf;
  private final WorkLayout work;
  private final JobSpec job;
  private final String applicationId;
  private final int threads;
  private final long slabBytes;
  private final MergedHistory history;
  /** Every task of the job, every step's in a flow: merge task k is task {@code jobTasks + k}. */
  private final int jobTasks;

  public OutputMerger(Configuration conf, WorkLayout work, JobSpec job, String applicationId) {
    this.conf = conf;
    this.work = work;
    this.job = job;
    this.applicationId = applicationId;
    this.threads = Math.max(1, conf.getInt("sepyarn.merge.threads", DEFAULT_THREADS));
    this.slabBytes = Math.max(1, conf.getLong("sepyarn.merge.slab-bytes", DEFAULT_SLAB_BYTES));
    this.history = new MergedHistory(conf, job, applicationId);
    this.jobTasks = org.sepyarn.formats.flow.FlowTasks.of(job).taskCount();
  }

  /**
   * Hears of each output as it is committed (or found merged by an earlier attempt), with how it
   * was merged and how many bytes the merge copied, so that a journal and the job's byte count
   * can record it.
   */
  public interface MergedListener {
    void merged(OutputMerge output, MergeRecord record);
  }

  /**
   * Merges every output, reporting the fraction of output bytes written. Each output's slow part
   * (its slabs, its join's plan) is done for all outputs before any is put in place, so a merge
   * that fails leaves none of them written (outputs off HDFS, streamed into place, come last).
   */
  public void mergeAll(List<OutputMerge> merges, DoubleConsumer progress) throws IOException {
    mergeAll(merges, progress, Set.of(), (m, r) -> { });
  }

  /** Merges each output in turn except those already merged, with no merge task run. */
  public void mergeAll(List<OutputMerge> merges, DoubleConsumer progress, Set<Integer> alreadyDone,
      MergedListener listener) throws IOException {
    mergeAll(merges, progress, alreadyDone, new MergePlan(jobTasks, List.of()), listener);
  }

  /**
   * Merges each output in turn except those already merged (by file index), reporting the
   * fraction of output bytes written and each output as it is committed. Outputs the merge tasks of
   * {@code mergeTasks} wrote (all of them succeeded) are joined from their slabs.
   */
  public void mergeAll(List<OutputMerge> merges, DoubleConsumer progress, Set<Integer> alreadyDone,
      MergePlan mergeTasks, MergedListener listener) throws IOException {
    List<Opened> opened = new ArrayList<>();
    long total = 0;
    try {
      for (OutputMerge m : merges) {
        if (alreadyDone.contains(m.fileIndex())) {
          LOG.info("{} was merged by an earlier attempt; keeping it", m.path());
          history.recordOfExisting(m).ifPresent(r -> listener.merged(m, r));
          continue;
        }
        Optional<JoinManifest> started = readManifest(m);
        Opened o = started.isPresent() ? new Opened(m, List.of(), null, started.get()) : open(m);
        opened.add(o);
        total += o.outputBytes();
      }
      long[] done = {0};
      long all = Math.max(1, total);
      // First everything that takes time or can fail (planning, slabs, checks), then the joins,
      // which only move blocks: a merge that fails leaves none of the job's outputs written.
      List<Ready> ready = new ArrayList<>();
      List<Opened> toStream = new ArrayList<>();
      for (Opened o : opened) {
        if (history.alreadyMerged(o.spec)) {
          LOG.info("{} was already merged by an earlier attempt of {}; keeping it", o.spec.path(), applicationId);
          ready.add(new Ready(o, null, existingRecord(o)));
        } else if (o.join != null) {
          LOG.info("finishing the join of {} that an earlier attempt started", o.spec.path());
          ready.add(new Ready(o, o.join, null));
        } else {
          Optional<JoinManifest> join = o.spec.kind() == OutputMerge.Kind.CONCATENATE ? planJoin(o) : Optional.empty();
          Optional<List<MergeSlab>> written = mergeTasks.slabsOf(o.spec.fileIndex());
          if (join.isEmpty() && written.isPresent()) {
            join = Optional.of(joinWrittenSlabs(o, written.get()));
          }
          if (join.isEmpty()) {
            java.util.concurrent.atomic.AtomicLong slabbed = new java.util.concurrent.atomic.AtomicLong(done[0]);
            join = writeSlabs(o, bytes -> progress.accept((double) slabbed.addAndGet(bytes) / all));
          }
          if (join.isPresent()) {
            ready.add(new Ready(o, join.get(), null));
            done[0] += o.outputBytes();
          } else {
            toStream.add(o);
          }
        }
      }
      // Outputs off HDFS are streamed into place last, once every other output is ready to join.
      for (Opened o : toStream) {
        long[] streamed = {done[0]};
        MergeRecord planned = MergeRecord.streamed(o.spec, o.outputBytes());
        long copied = write(o, planned, bytes -> {
          streamed[0] += bytes;
          progress.accept((double) streamed[0] / all);
        });
        done[0] += o.outputBytes();
        ready.add(new Ready(o, null, new MergeRecord(planned.method(), planned.outputBytes(), copied)));
      }
      for (Ready r : ready) {
        MergeRecord record = r.record;
        if (r.join != null) {
          join(r.join);
          record = existingRecord(r.opened);
        }
        progress.accept((double) done[0] / all);
        deleteLeftovers(r.opened.spec);
        listener.merged(r.opened.spec, record);
      }
    } finally {
      for (Opened o : opened) {
        o.close();
      }
    }
  }

  /** An output ready to be put in place: by its join, or already there with its record. */
  private record Ready(Opened opened, JoinManifest join, MergeRecord record) {
  }

  /**
   * The join of a concatenated output's piece binaries in place, when HDFS allows it; written to
   * the work folder before any step. Empty, with a log line saying why, when the output must be
   * streamed instead.
   */
  private Optional<JoinManifest> planJoin(Opened o) throws IOException {
    Path header = new Path(o.spec.path());
    FileSystem outputFs = header.getFileSystem(conf);
    header = outputFs.makeQualified(header);
    List<Dataset> pieces = o.pieces.stream().map(PieceSource::dataset).toList();
    Optional<String> whyNot = whyNotJoined(o);
    if (whyNot.isPresent()) {
      LOG.info("not joining the pieces of {} in place: {}", header, whyNot.get());
      return Optional.empty();
    }
    refuseExisting(outputFs, header);
    List<JoinManifest.Piece> binaries = new ArrayList<>();
    for (Dataset piece : pieces) {
      binaries.add(new JoinManifest.Piece(outputFs.makeQualified(piece.parts().get(0).path()).toString(),
          piece.byteCount()));
    }
    return Optional.of(recordJoin(o, outputFs, header, binaries, new MergeRecord(o.spec.describe()
        + " (the pieces joined in place by HDFS concat)", o.outputBytes(), 0)));
  }

  /** Why a concatenated output's piece binaries cannot be joined in place; empty when they can. */
  private Optional<String> whyNotJoined(Opened o) throws IOException {
    Path header = new Path(o.spec.path());
    FileSystem outputFs = header.getFileSystem(conf);
    header = outputFs.makeQualified(header);
    return JoinPreconditions.whyNot(JoinFacts.of(outputFs, header, o.merge.outputCube(), o.spec.axis(),
        o.pieces.stream().map(PieceSource::dataset).toList()));
  }

  /**
   * Why slabs of the output cannot be joined in place (not on HDFS, or in an encryption zone), so
   * that it must be streamed into one file; empty when they can.
   */
  private Optional<String> whyNoSlabs(Path header) throws IOException {
    FileSystem outputFs = header.getFileSystem(conf);
    if (!(outputFs instanceof DistributedFileSystem dfs)) {
      return Optional.of("slabs are joined in place only on HDFS");
    }
    String zone = JoinFacts.encryptionZone(dfs, outputFs.makeQualified(header).getParent());
    return zone == null ? Optional.empty()
        : Optional.of("its folder is in encryption zone " + zone + ", where HDFS joins no files");
  }

  /**
   * The merge tasks for the outputs that need them: each output not merged yet that cannot be
   * joined in place from its pieces but whose slabs can be, cut into as many slabs as
   * {@code rule} gives it, one merge task per slab. Refuses an existing output the job may not
   * replace before any task runs.
   *
   * @param clusterNodes the cluster's usable nodes now
   */
  public MergePlan planMergeTasks(List<OutputMerge> merges, Set<Integer> alreadyDone, MergeTaskRule rule,
      int clusterNodes) throws IOException {
    return planMergeTasks(merges, alreadyDone, rule, clusterNodes, jobTasks);
  }

  /**
   * As {@link #planMergeTasks(List, Set, MergeTaskRule, int)}, merge task {@code k} being task
   * {@code firstMergeTask + k} (after the job's tasks and its scatter tasks).
   */
  public MergePlan planMergeTasks(List<OutputMerge> merges, Set<Integer> alreadyDone, MergeTaskRule rule,
      int clusterNodes, int firstMergeTask) throws IOException {
    List<MergeTaskSpec> tasks = new ArrayList<>();
    for (OutputMerge m : merges) {
      if (alreadyDone.contains(m.fileIndex()) || readManifest(m).isPresent() || history.alreadyMerged(m)) {
        continue;
      }
      Opened o = open(m);
      try {
        if (m.kind() == OutputMerge.Kind.CONCATENATE && whyNotJoined(o).isEmpty()) {
          continue;
        }
        Path header = new Path(m.path());
        FileSystem outputFs = header.getFileSystem(conf);
        header = outputFs.makeQualified(header);
        int count = whyNoSlabs(header).isPresent() ? 0
            : rule.tasksFor(o.outputBytes(), job.mergeTasks(), clusterNodes);
        if (count == 0) {
          continue;
        }
        refuseExisting(outputFs, header);
        int esize = o.merge.outputFormat().esize();
        Hypercube cube = o.merge.outputCube();
        List<OutputRegion> regions = MergeSlabs.plan(cube, esize, (o.outputBytes() + count - 1) / count, count);
        for (int k = 0; k < regions.size(); k++) {
          OutputRegion r = regions.get(k);
          MergeSlab slab = new MergeSlab(k, r.axis(), r.from(), r.to(), r.bytes(cube, esize),
              SlabWriters.slabFile(header, work.root().getName(), k).toString());
          tasks.add(new MergeTaskSpec(tasks.size(), m.fileIndex(), MergeTaskSpec.MergeKind.valueOf(m.kind().name()),
              m.axis(), m.kind() == OutputMerge.Kind.BLEND ? m.cube().lengths() : null,
              m.kind() == OutputMerge.Kind.BLEND ? m.placements().stream().map(Object::toString).toList() : null,
              m.haloArray(), m.localName(), m.pieceCount(jobTasks), header.toString(), List.of(slab), m.firstTask()));
        }
        LOG.info("{} ({}, {} bytes) will be merged by {} merge tasks in YARN containers", header, m.describe(),
            o.outputBytes(), regions.size());
      } finally {
        o.close();
      }
    }
    return new MergePlan(firstMergeTask, tasks);
  }

  /**
   * Records the join of the slabs the merge tasks committed beside the output; fails, naming the
   * slab, unless every one is there whole.
   */
  private JoinManifest joinWrittenSlabs(Opened o, List<MergeSlab> slabs) throws IOException {
    Path header = new Path(o.spec.path());
    FileSystem outputFs = header.getFileSystem(conf);
    header = outputFs.makeQualified(header);
    List<JoinManifest.Piece> parts = new ArrayList<>();
    for (MergeSlab slab : slabs) {
      Path file = new Path(slab.file());
      long length;
      try {
        length = outputFs.getFileStatus(file).getLen();
      } catch (java.io.FileNotFoundException e) {
        throw new IOException("slab " + slab.number() + " of " + header + " is missing (" + file + "): its merge task"
            + " succeeded but its file is gone", e);
      }
      if (length != slab.bytes()) {
        throw new IOException("slab " + slab.number() + " of " + header + " (" + file + ") has " + length
            + " bytes, not " + slab.bytes());
      }
      parts.add(new JoinManifest.Piece(file.toString(), slab.bytes()));
    }
    return recordJoin(o, outputFs, header, parts, new MergeRecord(o.spec.describe() + " (" + slabs.size()
        + (slabs.size() == 1 ? " slab" : " slabs") + " written by merge tasks in YARN containers, joined in place by"
        + " HDFS concat)", o.outputBytes(), o.outputBytes()));
  }

  /**
   * Writes the output's slabs side by side into hidden files beside it, several at once, and
   * records their join; empty, with a log line saying why, when they could not be joined in place
   * (not on HDFS, or in an encryption zone) and the output must be streamed into one file.
   */
  private Optional<JoinManifest> writeSlabs(Opened o, java.util.function.LongConsumer written) throws IOException {
    Path header = new Path(o.spec.path());
    FileSystem outputFs = header.getFileSystem(conf);
    header = outputFs.makeQualified(header);
    Optional<String> whyNot = whyNoSlabs(header);
    if (whyNot.isPresent()) {
      LOG.info("merging {} as one stream: {}", header, whyNot.get());
      return Optional.empty();
    }
    refuseExisting(outputFs, header);
    List<OutputRegion> slabs = MergeSlabs.plan(o.merge.outputCube(), o.merge.outputFormat().esize(), slabBytes,
        MAX_SLABS);
    LOG.info("merging {} ({}) from {} pieces in {} slabs, {} at a time", header, o.spec.describe(), o.pieces.size(),
        slabs.size(), Math.min(threads, slabs.size()));
    List<Path> files = SlabWriters.write(outputFs, header, work.root().getName(), o.merge, slabs, threads, written);
    List<JoinManifest.Piece> parts = new ArrayList<>();
    for (int k = 0; k < files.size(); k++) {
      parts.add(new JoinManifest.Piece(files.get(k).toString(),
          slabs.get(k).bytes(o.merge.outputCube(), o.merge.outputFormat().esize())));
    }
    return Optional.of(recordJoin(o, outputFs, header, parts, new MergeRecord(o.spec.describe() + " (" + slabs.size()
        + (slabs.size() == 1 ? " slab" : " slabs") + " written side by side by the ApplicationMaster, joined in place by HDFS concat)", o.outputBytes(),
        o.outputBytes())));
  }

  /** Writes to the work folder how to join {@code parts} in place into the output, before any step. */
  private JoinManifest recordJoin(Opened o, FileSystem outputFs, Path header, List<JoinManifest.Piece> parts,
      MergeRecord record) throws IOException {
    Path binary = new Path(header.getParent(), header.getName() + "@");
    String text = DatasetWriter.to(outputFs, header, o.merge.outputCube(), o.merge.outputFormat())
        .program("sepyarn")
        .appendTo(o.pieces.get(0).dataset().history())
        .parameters(history.parameters(o.spec, record))
        .headerTextFor(binary);
    JoinManifest manifest = new JoinManifest(o.spec.fileIndex(), header.toString(), binary.toString(),
        new Path(header.getParent(), JoinPlacement.hiddenPrefix(header.getName(), work.root().getName()) + "joined@")
            .toString(), parts, text, job.overwrite());
    SmallFiles.replace(work.root().getFileSystem(conf), work.join(o.spec.fileIndex()), PlanCodec.write(manifest));
    return manifest;
  }

  /** Plans and records the join of output {@code m} in place, when its pieces can be joined so. */
  Optional<JoinManifest> planJoin(OutputMerge m) throws IOException {
    Opened o = open(m);
    try {
      return planJoin(o);
    } finally {
      o.close();
    }
  }

  /** Throws when the output exists and the job does not ask to overwrite it. */
  private void refuseExisting(FileSystem outputFs, Path header) throws IOException {
    if (!job.overwrite() && outputFs.exists(header)) {
      throw new FileAlreadyExistsException(header + " already exists; refusing to replace it (ask to overwrite, or "
          + "choose another name)");
    }
  }

  private Optional<JoinManifest> readManifest(OutputMerge m) throws IOException {
    FileSystem fs = work.root().getFileSystem(conf);
    Path path = work.join(m.fileIndex());
    if (!fs.exists(path)) {
      return Optional.empty();
    }
    try (java.io.InputStream in = fs.open(path)) {
      return Optional.of(PlanCodec.read(in.readAllBytes(), JoinManifest.class));
    }
  }

  private void join(JoinManifest manifest) throws IOException {
    Path header = new Path(java.net.URI.create(manifest.header()));
    long start = System.nanoTime();
    new ConcatJoin((DistributedFileSystem) header.getFileSystem(conf), manifest).finish();
    LOG.info("joined {} parts ({} bytes) into {} in place in {} ms", manifest.pieces().size(), manifest.totalBytes(),
        header, (System.nanoTime() - start) / 1_000_000);
  }

  /** Piece binaries and slabs written beside an output are not needed once it is merged. */
  private void deleteLeftovers(OutputMerge m) throws IOException {
    Path header = new Path(m.path());
    FileSystem fs = header.getFileSystem(conf);
    if (fs instanceof DistributedFileSystem dfs) {
      ConcatJoin.deleteLeftovers(dfs, dfs.makeQualified(header));
    }
  }

  private Opened open(OutputMerge m) throws IOException {
    FileSystem fs = work.root().getFileSystem(conf);
    List<PieceSource> pieces = new ArrayList<>();
    int pieceCount = m.pieceCount(jobTasks);
    boolean keepOpen = PieceSource.keepOpen(pieceCount);
    try {
      for (int t = 0; t < pieceCount; t++) {
        pieces.add(new PieceSource(Dataset.open(fs, work.piece(m.taskOfPiece(t), m.localName())), conf, keepOpen));
      }
      Merge merge = MergeFactory.of(MergeTaskSpec.MergeKind.valueOf(m.kind().name()), m.axis(), m.cube(),
          m.placements(), m.haloArray(), pieces, MERGE_BUFFER_BYTES / threads);
      return new Opened(m, pieces, merge, null);
    } catch (IOException | RuntimeException e) {
      closeAll(pieces);
      throw new IOException("cannot merge output files[" + m.fileIndex() + "] " + m.path() + " ("
          + m.describe() + "): " + e.getMessage(), e);
    }
  }

  /** How an output this merge just completed, or an earlier attempt completed, was merged. */
  private MergeRecord existingRecord(Opened o) {
    return history.recordOfExisting(o.spec).orElse(MergeRecord.streamed(o.spec, o.outputBytes()));
  }

  /** Writes the output; returns the bytes of data the merge wrote. */
  private long write(Opened o, MergeRecord record, java.util.function.LongConsumer written) throws IOException {
    Path target = new Path(o.spec.path());
    FileSystem fs = target.getFileSystem(conf);
    LOG.info("merging {} ({}) from {} pieces", target, o.spec.describe(), o.pieces.size());
    try (DatasetWriter writer = DatasetWriter.to(fs, target, o.merge.outputCube(), o.merge.outputFormat())
        .program("sepyarn")
        .appendTo(o.pieces.get(0).dataset().history())
        .parameters(history.parameters(o.spec, record))
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

  private static void closeAll(List<PieceSource> readers) {
    for (PieceSource r : readers) {
      try {
        r.close();
      } catch (IOException e) {
        LOG.debug("closing {}: {}", r, e.getMessage());
      }
    }
  }

  /** An output to merge: its pieces opened, or the join an earlier attempt started. */
  private record Opened(OutputMerge spec, List<PieceSource> pieces, Merge merge, JoinManifest join) {
    long outputBytes() {
      return join != null ? join.totalBytes() : merge.outputBytes();
    }

    void close() {
      closeAll(pieces);
    }
  }
}
