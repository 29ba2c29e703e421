package org.sepyarn.am.locality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sepyarn.am.locality.BlockMapTest.block;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.BlockLocation;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.am.schedule.TaskPreference;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.runner.spec.MergePlan;
import org.sepyarn.runner.spec.MergeSlab;
import org.sepyarn.runner.spec.MergeTaskSpec;
import org.sepyarn.runner.spec.MergeTaskSpec.MergeKind;

class MergeLocalityTest {
  @TempDir
  java.nio.file.Path tmp;

  private final HostNames names = new HostNames(null, h -> Optional.empty(), a -> false);
  // Pieces are read side by side: the fakes hear from several threads.
  private final List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final List<Path> asked = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Piece {@code piece} of {@code localName}: a 10 x {@code n2} float dataset (40 bytes a row). */
  private Dataset piece(int piece, String localName, int n2) throws IOException {
    opened.add(piece + "/" + localName);
    java.nio.file.Path folder = Files.createDirectories(tmp.resolve(Integer.toString(piece)));
    java.nio.file.Path binary = folder.resolve(localName + "@");
    if (!Files.exists(binary)) {
      Files.write(binary, new byte[10 * n2 * 4]);
    }
    java.nio.file.Path header = folder.resolve(localName);
    Files.writeString(header, "n1=10 n2=" + n2 + " esize=4 data_format=\"xdr_float\" in=\"" + binary + "\"\n");
    return Dataset.open(new Path(header.toUri()), new Configuration());
  }

  /** Piece {@code p}'s binary in blocks of 200 bytes (5 rows), block {@code b} on hosts h(10p+b) and h(10p+b+1). */
  private Optional<BlockLocation[]> blocks(Path file, long length) {
    asked.add(file);
    int p = Integer.parseInt(new Path(file.toUri()).getParent().getName());
    List<BlockLocation> list = new ArrayList<>();
    for (long at = 0, b = 0; at < length; at += 200, b++) {
      list.add(block(at, Math.min(200, length - at), (int) (10 * p + b), (int) (10 * p + b + 1)));
    }
    return Optional.of(list.toArray(BlockLocation[]::new));
  }

  private static MergeSlab slab(int number, int from, int to) {
    return new MergeSlab(number, 2, from, to, 40L * (to - from), "hdfs://nn/out/.s" + number + "@");
  }

  private static MergeTaskSpec task(int number, MergeKind kind, int pieces, MergeSlab slab) {
    return new MergeTaskSpec(number, 1, kind, kind == MergeKind.CONCATENATE ? 2 : 0, null, null, null, "o.H", pieces,
        "hdfs://nn/out/o.H", List.of(slab), 3);
  }

  private static Set<String> hosts(TaskPreference p) {
    return Set.copyOf(p.hosts());
  }

  @Test
  void eachSlabOfASumPrefersTheHostsOfTheBlocksHoldingItsRowsOfEveryPiece() throws IOException {
    // Two pieces (3 and 4) of 10 x 10 floats, each binary two blocks of 5 rows; slab k is rows 5k to 5k + 5.
    MergePlan plan = new MergePlan(5, List.of(task(0, MergeKind.SUM, 2, slab(0, 0, 5)),
        task(1, MergeKind.SUM, 2, slab(1, 5, 10))));

    List<TaskPreference> prefs = MergeLocality.plan(plan, (p, name) -> piece(p, name, 10), this::blocks, names);

    assertEquals(Set.of("h30", "h31", "h40", "h41"), hosts(prefs.get(0)));
    assertEquals(Set.of("h31", "h32", "h41", "h42"), hosts(prefs.get(1)));
    assertEquals(java.util.Set.of("3/o.H", "4/o.H"), java.util.Set.copyOf(opened));
    assertEquals(2, opened.size(), "each piece's header opened once for both merge tasks: " + opened);
    assertEquals(2, asked.size(), "each piece binary's blocks asked once: " + asked);
  }

  @Test
  void aConcatenationAlongTheSlabAxisPrefersTheHostsOfThePiecesInItsSlab() throws IOException {
    // Pieces 3, 4, 5 of 10 x 10 floats laid along axis 2 into 10 x 30; slab 0 is rows 0 to 12:
    // all of piece 3 (blocks 0, 1) and rows 0 to 2 of piece 4 (its block 0).
    MergePlan plan = new MergePlan(5, List.of(task(0, MergeKind.CONCATENATE, 3, slab(0, 0, 12)),
        task(1, MergeKind.CONCATENATE, 3, slab(1, 12, 30))));

    List<TaskPreference> prefs = MergeLocality.plan(plan, (p, name) -> piece(p, name, 10), this::blocks, names);

    // h31 holds both blocks of piece 3 (400 bytes); h30 and h32 one each (200): half of the best is enough.
    assertEquals(List.of("h31", "h30", "h32"), prefs.get(0).hosts());
    // Slab 1, rows 12 to 30: rows 2 to 10 of piece 4 and all of piece 5. h40 holds only rows 2 to 5
    // of piece 4 (120 bytes), less than half of h51's 400.
    assertEquals(Set.of("h41", "h42", "h50", "h51", "h52"), hosts(prefs.get(1)));
    assertEquals(3, opened.size());
  }

  @Test
  void piecesOnAFileSystemWithoutLocationsMakeNoPreference() throws IOException {
    MergePlan plan = new MergePlan(5, List.of(task(0, MergeKind.SUM, 2, slab(0, 0, 10))));

    List<TaskPreference> prefs = MergeLocality.plan(plan, (p, name) -> piece(p, name, 10),
        (file, length) -> Optional.empty(), names);

    assertEquals(List.of(TaskPreference.NONE), prefs);
  }

  @Test
  void piecesThatCannotBeReadOrDoNotFitTheTaskMakeNoPreferenceInsteadOfFailing() {
    MergePlan plan = new MergePlan(5, List.of(task(0, MergeKind.SUM, 2, slab(0, 0, 5)),
        task(1, MergeKind.SUM, 2, slab(1, 5, 10))));

    assertEquals(List.of(TaskPreference.NONE, TaskPreference.NONE), MergeLocality.planOrNone(plan, (p, name) -> {
      throw new java.io.FileNotFoundException(p + "/" + name);
    }, this::blocks, names));
    // A piece longer than 1 on an axis slower than the slabs' is refused.
    assertEquals(List.of(TaskPreference.NONE, TaskPreference.NONE), MergeLocality.planOrNone(plan,
        (p, name) -> p == 4 ? badShape(p, name) : piece(p, name, 10), this::blocks, names));
  }

  /** A piece with a third axis, slower than the slab axis. */
  private Dataset badShape(int p, String name) throws IOException {
    java.nio.file.Path folder = Files.createDirectories(tmp.resolve("bad" + p));
    java.nio.file.Path binary = folder.resolve(name + "@");
    Files.write(binary, new byte[10 * 10 * 2 * 4]);
    java.nio.file.Path header = folder.resolve(name);
    Files.writeString(header, "n1=10 n2=10 n3=2 esize=4 data_format=\"xdr_float\" in=\"" + binary + "\"\n");
    return Dataset.open(new Path(header.toUri()), new Configuration());
  }

  @Test
  void aPieceWhoseBinaryIsSeveralFilesWeighsEachSliceAgainstItsOwnFile() throws IOException {
    // One piece of 10 x 10 floats whose binary is two files of 200 bytes: rows 0-4 and 5-9.
    java.nio.file.Path folder = Files.createDirectories(tmp.resolve("7"));
    Files.write(folder.resolve("a@"), new byte[200]);
    Files.write(folder.resolve("b@"), new byte[200]);
    java.nio.file.Path header = folder.resolve("o.H");
    Files.writeString(header, "n1=10 n2=10 esize=4 data_format=\"xdr_float\" in=\"" + folder.resolve("a@") + ";"
        + folder.resolve("b@") + "\"\n");
    Dataset multi = Dataset.open(new Path(header.toUri()), new Configuration());
    Map<String, Integer> hostOf = Map.of("a@", 1, "b@", 2);
    MergePlan plan = new MergePlan(7, List.of(new MergeTaskSpec(0, 1, MergeKind.SUM, 0, null, null, null, "o.H", 1,
        "hdfs://nn/out/o.H", List.of(slab(0, 6, 10)), 7)));

    List<TaskPreference> prefs = MergeLocality.plan(plan, (p, name) -> multi,
        (file, length) -> Optional.of(new BlockLocation[] {block(0, length, hostOf.get(file.getName()))}), names);

    assertEquals(List.of("h2"), prefs.get(0).hosts());
  }

  @Test
  void manyPiecesAreReadSideBySideEachOnce() throws IOException {
    int pieces = 3 * MergeLocality.READERS;
    for (int p = 0; p < pieces; p++) {
      piece(p, "o.H", 10);
    }
    opened.clear();
    java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    MergePlan plan = new MergePlan(pieces, List.of(new MergeTaskSpec(0, 1, MergeKind.SUM, 0, null, null, null,
        "o.H", pieces, "hdfs://nn/out/sum.H", List.of(slab(0, 0, 10)), 0)));
    List<TaskPreference> preferences = MergeLocality.plan(plan, (p, name) -> {
      threads.add(Thread.currentThread().getName() + "#" + Thread.currentThread().getId());
      return piece(p, name, 10);
    }, this::blocks, names);
    assertEquals(1, preferences.size());
    assertEquals(pieces, opened.size(), "each header once: " + opened);
    assertEquals(pieces, java.util.Set.copyOf(asked).size());
    assertEquals(pieces, asked.size(), "each binary's blocks once");
    org.junit.jupiter.api.Assertions.assertTrue(threads.size() > 1, "read on one thread only: " + threads);
  }
}
