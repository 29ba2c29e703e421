package org.sepyarn.formats.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.AxisPatching;
import org.sepyarn.formats.geometry.AxisSplit;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.PatchGrid;
import org.sepyarn.formats.geometry.SplitPiece;
import org.sepyarn.formats.geometry.Window;

/**
 * Merges whose outputs (2 GiB) are several times larger than the test JVM's heap, from virtual
 * pieces into a stream that checks every sample as it arrives and keeps none.
 */
class BoundedMemoryTest {
  private static final Hypercube CUBE = Hypercube.ofLengths(2048, 1024, 256);
  private static final long BUFFER_BYTES = 64L << 20;
  /** Whole numbers a float holds exactly, varying along every axis. */
  private static final LongToDoubleFunction VALUE = g -> (g % 8191) - 4095;

  private static void assertOutputDwarfsTheHeap(Merge merge) {
    assertEquals(2L << 30, merge.outputBytes());
    assertTrue(merge.outputBytes() > 3 * Runtime.getRuntime().maxMemory(),
        "the heap (" + Runtime.getRuntime().maxMemory() + " bytes) should be far smaller than the output");
  }

  @Test
  void blendingOverlappingPatchesIntoAnOutputLargerThanTheHeapStreamsEverySampleCorrectly() throws IOException {
    PatchGrid grid = PatchGrid.of(CUBE, AxisPatching.sep(CUBE, 2, 2, 16), AxisPatching.sep(CUBE, 3, 4, 8));
    List<PlacedPiece> pieces = new ArrayList<>();
    for (Window w : grid.outerWindows()) {
      pieces.add(new PlacedPiece(new ProceduralSource(CUBE.lengths(), w, ElementFormat.NATIVE_FLOAT, VALUE), w));
    }
    TaperedBlend blend = TaperedBlend.of(CUBE, pieces, BUFFER_BYTES);
    assertOutputDwarfsTheHeap(blend);
    CheckingOutputStream out = new CheckingOutputStream(ElementFormat.NATIVE_FLOAT, VALUE, 0.0);
    blend.writeTo(out);
    assertEquals(blend.outputBytes(), out.bytes());
  }

  @Test
  void concatenatingPiecesIntoAnOutputLargerThanTheHeapStreamsEverySampleCorrectly() throws IOException {
    List<ProceduralSource> pieces = new ArrayList<>();
    for (SplitPiece p : AxisSplit.of(CUBE, 2, 3).pieces()) {
      pieces.add(new ProceduralSource(CUBE.lengths(), p.window(), ElementFormat.XDR_FLOAT, VALUE));
    }
    Concatenation concatenation = Concatenation.along(2, pieces, BUFFER_BYTES);
    assertOutputDwarfsTheHeap(concatenation);
    CheckingOutputStream out = new CheckingOutputStream(ElementFormat.XDR_FLOAT, VALUE, 0.0);
    concatenation.writeTo(out);
    assertEquals(concatenation.outputBytes(), out.bytes());
  }
}
