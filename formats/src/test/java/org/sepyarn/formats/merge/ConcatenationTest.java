package org.sepyarn.formats.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.AxisSplit;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.SplitPiece;

class ConcatenationTest {
  private static byte[] run(Merge merge) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    merge.writeTo(out);
    assertEquals(merge.outputBytes(), out.size());
    return out.toByteArray();
  }

  @Test
  void splittingAlongAnyAxisThenConcatenatingGivesBackTheInputBitForBitInEveryFormat() throws IOException {
    Random random = new Random(42);
    for (int trial = 0; trial < 400; trial++) {
      Hypercube cube = Pieces.randomCube(random, 5, 7);
      for (ElementFormat format : ElementFormat.all()) {
        InMemorySource input = Pieces.randomBytes(random, cube, format);
        for (int axis = 1; axis <= cube.rank(); axis++) {
          AxisSplit split = AxisSplit.of(cube, axis, 1 + random.nextInt(cube.n(axis)));
          List<InMemorySource> pieces = new ArrayList<>();
          for (SplitPiece p : split.pieces()) {
            pieces.add(input.cut(p.window()));
          }
          int samplesPerSlab = 1 + random.nextInt((int) cube.elementCount() + 2);
          Concatenation merge = Concatenation.along(axis, pieces, (long) samplesPerSlab * 2 * format.esize());
          assertEquals(cube, merge.outputCube());
          assertEquals(format, merge.outputFormat());
          assertArrayEquals(input.bytes(), run(merge), split + " of " + format + ", " + samplesPerSlab + " per slab");
          for (InMemorySource p : pieces) {
            assertTrue(p.largestRead() <= samplesPerSlab, "a read of " + p.largestRead() + " samples");
          }
        }
      }
    }
  }

  @Test
  void piecesOfDifferentLengthsAlongTheAxisAreLaidEndToEnd() throws IOException {
    InMemorySource a = InMemorySource.ofValues(Hypercube.ofLengths(2, 1), ElementFormat.XDR_INT, new double[] {1, 2});
    InMemorySource b = InMemorySource.ofValues(Hypercube.ofLengths(2, 3), ElementFormat.XDR_INT,
        new double[] {3, 4, 5, 6, 7, 8});
    Concatenation merge = Concatenation.along(2, List.of(a, b), 1 << 20);
    assertEquals(Hypercube.ofLengths(2, 4), merge.outputCube());
    assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, Pieces.values(run(merge), ElementFormat.XDR_INT));
  }

  @Test
  void concatenatingAlongAnAxisBeyondThePiecesStacksThem() throws IOException {
    InMemorySource a = InMemorySource.ofValues(Hypercube.ofLengths(3), ElementFormat.NATIVE_DOUBLE,
        new double[] {1, 2, 3});
    InMemorySource b = InMemorySource.ofValues(Hypercube.ofLengths(3), ElementFormat.NATIVE_DOUBLE,
        new double[] {4, 5, 6});
    Concatenation merge = Concatenation.along(3, List.of(a, b), 48);
    assertEquals(Hypercube.ofLengths(3, 1, 2), merge.outputCube());
    assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, Pieces.values(run(merge), ElementFormat.NATIVE_DOUBLE));
  }

  @Test
  void theOutputKeepsTheFirstPieceAxesWithTheSummedLength() {
    Hypercube first = Hypercube.of(new Axis(4, 0.5, 0.004, "time", "s"), new Axis(3, 100, 25, "offset", "m"));
    Hypercube second = Hypercube.of(new Axis(4, 0.5, 0.004, "time", "s"), new Axis(5, 175, 25, "offset", "m"));
    Concatenation merge = Concatenation.along(2, List.of(
        new InMemorySource(first, ElementFormat.XDR_FLOAT, new byte[48]),
        new InMemorySource(second, ElementFormat.XDR_FLOAT, new byte[80])), 1 << 16);
    assertEquals(Hypercube.of(new Axis(4, 0.5, 0.004, "time", "s"), new Axis(8, 100, 25, "offset", "m")),
        merge.outputCube());
  }

  @Test
  void piecesThatDisagreeOnAnotherAxisAreRefusedNamingThePieceTheAxisAndBothLengths() {
    List<InMemorySource> pieces = List.of(
        new InMemorySource(Hypercube.ofLengths(5, 2), ElementFormat.XDR_FLOAT, new byte[40]),
        new InMemorySource(Hypercube.ofLengths(5, 3), ElementFormat.XDR_FLOAT, new byte[60]),
        new InMemorySource(Hypercube.ofLengths(4, 2), ElementFormat.XDR_FLOAT, new byte[32]));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Concatenation.along(2, pieces, 1 << 20));
    assertEquals("piece 2 has n1=4 on axis 1 but piece 0 has n1=5: pieces concatenated along axis 2 must agree"
        + " on every other axis", e.getMessage());
  }

  @Test
  void piecesInDifferentFormatsAreRefusedNamingThePiece() {
    List<InMemorySource> pieces = List.of(
        new InMemorySource(Hypercube.ofLengths(5), ElementFormat.XDR_FLOAT, new byte[20]),
        new InMemorySource(Hypercube.ofLengths(5), ElementFormat.NATIVE_FLOAT, new byte[20]));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Concatenation.along(1, pieces, 1 << 20));
    assertEquals("piece 1 is stored as data_format=\"native_float\" but piece 0 as \"xdr_float\":"
        + " all pieces must share one format", e.getMessage());
  }

  @Test
  void anAxisOutsideOneToNineOrNoPiecesAreRefused() {
    InMemorySource p = new InMemorySource(Hypercube.ofLengths(5), ElementFormat.XDR_FLOAT, new byte[20]);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Concatenation.along(10, List.of(p), 1 << 20));
    assertEquals("concatenation axis 10 is out of range: axes are numbered 1 to 9", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Concatenation.along(1, List.of(), 1 << 20));
    assertEquals("a concatenation needs at least one piece, got none", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Concatenation.along(1, List.of(p), 7));
  }
}
