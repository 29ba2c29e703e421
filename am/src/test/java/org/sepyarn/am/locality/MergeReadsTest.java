package org.sepyarn.am.locality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.locality.MergeReads.ByteRange;
import org.sepyarn.am.locality.MergeReads.PieceShape;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.merge.BlendShape;
import org.sepyarn.formats.merge.MergeSlabs;
import org.sepyarn.formats.merge.OutputRegion;
import org.sepyarn.runner.spec.MergeSlab;
import org.sepyarn.runner.spec.MergeTaskSpec;
import org.sepyarn.runner.spec.MergeTaskSpec.MergeKind;

class MergeReadsTest {
  private static PieceShape floats(int... n) {
    return new PieceShape(Hypercube.ofLengths(n), 4);
  }

  private static MergeSlab slab(int number, int axis, int from, int to) {
    return new MergeSlab(number, axis, from, to, 1, "hdfs://nn/out/.out.H-slab" + number + "@");
  }

  private static MergeTaskSpec spec(MergeKind kind, int axis, int[] outputLengths, List<String> placements,
      int pieces, MergeSlab... slabs) {
    return new MergeTaskSpec(0, 1, kind, axis, outputLengths, placements, null, "out.H", pieces, "hdfs://nn/out.H",
        List.of(slabs), 0);
  }

  private static List<ByteRange> ranges(long... positionsAndEnds) {
    List<ByteRange> list = new ArrayList<>();
    for (int i = 0; i < positionsAndEnds.length; i += 2) {
      list.add(new ByteRange(positionsAndEnds[i], positionsAndEnds[i + 1] - positionsAndEnds[i]));
    }
    return list;
  }

  @Test
  void aSumReadsTheSlabsRowsOfEveryPiece() {
    // 10 x 6 x 4 floats: a row of axis 3 is 240 bytes.
    MergeTaskSpec task = spec(MergeKind.SUM, 0, null, null, 3, slab(1, 3, 1, 3));

    List<List<ByteRange>> reads = MergeReads.of(task, List.of(floats(10, 6, 4), floats(10, 6, 4), floats(10, 6, 4)));

    for (List<ByteRange> r : reads) {
      assertEquals(ranges(240, 720), r);
    }
  }

  @Test
  void aConcatenationAlongAFasterAxisReadsTheSameRowsOfPiecesOfDifferentWidths() {
    // 3 x 5 and 4 x 5 floats laid along axis 1 into 7 x 5; slab rows 1 to 3 of axis 2.
    MergeTaskSpec task = spec(MergeKind.CONCATENATE, 1, null, null, 2, slab(0, 2, 1, 3));

    List<List<ByteRange>> reads = MergeReads.of(task, List.of(floats(3, 5), floats(4, 5)));

    assertEquals(List.of(ranges(12, 36), ranges(16, 48)), reads);
  }

  @Test
  void aConcatenationAlongTheSlabAxisReadsOnlyThePiecesInTheSlabAndOnlyTheirPartInIt() {
    // 4 x 3, 4 x 5 and 4 x 2 floats laid along axis 2 into 4 x 10 (pieces at 0, 3 and 8); slab 2 to 5.
    MergeTaskSpec task = spec(MergeKind.CONCATENATE, 2, null, null, 3, slab(0, 2, 2, 5));

    List<List<ByteRange>> reads = MergeReads.of(task, List.of(floats(4, 3), floats(4, 5), floats(4, 2)));

    assertEquals(List.of(ranges(32, 48), ranges(0, 32), List.of()), reads);
  }

  @Test
  void aTaskOfConsecutiveSlabsReadsOneRangePerPiece() {
    MergeTaskSpec task = spec(MergeKind.SUM, 0, null, null, 1, slab(0, 2, 0, 2), slab(1, 2, 2, 5));

    assertEquals(List.of(ranges(0, 5 * 8 * 4)), MergeReads.of(task, List.of(floats(8, 5))));
  }

  @Test
  void aBlendReadsThePatchesOverlappingTheSlabFromTheirOwnFirstRow() {
    // A 4 x 20 output in two patches along axis 2, [0, 12) and [8, 20); a row is 16 bytes.
    List<String> placements = List.of("[0:4,0:12]", "[0:4,8:20]");
    List<PieceShape> pieces = List.of(floats(4, 12), floats(4, 12));

    assertEquals(List.of(ranges(0, 128), List.of()),
        MergeReads.of(spec(MergeKind.BLEND, 0, new int[] {4, 20}, placements, 2, slab(0, 2, 0, 8)), pieces));
    assertEquals(List.of(ranges(160, 192), ranges(32, 192)),
        MergeReads.of(spec(MergeKind.BLEND, 0, new int[] {4, 20}, placements, 2, slab(1, 2, 10, 20)), pieces));
  }

  @Test
  void aBlendCutAlongAnAxisThePatchesDoNotCutReadsThePiecesOwnLength() {
    // Planned 20 x 6 in patches along axis 1; the program made axis 2 nine samples long (an FFT),
    // so the output is 20 x 9 and its slabs run along axis 2 over every patch: a row of a piece is 48 bytes.
    List<String> placements = List.of("[0:12,0:6]", "[8:20,0:6]");
    MergeTaskSpec task = spec(MergeKind.BLEND, 0, new int[] {20, 6}, placements, 2, slab(1, 2, 3, 9));

    List<List<ByteRange>> reads = MergeReads.of(task, List.of(floats(12, 9), floats(12, 9)));

    assertEquals(List.of(ranges(144, 432), ranges(144, 432)), reads);
  }

  @Test
  void piecesThatDoNotFitTheTaskAreRefusedNamingThePieceAndTheAxis() {
    MergeTaskSpec task = spec(MergeKind.SUM, 0, null, null, 2, slab(0, 2, 0, 2));

    IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
        () -> MergeReads.of(task, List.of(floats(4, 4))));
    assertTrue(count.getMessage().contains("merges 2 pieces, but 1 were given"), count.getMessage());
    IllegalArgumentException slower = assertThrows(IllegalArgumentException.class,
        () -> MergeReads.of(task, List.of(floats(4, 4), floats(4, 4, 3))));
    assertTrue(slower.getMessage().contains("piece 1 of hdfs://nn/out.H has n3=3 on axis 3, slower than axis 2"),
        slower.getMessage());
  }

  /**
   * Over random outputs of every kind, cut into slabs as the merge plans them, one merge task per
   * slab: the tasks together read every byte of every piece, and each exactly once.
   */
  @Test
  void theSlabsOfAnOutputReadEachByteOfEveryPieceExactlyOnce() {
    Random random = new Random(20240611);
    for (int round = 0; round < 600; round++) {
      MergeKind kind = MergeKind.values()[round % 3];
      Case c = switch (kind) {
        case SUM -> sum(random);
        case CONCATENATE -> concatenation(random);
        case BLEND -> blend(random);
      };
      Hypercube out = c.output();
      int esize = c.pieces().get(0).esize();
      long outputBytes = out.elementCount() * esize;
      List<OutputRegion> regions = MergeSlabs.plan(out, esize, 1 + random.nextInt((int) Math.min(outputBytes, 5000)),
          1 + random.nextInt(12));
      List<List<ByteRange>> all = new ArrayList<>();
      c.pieces().forEach(p -> all.add(new ArrayList<>()));
      for (int k = 0; k < regions.size(); k++) {
        OutputRegion r = regions.get(k);
        MergeTaskSpec task = new MergeTaskSpec(k, 0, kind, c.axis(), c.outputLengths(), c.placements(), null, "o.H",
            c.pieces().size(), "hdfs://nn/o.H", List.of(slab(k, r.axis(), r.from(), r.to())), 7);
        List<List<ByteRange>> reads = MergeReads.of(task, c.pieces());
        for (int t = 0; t < reads.size(); t++) {
          all.get(t).addAll(reads.get(t));
        }
      }
      for (int t = 0; t < all.size(); t++) {
        PieceShape p = c.pieces().get(t);
        assertCoversOnce(all.get(t), p.cube().elementCount() * p.esize(),
            "round " + round + ", " + kind + ", piece " + t + " of " + c + " in slabs " + regions);
      }
    }
  }

  private static void assertCoversOnce(List<ByteRange> ranges, long bytes, String what) {
    List<ByteRange> sorted = new ArrayList<>(ranges);
    sorted.sort((a, b) -> Long.compare(a.position(), b.position()));
    long at = 0;
    for (ByteRange r : sorted) {
      assertEquals(at, r.position(), "a gap or a byte read twice at " + at + ": " + sorted + "; " + what);
      at = r.end();
    }
    assertEquals(bytes, at, "the piece's bytes read: " + sorted + "; " + what);
  }

  /** An output, how it is merged, and its pieces. */
  private record Case(Hypercube output, int axis, int[] outputLengths, List<String> placements,
      List<PieceShape> pieces) {
    @Override
    public String toString() {
      return "output " + output + " axis " + axis + " placements " + placements + " pieces " + pieces;
    }
  }

  private static int[] lengths(Random random) {
    int[] n = new int[1 + random.nextInt(4)];
    for (int i = 0; i < n.length; i++) {
      n[i] = 1 + random.nextInt(random.nextInt(4) == 0 ? 2 : 9);
    }
    return n;
  }

  private static int esize(Random random) {
    return random.nextBoolean() ? 4 : 8;
  }

  private static Case sum(Random random) {
    Hypercube cube = Hypercube.ofLengths(lengths(random));
    int esize = esize(random);
    return new Case(cube, 0, null, null, Collections.nCopies(1 + random.nextInt(5), new PieceShape(cube, esize)));
  }

  private static Case concatenation(Random random) {
    int[] n = lengths(random);
    // An axis of the pieces, or the one after their last, along which they are stacked.
    int axis = 1 + random.nextInt(n.length + 1);
    int esize = esize(random);
    List<PieceShape> pieces = new ArrayList<>();
    int total = 0;
    for (int t = 0, count = 1 + random.nextInt(5); t < count; t++) {
      int[] own = Arrays.copyOf(n, Math.max(n.length, axis));
      own[axis - 1] = axis > n.length ? 1 : 1 + random.nextInt(6);
      for (int i = n.length; i < own.length; i++) {
        own[i] = Math.max(own[i], 1);
      }
      total += own[axis - 1];
      pieces.add(new PieceShape(Hypercube.ofLengths(own), esize));
    }
    int[] out = pieces.get(0).cube().lengths();
    out[axis - 1] = total;
    return new Case(Hypercube.ofLengths(out), axis, null, null, pieces);
  }

  private static Case blend(Random random) {
    int[] n = lengths(random);
    int cut = random.nextInt(n.length);
    n[cut] = Math.max(n[cut], 3) + random.nextInt(12);
    // Patches along axis cut + 1, each overlapping the next, covering the axis.
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    while (true) {
      int end = Math.min(n[cut], start + 2 + random.nextInt(5));
      spans.add(new int[] {start, end});
      if (end == n[cut]) {
        break;
      }
      start = Math.max(start + 1, end - random.nextInt(3));
    }
    // The program may change the length of an axis the patches do not cut.
    int[] pieceLengths = n.clone();
    int other = random.nextInt(n.length);
    if (other != cut && random.nextBoolean()) {
      pieceLengths[other] = 1 + random.nextInt(9);
    }
    int esize = esize(random);
    List<String> placements = new ArrayList<>();
    List<PieceShape> pieces = new ArrayList<>();
    for (int[] span : spans) {
      int[] s = new int[n.length];
      int[] c = n.clone();
      s[cut] = span[0];
      c[cut] = span[1] - span[0];
      placements.add(new Window(s, c).toString());
      int[] own = pieceLengths.clone();
      own[cut] = c[cut];
      pieces.add(new PieceShape(Hypercube.ofLengths(own), esize));
    }
    Hypercube out = BlendShape.of(Hypercube.ofLengths(n), placements.stream().map(Window::parse).toList(),
        pieces.stream().map(PieceShape::cube).toList()).cube();
    return new Case(out, 0, n, placements, pieces);
  }
}
