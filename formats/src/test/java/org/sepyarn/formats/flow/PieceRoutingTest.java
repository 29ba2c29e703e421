package org.sepyarn.formats.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.job.BlockPatch;
import org.sepyarn.formats.job.Copy;
import org.sepyarn.formats.job.Split;

/** Which parts of which written pieces fill each reading task's window. */
class PieceRoutingTest {
  private static Window w(String text) {
    return Window.parse(text);
  }

  private static PieceWindow part(int piece, String inPiece, String inTask) {
    return new PieceWindow(piece, w(inPiece), w(inTask), false);
  }

  @Test
  void aTransposeTakesEachReadersWindowFromEveryPieceOfTheWriter() {
    Hypercube whole = Hypercube.ofLengths(4, 6, 8);
    WrittenPieces written = WrittenPieces.split(whole, 3, new int[] {2, 2, 2, 2});
    List<List<PieceWindow>> route = PieceRouting.route(written, PieceRouting.readWindows(whole, new Split(2), 3));
    assertEquals(3, route.size());
    for (int t = 0; t < 3; t++) {
      int y = 2 * t;
      assertEquals(List.of(
          part(0, "[0:4," + y + ":" + (y + 2) + ",0:2]", "[0:4,0:2,0:2]"),
          part(1, "[0:4," + y + ":" + (y + 2) + ",0:2]", "[0:4,0:2,2:4]"),
          part(2, "[0:4," + y + ":" + (y + 2) + ",0:2]", "[0:4,0:2,4:6]"),
          part(3, "[0:4," + y + ":" + (y + 2) + ",0:2]", "[0:4,0:2,6:8]")), route.get(t), "task " + t);
    }
  }

  @Test
  void anotherBlockCountAlongTheSameAxisTakesOnlyThePiecesThatOverlap() {
    Hypercube whole = Hypercube.ofLengths(5, 6);
    WrittenPieces written = WrittenPieces.split(whole, 2, new int[] {3, 3});
    List<List<PieceWindow>> route = PieceRouting.route(written, PieceRouting.readWindows(whole, new Split(2), 3));
    assertEquals(List.of(part(0, "[0:5,0:2]", "[0:5,0:2]")), route.get(0));
    assertEquals(List.of(part(0, "[0:5,2:3]", "[0:5,0:1]"), part(1, "[0:5,0:1]", "[0:5,1:2]")), route.get(1));
    assertEquals(List.of(part(1, "[0:5,1:3]", "[0:5,0:2]")), route.get(2));
  }

  @Test
  void piecesOfUnequalLengthsAreLaidEndToEndAsTheirTasksWroteThem() {
    Hypercube whole = Hypercube.ofLengths(2, 6);
    WrittenPieces written = WrittenPieces.split(whole, 2, new int[] {1, 5});
    assertEquals(List.of(w("[0:2,0:1]"), w("[0:2,1:6]")), written.holds());
    List<List<PieceWindow>> route = PieceRouting.route(written, PieceRouting.readWindows(whole, new Split(2), 2));
    assertEquals(List.of(part(0, "[0:2,0:1]", "[0:2,0:1]"), part(1, "[0:2,0:2]", "[0:2,1:3]")), route.get(0));
    assertEquals(List.of(part(1, "[0:2,2:5]", "[0:2,0:3]")), route.get(1));
    assertThrows(IllegalArgumentException.class, () -> WrittenPieces.split(whole, 2, new int[] {1, 4}));
    assertThrows(IllegalArgumentException.class, () -> WrittenPieces.split(whole, 2, new int[] {0, 6}));
  }

  @Test
  void overlappingPatchesGiveEachSampleFromThePatchThatOwnsItNotFromTheOverlap() {
    Hypercube whole = Hypercube.ofLengths(10, 3);
    WrittenPieces written = WrittenPieces.patched(whole, BlockPatch.of(List.of(2), List.of(2)));
    assertEquals(List.of(w("[0:7,0:3]"), w("[3:10,0:3]")), written.holds());
    List<List<PieceWindow>> route = PieceRouting.route(written, PieceRouting.readWindows(whole, new Split(2), 3));
    assertEquals(List.of(part(0, "[0:5,0:1]", "[0:5,0:1]"), part(1, "[2:7,0:1]", "[5:10,0:1]")), route.get(0));
    assertEquals(List.of(part(0, "[0:5,2:3]", "[0:5,0:1]"), part(1, "[2:7,2:3]", "[5:10,0:1]")), route.get(2));
  }

  @Test
  void aPatchedReadOfASplitIntermediateTakesEachPatchsOverlapFromItsNeighbours() {
    Hypercube whole = Hypercube.ofLengths(8, 4);
    WrittenPieces written = WrittenPieces.split(whole, 1, new int[] {4, 4});
    List<List<PieceWindow>> route = PieceRouting.route(written,
        PieceRouting.readWindows(whole, BlockPatch.of(List.of(2, 1), List.of(1, 0)), 2));
    assertEquals(List.of(part(0, "[0:4,0:4]", "[0:4,0:4]"), part(1, "[0:1,0:4]", "[4:5,0:4]")), route.get(0));
    assertEquals(List.of(part(0, "[3:4,0:4]", "[0:1,0:4]"), part(1, "[0:4,0:4]", "[1:5,0:4]")), route.get(1));
  }

  @Test
  void aSummedIntermediateGivesEveryReaderItsWindowOfEveryPieceToAdd() {
    Hypercube whole = Hypercube.ofLengths(4, 4);
    WrittenPieces written = WrittenPieces.summed(whole, 3);
    List<List<PieceWindow>> route = PieceRouting.route(written, PieceRouting.readWindows(whole, new Split(1), 2));
    assertEquals(List.of(new PieceWindow(0, w("[2:4,0:4]"), w("[0:2,0:4]"), true),
        new PieceWindow(1, w("[2:4,0:4]"), w("[0:2,0:4]"), true),
        new PieceWindow(2, w("[2:4,0:4]"), w("[0:2,0:4]"), true)), route.get(1));
    assertEquals(List.of(w("[0:4,0:4]"), w("[0:4,0:4]")), PieceRouting.readWindows(whole, Copy.INSTANCE, 2));
  }

  @Test
  void piecesReadFromTheirHeadersMakeTheWholeTheirCutSays() {
    WrittenPieces split = WrittenPieces.fromPieces(new Split(3),
        List.of(Hypercube.ofLengths(101, 6, 2), Hypercube.ofLengths(101, 6, 3)), null);
    assertEquals(Hypercube.ofLengths(101, 6, 5), split.whole());
    assertEquals(List.of(w("[0:101,0:6,0:2]"), w("[0:101,0:6,2:5]")), split.holds());
    BlockPatch patch = new BlockPatch(List.of(2), List.of(2), List.of(1));
    WrittenPieces patched = WrittenPieces.fromPieces(patch,
        List.of(Hypercube.ofLengths(51, 6), Hypercube.ofLengths(51, 6)), Hypercube.ofLengths(200, 10));
    assertEquals(Hypercube.ofLengths(51, 10), patched.whole());
    assertEquals(List.of(w("[0:51,0:6]"), w("[0:51,4:10]")), patched.holds());
    WrittenPieces summed = WrittenPieces.fromPieces(Copy.INSTANCE,
        List.of(Hypercube.ofLengths(4, 4), Hypercube.ofLengths(4, 4)), null);
    assertEquals(2, summed.pieceCount());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WrittenPieces.fromPieces(
        new Split(3), List.of(Hypercube.ofLengths(101, 6, 2), Hypercube.ofLengths(100, 6, 2)), null));
    assertEquals("piece 1 has n1=100 on axis 1 but piece 0 has n1=101: pieces cut along axis 3 must agree on every"
        + " other axis", e.getMessage());
  }

  @Test
  void thePartsCoverEveryReadingWindowExactlyOnce() {
    Hypercube whole = Hypercube.ofLengths(7, 9, 5);
    List<WrittenPieces> writings = List.of(WrittenPieces.split(whole, 3, new int[] {1, 2, 2}),
        WrittenPieces.split(whole, 2, new int[] {4, 1, 4}),
        WrittenPieces.patched(whole, new BlockPatch(List.of(1, 3), List.of(3, 2), List.of(1, 2))));
    for (WrittenPieces written : writings) {
      for (int axis = 1; axis <= 3; axis++) {
        List<Window> windows = PieceRouting.readWindows(whole, new Split(axis), 4);
        List<List<PieceWindow>> route = PieceRouting.route(written, windows);
        for (int t = 0; t < windows.size(); t++) {
          long covered = route.get(t).stream().mapToLong(p -> p.inTask().elementCount()).sum();
          assertEquals(windows.get(t).elementCount(), covered, "task " + t + " of a split along " + axis);
          for (PieceWindow p : route.get(t)) {
            assertEquals(p.inPiece().elementCount(), p.inTask().elementCount());
          }
        }
      }
    }
  }
}
