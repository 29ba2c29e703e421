package org.sepyarn.formats.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.PatchGrid;
import org.sepyarn.formats.geometry.Window;

class TaperedBlendTest {
  private static byte[] run(Merge merge) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    merge.writeTo(out);
    assertEquals(merge.outputBytes(), out.size());
    return out.toByteArray();
  }

  private static InMemorySource constant(int n, double value) {
    double[] v = new double[n];
    java.util.Arrays.fill(v, value);
    return InMemorySource.ofValues(Hypercube.ofLengths(n), ElementFormat.NATIVE_DOUBLE, v);
  }

  @Test
  void anOverlapRampsLinearlyFromTheLeftPatchToTheRightPatch() throws IOException {
    TaperedBlend blend = TaperedBlend.of(Hypercube.ofLengths(8), List.of(
        new PlacedPiece(constant(5, 0), Window.parse("[0:5]")),
        new PlacedPiece(constant(6, 8), Window.parse("[2:8]"))), 1 << 20);
    assertArrayEquals(new double[] {0, 0, 2, 4, 6, 8, 8, 8},
        Pieces.values(run(blend), ElementFormat.NATIVE_DOUBLE), 1e-12);
  }

  @Test
  void blendingUnchangedFloatPatchesGivesBackTheInput() throws IOException {
    Random random = new Random(23);
    for (int trial = 0; trial < 400; trial++) {
      Hypercube cube = Pieces.randomCube(random, 4, 12);
      InMemorySource input = Pieces.randomFloats(random, cube);
      PatchGrid grid = PatchGrid.of(cube, TriangleTaperTest.randomCuts(random, cube));
      List<PlacedPiece> pieces = Pieces.cutAll(input, grid.outerWindows());
      int perSample = 4 + 16 + 16;
      int samplesPerSlab = 1 + random.nextInt((int) cube.elementCount() + 2);
      TaperedBlend blend = TaperedBlend.of(cube, pieces, (long) perSample * samplesPerSlab);
      double[] expected = Pieces.values(input.bytes(), ElementFormat.NATIVE_FLOAT);
      double[] actual = Pieces.values(run(blend), ElementFormat.NATIVE_FLOAT);
      for (int i = 0; i < expected.length; i++) {
        assertEquals(expected[i], actual[i], Math.ulp((float) expected[i]), grid + " at sample " + i);
      }
      for (PlacedPiece p : pieces) {
        assertTrue(((InMemorySource) p.source()).largestRead() <= samplesPerSlab);
      }
    }
  }

  @Test
  void blendingUnchangedPatchesOfWholeNumbersIsExactInEveryFormatNarrowerThanDouble() throws IOException {
    Random random = new Random(29);
    for (int trial = 0; trial < 40; trial++) {
      Hypercube cube = Pieces.randomCube(random, 3, 9);
      PatchGrid grid = PatchGrid.of(cube, TriangleTaperTest.randomCuts(random, cube));
      for (ElementFormat format : ElementFormat.all()) {
        InMemorySource input = Pieces.randomWholeNumbers(random, cube, format);
        TaperedBlend blend = TaperedBlend.of(cube, Pieces.cutAll(input, grid.outerWindows()), 1 << 16);
        assertEquals(format, blend.outputFormat());
        byte[] output = run(blend);
        boolean doubles = format.componentSize() == 8 && format.kind() != ElementFormat.Kind.LONG;
        if (doubles) {
          assertArrayEquals(Pieces.values(input.bytes(), format), Pieces.values(output, format), 1e-12,
              grid + " " + format);
        } else {
          assertArrayEquals(input.bytes(), output, grid + " " + format);
        }
      }
    }
  }

  @Test
  void complexPatchesBlendPerComponent() throws IOException {
    Hypercube cube = Hypercube.ofLengths(4);
    InMemorySource left = InMemorySource.ofValues(Hypercube.ofLengths(3), ElementFormat.NATIVE_COMPLEX,
        new double[] {1, 2, 1, 2, 1, 2});
    InMemorySource right = InMemorySource.ofValues(Hypercube.ofLengths(3), ElementFormat.NATIVE_COMPLEX,
        new double[] {3, -2, 3, -2, 3, -2});
    TaperedBlend blend = TaperedBlend.of(cube, List.of(new PlacedPiece(left, Window.parse("[0:3]")),
        new PlacedPiece(right, Window.parse("[1:4]"))), 1 << 16);
    // overlap [1,3): left weights 2/3, 1/3; right weights 1/3, 2/3.
    assertArrayEquals(new double[] {1, 2, 5.0 / 3, 2.0 / 3, 7.0 / 3, -2.0 / 3, 3, -2},
        Pieces.values(run(blend), ElementFormat.NATIVE_COMPLEX), 1e-6);
  }

  @Test
  void anOutputSampleNoPatchCoversIsRefusedBeforeAnythingIsWritten() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TaperedBlend.of(
        Hypercube.ofLengths(10, 2), List.of(
            new PlacedPiece(constant(4, 1).cut(Window.parse("[0:4]")), Window.parse("[0:4]")),
            new PlacedPiece(constant(4, 1).cut(Window.parse("[0:4]")), Window.parse("[6:10]"))), 1 << 16));
    assertEquals("output sample [4, 0] (0-based, axis 1 first) of n1=10 n2=2 is covered by no piece:"
        + " the placements must cover the whole output", e.getMessage());
  }

  @Test
  void aPieceWhoseShapeDiffersFromItsPlacementIsRefusedNamingThePieceAndAxis() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TaperedBlend.of(
        Hypercube.ofLengths(8), List.of(
            new PlacedPiece(constant(5, 0), Window.parse("[0:5]")),
            new PlacedPiece(constant(5, 0), Window.parse("[2:8]"))), 1 << 16));
    assertEquals("piece 1 has n1=5 on axis 1 but its placement [2:8] spans 6 samples there", e.getMessage());
  }

  @Test
  void aPlacementOutsideTheOutputIsRefusedNamingTheAllowedRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TaperedBlend.of(
        Hypercube.ofLengths(8), List.of(
            new PlacedPiece(constant(5, 0), Window.parse("[0:5]")),
            new PlacedPiece(constant(6, 0), Window.parse("[3:9]"))), 1 << 16));
    assertEquals("piece 1 is placed at [3:9], which reaches sample 8 on axis 1 but the output has n1=8"
        + " (samples 0 to 7)", e.getMessage());
  }

  @Test
  void piecesInDifferentFormatsAreRefused() {
    InMemorySource floats = InMemorySource.ofValues(Hypercube.ofLengths(4), ElementFormat.XDR_FLOAT, new double[4]);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TaperedBlend.of(
        Hypercube.ofLengths(8), List.of(new PlacedPiece(constant(4, 0), Window.parse("[0:4]")),
            new PlacedPiece(floats, Window.parse("[4:8]"))), 1 << 16));
    assertEquals("piece 1 is stored as data_format=\"xdr_float\" but piece 0 as \"native_double\":"
        + " all pieces must share one format", e.getMessage());
  }
}
