package org.sepyarn.am.locality;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.BlockLocation;
import org.apache.hadoop.fs.Path;
import org.sepyarn.am.concurrent.SideBySide;
import org.sepyarn.am.locality.MergeReads.ByteRange;
import org.sepyarn.am.locality.MergeReads.PieceShape;
import org.sepyarn.am.schedule.TaskPreference;
import org.sepyarn.formats.dataset.BinaryPart;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.runner.spec.MergePlan;
import org.sepyarn.runner.spec.MergeTaskSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each merge task's preferred hosts and racks: those holding most of the bytes it reads from the
 * committed pieces ({@link MergeReads}). Opens each piece's header once and asks the file system
 * once per piece binary for its blocks, whatever the number of merge tasks reading it, up to
 * {@value #READERS} pieces at once (a sum of 5,000 shots reads 5,000 headers, each a few
 * milliseconds of waiting for the cluster); a piece on a file system that gives no locations (the
 * local one) makes no preference.
 */
public final class MergeLocality {
  private static final Logger LOG = LoggerFactory.getLogger(MergeLocality.class);
  /** Pieces whose header and blocks are read at once. */
  static final int READERS = 16;

  /** Opens the piece task {@code piece} (job-wide number) committed as {@code localName}. */
  @FunctionalInterface
  public interface PieceHeaders {
    Dataset open(int piece, String localName) throws IOException;
  }

  private record PieceKey(int piece, String localName) {
  }

  /** What a piece's header says that matters here: its shape and where its binary's bytes are. */
  private record Piece(PieceShape shape, List<BinaryPart> parts) {
  }

  private final PieceHeaders headers;
  private final LocalityPlanner.BlockSource blocks;
  private final HostNames hostNames;
  private final Map<PieceKey, Piece> opened = new HashMap<>();
  private final Map<Path, Optional<BlockMap>> maps = new HashMap<>();

  private MergeLocality(PieceHeaders headers, LocalityPlanner.BlockSource blocks, HostNames hostNames) {
    this.headers = headers;
    this.blocks = blocks;
    this.hostNames = hostNames;
  }

  /**
   * The preference of every merge task of {@code plan}, in number order.
   *
   * @param blocks where each piece binary's blocks are
   * @param hostNames brings the file system's host names to the form YARN's are compared in
   */
  public static List<TaskPreference> plan(MergePlan plan, PieceHeaders headers, LocalityPlanner.BlockSource blocks,
      HostNames hostNames) throws IOException {
    MergeLocality locality = new MergeLocality(headers, blocks, hostNames);
    locality.readPieces(plan);
    Map<TaskPreference, TaskPreference> shared = new HashMap<>();
    List<TaskPreference> preferences = new ArrayList<>(plan.tasks().size());
    int preferring = 0;
    for (MergeTaskSpec task : plan.tasks()) {
      TaskPreference preference = shared.computeIfAbsent(locality.weigh(task).preference(), p -> p);
      preferring += preference.isNone() ? 0 : 1;
      preferences.add(preference);
    }
    LOG.info("locality: {} of {} merge tasks prefer hosts, from the blocks of {} binary files of {} pieces",
        preferring, preferences.size(), locality.maps.values().stream().filter(Optional::isPresent).count(),
        locality.opened.size());
    return preferences;
  }

  /**
   * As {@link #plan}, or no preference for any merge task when the pieces or their blocks cannot be
   * read: locality only speeds the merge up, it never stops it.
   */
  public static List<TaskPreference> planOrNone(MergePlan plan, PieceHeaders headers,
      LocalityPlanner.BlockSource blocks, HostNames hostNames) {
    long started = System.nanoTime();
    try {
      List<TaskPreference> preferences = plan(plan, headers, blocks, hostNames);
      LOG.info("merge locality planned in {} ms", (System.nanoTime() - started) / 1_000_000);
      return preferences;
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot tell where the pieces' blocks are; merge tasks are requested anywhere: {}", e.toString());
      return Collections.nCopies(plan.tasks().size(), TaskPreference.NONE);
    }
  }

  /** Reads every piece the merge tasks read, header and blocks, {@value #READERS} at once. */
  private void readPieces(MergePlan plan) throws IOException {
    Set<PieceKey> keys = new LinkedHashSet<>();
    for (MergeTaskSpec task : plan.tasks()) {
      for (int t = 0; t < task.pieces(); t++) {
        keys.add(new PieceKey(task.firstPiece() + t, task.localName()));
      }
    }
    List<PieceKey> order = List.copyOf(keys);
    List<ReadPiece> read = SideBySide.all(order.stream().map(key -> (Callable<ReadPiece>) () -> read(key)).toList(),
        READERS, "merge-locality");
    for (int i = 0; i < order.size(); i++) {
      opened.put(order.get(i), read.get(i).piece());
      read.get(i).maps().forEach(maps::putIfAbsent);
    }
  }

  /** A piece as read on one of the readers' threads: its header and the blocks of its binary's files. */
  private record ReadPiece(Piece piece, Map<Path, Optional<BlockMap>> maps) {
  }

  private ReadPiece read(PieceKey key) throws IOException {
    Dataset d = headers.open(key.piece(), key.localName());
    Map<Path, Optional<BlockMap>> located = new HashMap<>();
    for (BinaryPart part : d.parts()) {
      if (!located.containsKey(part.path())) {
        located.put(part.path(), locate(part));
      }
    }
    return new ReadPiece(new Piece(new PieceShape(d.cube(), d.format().esize()), d.parts()), located);
  }

  /** The bytes of {@code task}'s reads each host and rack holds. */
  private LocalityWeights weigh(MergeTaskSpec task) throws IOException {
    List<Piece> pieces = new ArrayList<>(task.pieces());
    for (int t = 0; t < task.pieces(); t++) {
      pieces.add(piece(new PieceKey(task.firstPiece() + t, task.localName())));
    }
    List<List<ByteRange>> reads = MergeReads.of(task, pieces.stream().map(Piece::shape).toList());
    LocalityWeights weights = new LocalityWeights();
    for (int t = 0; t < pieces.size(); t++) {
      for (ByteRange range : reads.get(t)) {
        weigh(pieces.get(t).parts(), range, weights);
      }
    }
    return weights;
  }

  /** Weighs {@code range} of a binary made of {@code parts}, each slice against its own file's blocks. */
  private void weigh(List<BinaryPart> parts, ByteRange range, LocalityWeights weights) throws IOException {
    long partStart = 0;
    for (BinaryPart part : parts) {
      long from = Math.max(range.position(), partStart);
      long to = Math.min(range.end(), partStart + part.length());
      if (from < to) {
        Optional<BlockMap> map = map(part);
        if (map.isPresent()) {
          map.get().weigh(part.offset() + from - partStart, to - from, 1.0, weights);
        }
      }
      partStart += part.length();
    }
  }

  private Piece piece(PieceKey key) throws IOException {
    Piece p = opened.get(key);
    if (p == null) {
      Dataset d = headers.open(key.piece(), key.localName());
      p = new Piece(new PieceShape(d.cube(), d.format().esize()), d.parts());
      opened.put(key, p);
    }
    return p;
  }

  private Optional<BlockMap> map(BinaryPart part) throws IOException {
    Optional<BlockMap> map = maps.get(part.path());
    if (map == null) {
      map = locate(part);
      maps.put(part.path(), map);
    }
    return map;
  }

  private Optional<BlockMap> locate(BinaryPart part) throws IOException {
    Optional<BlockLocation[]> located = blocks.locations(part.path(), part.offset() + part.length());
    return located.isEmpty() ? Optional.empty() : Optional.of(BlockMap.of(located.get(), hostNames::canonical));
  }
}
