package org.sepyarn.formats.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;

class SummationTest {
  private static double[] sum(List<InMemorySource> pieces, long bufferBytes) throws IOException {
    Summation merge = Summation.of(pieces, bufferBytes);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    merge.writeTo(out);
    assertEquals(merge.outputBytes(), out.size());
    return Pieces.values(out.toByteArray(), merge.outputFormat());
  }

  @Test
  void theOutputIsTheSampleBySampleSum() throws IOException {
    Hypercube cube = Hypercube.ofLengths(2, 2);
    List<InMemorySource> pieces = List.of(
        InMemorySource.ofValues(cube, ElementFormat.XDR_INT, new double[] {1, 2, 3, 4}),
        InMemorySource.ofValues(cube, ElementFormat.XDR_INT, new double[] {10, 20, 30, 40}),
        InMemorySource.ofValues(cube, ElementFormat.XDR_INT, new double[] {-100, 0, 100, 0}));
    assertArrayEquals(new double[] {-89, 22, 133, 44}, sum(pieces, 1 << 20));
  }

  @Test
  void complexSamplesAreSummedPerComponent() throws IOException {
    Hypercube cube = Hypercube.ofLengths(2);
    List<InMemorySource> pieces = List.of(
        InMemorySource.ofValues(cube, ElementFormat.XDR_COMPLEX, new double[] {1, -1, 2, -2}),
        InMemorySource.ofValues(cube, ElementFormat.XDR_COMPLEX, new double[] {0.5, 4, 8, 16}));
    assertArrayEquals(new double[] {1.5, 3, 10, 14}, sum(pieces, 1 << 20));
  }

  @Test
  void randomPiecesSumInEveryFormatWhateverTheSlabSize() throws IOException {
    Random random = new Random(9);
    for (int trial = 0; trial < 100; trial++) {
      Hypercube cube = Pieces.randomCube(random, 4, 6);
      for (ElementFormat format : ElementFormat.all()) {
        if (format.kind() == ElementFormat.Kind.UCHAR || format.kind() == ElementFormat.Kind.BYTE) {
          continue;
        }
        List<InMemorySource> pieces = new ArrayList<>();
        double[] expected = new double[(int) cube.elementCount() * format.components()];
        for (int p = 0; p < 1 + random.nextInt(4); p++) {
          InMemorySource piece = Pieces.randomWholeNumbers(random, cube, format);
          double[] v = Pieces.values(piece.bytes(), format);
          for (int i = 0; i < v.length; i++) {
            expected[i] += v[i];
          }
          pieces.add(piece);
        }
        int perSample = format.esize() + 16 * format.components();
        long buffer = (long) perSample * (1 + random.nextInt((int) cube.elementCount()));
        assertArrayEquals(expected, sum(pieces, buffer), cube + " " + format);
      }
    }
  }

  @Test
  void piecesOfDifferentShapesAreRefusedNamingThePieceAndAxis() {
    List<InMemorySource> pieces = List.of(
        new InMemorySource(Hypercube.ofLengths(3, 4), ElementFormat.XDR_FLOAT, new byte[48]),
        new InMemorySource(Hypercube.ofLengths(3, 4), ElementFormat.XDR_FLOAT, new byte[48]),
        new InMemorySource(Hypercube.ofLengths(3, 4, 2), ElementFormat.XDR_FLOAT, new byte[96]));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Summation.of(pieces, 1 << 20));
    assertEquals("piece 2 has n3=2 on axis 3 but piece 0 has n3=1: summed pieces must have the same shape",
        e.getMessage());
  }

  @Test
  void piecesInDifferentFormatsAreRefusedNamingThePiece() {
    List<InMemorySource> pieces = List.of(
        new InMemorySource(Hypercube.ofLengths(3), ElementFormat.XDR_FLOAT, new byte[12]),
        new InMemorySource(Hypercube.ofLengths(3), ElementFormat.XDR_INT, new byte[12]));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Summation.of(pieces, 1 << 20));
    assertEquals("piece 1 is stored as data_format=\"xdr_int\" but piece 0 as \"xdr_float\":"
        + " all pieces must share one format", e.getMessage());
  }
}
