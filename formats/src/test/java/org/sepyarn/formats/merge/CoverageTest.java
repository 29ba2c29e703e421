package org.sepyarn.formats.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

class CoverageTest {
  @Test
  void placementsThatTileTheCubeCoverIt() {
    Coverage c = Coverage.check(new int[] {10, 6},
        List.of(Window.parse("[0:6,0:4]"), Window.parse("[4:10,0:6]"), Window.parse("[0:5,3:6]")));
    assertEquals(Coverage.Result.COVERED, c.result());
    assertTrue(c.firstUncovered().isEmpty());
  }

  @Test
  void theFirstUncoveredSampleInStorageOrderIsReported() {
    Coverage c = Coverage.check(new int[] {10, 6},
        List.of(Window.parse("[0:10,0:2]"), Window.parse("[0:7,2:6]"), Window.parse("[8:10,2:6]")));
    assertEquals(Coverage.Result.UNCOVERED, c.result());
    assertArrayEquals(new int[] {7, 2}, c.firstUncovered().orElseThrow());
  }

  @Test
  void theCoarseGridAgreesWithCountingSamplesForRandomPlacements() {
    Random random = new Random(31);
    for (int trial = 0; trial < 500; trial++) {
      int[] n = {1 + random.nextInt(8), 1 + random.nextInt(8), 1 + random.nextInt(4)};
      List<Window> placements = new ArrayList<>();
      boolean[] covered = new boolean[n[0] * n[1] * n[2]];
      for (int p = 0; p < 1 + random.nextInt(6); p++) {
        int[] s = new int[3];
        int[] c = new int[3];
        for (int d = 0; d < 3; d++) {
          s[d] = random.nextInt(n[d]);
          c[d] = 1 + random.nextInt(n[d] - s[d]);
        }
        placements.add(new Window(s, c));
        for (int z = s[2]; z < s[2] + c[2]; z++) {
          for (int y = s[1]; y < s[1] + c[1]; y++) {
            for (int x = s[0]; x < s[0] + c[0]; x++) {
              covered[(z * n[1] + y) * n[0] + x] = true;
            }
          }
        }
      }
      int first = -1;
      for (int i = 0; i < covered.length && first < 0; i++) {
        first = covered[i] ? -1 : i;
      }
      Coverage c = Coverage.check(n, placements);
      if (first < 0) {
        assertEquals(Coverage.Result.COVERED, c.result());
      } else {
        int[] sample = {first % n[0], first / n[0] % n[1], first / n[0] / n[1]};
        assertArrayEquals(sample, c.firstUncovered().orElseThrow(), placements.toString());
      }
    }
  }

  @Test
  void tooIrregularPlacementsAreLeftUnknownAndTheBlendRefusesTheGapWhenItReachesIt() {
    int n = 8000;
    List<PlacedPiece> pieces = new ArrayList<>();
    for (int i = 1; i <= 3000; i++) {
      Window w = new Window(new int[] {2 * i, 2 * i}, new int[] {1, 1});
      pieces.add(new PlacedPiece(new InMemorySource(Hypercube.ofLengths(1, 1), ElementFormat.XDR_FLOAT, new byte[4]),
          w));
    }
    List<Window> placements = new ArrayList<>();
    pieces.forEach(p -> placements.add(p.placement()));
    assertEquals(Coverage.Result.UNKNOWN, Coverage.check(new int[] {n, n}, placements).result());
    TaperedBlend blend = TaperedBlend.of(Hypercube.ofLengths(n, n), pieces, 1 << 20);
    IOException e = assertThrows(IOException.class, () -> blend.writeTo(OutputStream.nullOutputStream()));
    assertEquals("output sample [0, 0] (0-based, axis 1 first) of n1=8000 n2=8000 is covered by no piece:"
        + " the placements must cover the whole output", e.getMessage());
  }
}
