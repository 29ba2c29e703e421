package org.sepyarn.formats.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class AxisSplitTest {
  private final Hypercube cube = Hypercube.ofLengths(5, 6, 10);

  @Test
  void splittingAlongTheSlowAxisCutsOnlyThatAxis() {
    List<SplitPiece> pieces = AxisSplit.of(cube, 3, 3).pieces();
    assertEquals(3, pieces.size());
    assertEquals(new SplitPiece(0, Window.parse("[0:5,0:6,0:4]")), pieces.get(0));
    assertEquals(new SplitPiece(1, Window.parse("[0:5,0:6,4:7]")), pieces.get(1));
    assertEquals(new SplitPiece(2, Window.parse("[0:5,0:6,7:10]")), pieces.get(2));
  }

  @Test
  void splittingAlongTheFastAxisCutsOnlyThatAxis() {
    List<SplitPiece> pieces = AxisSplit.of(cube, 1, 2).pieces();
    assertEquals(Window.parse("[0:3,0:6,0:10]"), pieces.get(0).window());
    assertEquals(Window.parse("[3:5,0:6,0:10]"), pieces.get(1).window());
  }

  @Test
  void oneBlockIsTheWholeCube() {
    assertEquals(List.of(new SplitPiece(0, cube.fullWindow())), AxisSplit.of(cube, 2, 1).pieces());
  }

  @Test
  void anAxisBeyondTheCubeIsRefusedNamingTheAllowedRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AxisSplit.of(cube, 4, 1));
    assertEquals("axis 4 is out of range: the dataset (n1=5 n2=6 n3=10) has axes 1 to 3", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AxisSplit.of(cube, 0, 1));
  }

  @Test
  void moreBlocksThanSamplesIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AxisSplit.of(cube, 3, 12));
    assertEquals("nblock=12 > n3=10 samples on axis 3: at most 10 blocks", e.getMessage());
  }

  @Test
  void aPieceWithANegativeIndexIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SplitPiece(-1, cube.fullWindow()));
  }
}
