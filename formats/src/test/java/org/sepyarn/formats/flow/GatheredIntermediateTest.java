package org.sepyarn.formats.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.job.BlockPatch;
import org.sepyarn.formats.job.Split;
import org.sepyarn.formats.merge.OutputRegion;
import org.sepyarn.formats.merge.Summation;

/** Any window of an intermediate, read from the pieces its writing step left. */
class GatheredIntermediateTest {
  private static final Random RANDOM = new Random(12);

  private static ArraySource randomWhole(Hypercube cube, ElementFormat format) {
    byte[] bytes = new byte[(int) cube.elementCount() * format.esize()];
    RANDOM.nextBytes(bytes);
    return new ArraySource(cube, format, bytes);
  }

  /** A dataset of random values that need rounding in {@code format}, as a summed output's pieces hold. */
  private static ArraySource randomValues(Hypercube cube, ElementFormat format) {
    double[] values = new double[(int) cube.elementCount() * format.components()];
    for (int i = 0; i < values.length; i++) {
      values[i] = RANDOM.nextGaussian() * Math.pow(10, RANDOM.nextInt(7) - 3);
    }
    byte[] bytes = new byte[(int) cube.elementCount() * format.esize()];
    format.encode(values, 0, bytes, 0, (int) cube.elementCount());
    return new ArraySource(cube, format, bytes);
  }

  private static byte[] read(ArraySource source, Window window) {
    byte[] bytes = new byte[(int) window.elementCount() * source.format().esize()];
    source.readWindow(window, bytes, 0);
    return bytes;
  }

  private static byte[] read(GatheredIntermediate gathered, Window window) throws IOException {
    byte[] bytes = new byte[(int) window.elementCount() * gathered.format().esize()];
    gathered.readWindow(window, bytes, 0);
    return bytes;
  }

  /** The pieces a writing step left of {@code whole} cut as {@code written} says. */
  private static List<ArraySource> pieces(ArraySource whole, WrittenPieces written) {
    List<ArraySource> pieces = new ArrayList<>();
    for (Window held : written.holds()) {
      pieces.add(whole.cut(held));
    }
    return pieces;
  }

  private static void assertEveryReadingCutGivesTheWholesSamples(ArraySource whole, GatheredIntermediate gathered)
      throws IOException {
    Hypercube cube = whole.cube();
    for (int axis = 1; axis <= cube.rank(); axis++) {
      for (int tasks = 1; tasks <= Math.min(4, cube.n(axis)); tasks++) {
        for (Window window : PieceRouting.readWindows(cube, new Split(axis), tasks)) {
          assertArrayEquals(read(whole, window), read(gathered, window), "window " + window + " of a split along "
              + axis + " into " + tasks);
        }
      }
    }
  }

  @Test
  void aTransposeReadsEachWindowFromThePiecesSplitAlongAnotherAxisOfUnevenLengths() throws IOException {
    Hypercube cube = Hypercube.of(new Axis(5, 0, 0.004, "time", "s"), new Axis(6, 100, 25), new Axis(8, 1, 2));
    ArraySource whole = randomWhole(cube, ElementFormat.XDR_FLOAT);
    WrittenPieces written = WrittenPieces.split(cube, 3, new int[] {3, 1, 4});
    List<ArraySource> pieces = pieces(whole, written);
    GatheredIntermediate gathered = GatheredIntermediate.of(written, pieces);

    assertEquals(cube, gathered.cube());
    assertEveryReadingCutGivesTheWholesSamples(whole, gathered);
    Window transposed = PieceRouting.readWindows(cube, new Split(2), 3).get(1);
    assertEquals(Window.parse("[0:5,2:4,0:8]"), transposed);
    List<ArraySource> fresh = pieces(whole, written);
    read(GatheredIntermediate.of(written, fresh), transposed);
    for (int p = 0; p < fresh.size(); p++) {
      assertEquals(5 * 2 * written.holds().get(p).count(2), fresh.get(p).largestRead(), "piece " + p);
    }
  }

  @Test
  void piecesSplitAlongTheFastestAxisAreInterleavedRowByRow() throws IOException {
    Hypercube cube = Hypercube.ofLengths(9, 4, 3);
    ArraySource whole = randomWhole(cube, ElementFormat.NATIVE_DOUBLE);
    WrittenPieces written = WrittenPieces.split(cube, 1, new int[] {2, 5, 2});
    GatheredIntermediate gathered = GatheredIntermediate.of(written, pieces(whole, written));
    assertEveryReadingCutGivesTheWholesSamples(whole, gathered);
  }

  @Test
  void complexSamplesAreMovedWhole() throws IOException {
    Hypercube cube = Hypercube.ofLengths(4, 3, 5);
    ArraySource whole = randomWhole(cube, ElementFormat.XDR_COMPLEX);
    WrittenPieces written = WrittenPieces.split(cube, 2, new int[] {1, 2});
    GatheredIntermediate gathered = GatheredIntermediate.of(written, pieces(whole, written));
    assertEveryReadingCutGivesTheWholesSamples(whole, gathered);
  }

  @Test
  void eachSampleOfOverlappingPatchesComesFromThePatchThatOwnsIt() throws IOException {
    Hypercube cube = Hypercube.ofLengths(10, 7, 2);
    ArraySource whole = randomWhole(cube, ElementFormat.XDR_FLOAT);
    WrittenPieces written = WrittenPieces.patched(cube, new BlockPatch(List.of(1, 2), List.of(3, 2), List.of(2, 1)));
    List<ArraySource> pieces = new ArrayList<>();
    for (int p = 0; p < written.pieceCount(); p++) {
      // What a piece holds beyond what it owns is spoiled (a program's edge effects): never read.
      ArraySource piece = whole.cut(written.holds().get(p));
      Window held = written.holds().get(p);
      for (int d = 0; d < 2; d++) {
        Window owned = written.owns().get(p);
        if (owned.start(d) > held.start(d)) {
          piece = piece.spoiled(held.with(d, held.start(d), owned.start(d) - held.start(d)).relativeTo(held), (byte) 0x7f);
        }
        if (owned.end(d) < held.end(d)) {
          piece = piece.spoiled(held.with(d, owned.end(d), held.end(d) - owned.end(d)).relativeTo(held), (byte) 0x7f);
        }
      }
      pieces.add(piece);
    }
    GatheredIntermediate gathered = GatheredIntermediate.of(written, pieces);

    assertArrayEquals(read(whole, cube.fullWindow()), read(gathered, cube.fullWindow()));
    assertEveryReadingCutGivesTheWholesSamples(whole, gathered);
    for (Window patch : PieceRouting.readWindows(cube, BlockPatch.of(List.of(2, 3), List.of(1, 1)), 6)) {
      assertArrayEquals(read(whole, patch), read(gathered, patch), "patch " + patch);
    }
  }

  @Test
  void aSummedIntermediatesWindowIsBitForBitTheMergesSumOfIt() throws IOException {
    for (ElementFormat format : List.of(ElementFormat.XDR_FLOAT, ElementFormat.NATIVE_DOUBLE,
        ElementFormat.XDR_COMPLEX, ElementFormat.XDR_INT)) {
      Hypercube cube = Hypercube.ofLengths(6, 5, 4);
      List<ArraySource> pieces = new ArrayList<>();
      for (int p = 0; p < 4; p++) {
        pieces.add(randomValues(cube, format));
      }
      GatheredIntermediate gathered = GatheredIntermediate.of(WrittenPieces.summed(cube, 4), pieces);
      ByteArrayOutputStream merged = new ByteArrayOutputStream();
      Summation.of(pieces, 1 << 16).writeTo(merged);
      ArraySource sum = new ArraySource(cube, format, merged.toByteArray());

      assertArrayEquals(merged.toByteArray(), read(gathered, cube.fullWindow()), format.toString());
      assertEveryReadingCutGivesTheWholesSamples(sum, gathered);
      Window odd = Window.parse("[1:4,2:5,1:3]");
      assertArrayEquals(read(sum, odd), read(gathered, odd), format + " " + odd);
    }
  }

  @Test
  void theSumIsTakenInPieceOrderAsTheMergeTakesIt() throws IOException {
    Hypercube cube = Hypercube.ofLengths(1);
    double[][] values = {{1e8}, {1}, {-1e8}};
    List<ArraySource> pieces = new ArrayList<>();
    for (double[] v : values) {
      byte[] bytes = new byte[4];
      ElementFormat.XDR_FLOAT.encode(v, 0, bytes, 0, 1);
      pieces.add(new ArraySource(cube, ElementFormat.XDR_FLOAT, bytes));
    }
    GatheredIntermediate gathered = GatheredIntermediate.of(WrittenPieces.summed(cube, 3), pieces);
    double[] got = new double[1];
    ElementFormat.XDR_FLOAT.decode(read(gathered, cube.fullWindow()), 0, got, 0, 1);
    assertEquals(1.0, got[0]);
    ByteArrayOutputStream merged = new ByteArrayOutputStream();
    Summation.of(pieces, 1 << 10).writeRegion(merged, OutputRegion.whole(cube));
    assertArrayEquals(merged.toByteArray(), read(gathered, cube.fullWindow()));
  }

  @Test
  void aWindowIsWrittenAtTheOffsetAskedAndNothingElseIsTouched() throws IOException {
    Hypercube cube = Hypercube.ofLengths(4, 6);
    ArraySource whole = randomWhole(cube, ElementFormat.XDR_FLOAT);
    WrittenPieces written = WrittenPieces.split(cube, 2, new int[] {2, 4});
    GatheredIntermediate gathered = GatheredIntermediate.of(written, pieces(whole, written));
    Window window = Window.parse("[1:3,1:5]");
    byte[] dst = new byte[7 + (int) window.elementCount() * 4 + 5];
    Arrays.fill(dst, (byte) 0x55);

    gathered.readWindow(window, dst, 7);

    assertArrayEquals(read(whole, window), Arrays.copyOfRange(dst, 7, dst.length - 5));
    for (int i = 0; i < 7; i++) {
      assertEquals(0x55, dst[i]);
    }
    for (int i = dst.length - 5; i < dst.length; i++) {
      assertEquals(0x55, dst[i]);
    }
  }

  @Test
  void aPieceThatDoesNotFillItsPlaceIsNamedWithItsAxis() {
    Hypercube cube = Hypercube.ofLengths(4, 6);
    WrittenPieces written = WrittenPieces.split(cube, 2, new int[] {2, 4});
    List<ArraySource> pieces = List.of(randomWhole(Hypercube.ofLengths(4, 2), ElementFormat.XDR_FLOAT),
        randomWhole(Hypercube.ofLengths(4, 3), ElementFormat.XDR_FLOAT));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GatheredIntermediate.of(written, pieces));
    assertEquals("piece 1 has n2=3 on axis 2 but its place [0:4,2:6] in the intermediate " + cube + " spans 4"
        + " samples there", e.getMessage());
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class, () -> GatheredIntermediate.of(
        written, List.of(pieces.get(0), randomWhole(Hypercube.ofLengths(3, 4), ElementFormat.XDR_FLOAT))));
    assertEquals("piece 1 has n1=3 on axis 1 but piece 0 has n1=4: the pieces of an intermediate agree on every"
        + " axis their cut leaves alone", other.getMessage());
    assertThrows(IllegalArgumentException.class, () -> GatheredIntermediate.of(written, pieces.subList(0, 1)));
    IllegalArgumentException formats = assertThrows(IllegalArgumentException.class, () -> GatheredIntermediate.of(
        written, List.of(pieces.get(0), randomWhole(Hypercube.ofLengths(4, 4), ElementFormat.NATIVE_FLOAT))));
    assertTrue(formats.getMessage().startsWith("piece 1 is stored as"), formats.getMessage());
  }

  @Test
  void piecesSampledDifferentlyAlongAnAxisTheCutLeavesAloneAreRefusedAsTheMergeRefusesThem() {
    Hypercube cube = Hypercube.ofLengths(4, 6);
    WrittenPieces written = WrittenPieces.split(cube, 2, new int[] {2, 4});
    List<ArraySource> pieces = List.of(randomWhole(Hypercube.ofLengths(4, 2), ElementFormat.XDR_FLOAT),
        randomWhole(Hypercube.of(new Axis(4, 0, 0.5), new Axis(4, 2, 1)), ElementFormat.XDR_FLOAT));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GatheredIntermediate.of(written, pieces));
    assertEquals("piece 1 has o1=0.0 d1=0.5 on axis 1 but piece 0 has o1=0.0 d1=1.0: the pieces of an intermediate"
        + " agree on every axis their cut leaves alone", e.getMessage());
  }

  @Test
  void aWindowOutsideTheIntermediateIsRefused() {
    Hypercube cube = Hypercube.ofLengths(4, 6);
    GatheredIntermediate gathered = GatheredIntermediate.of(WrittenPieces.summed(cube, 1),
        List.of(randomWhole(cube, ElementFormat.XDR_FLOAT)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> gathered.readWindow(Window.parse("[0:4,3:7]"), new byte[64], 0));
    assertTrue(e.getMessage().contains("does not fit axis 2"), e.getMessage());
  }
}
