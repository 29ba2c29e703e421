package org.sepyarn.formats.scatter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.merge.WindowCopy;

class ScatterLayoutTest {
  @Test
  void slabsFollowTheSlowestNonUnitAxisAndCoverItOnce() {
    Hypercube cube = Hypercube.ofLengths(10, 7, 5, 1);
    ScatterLayout layout = ScatterLayout.of(cube, 4, List.of(cube.fullWindow()), 10 * 7 * 4 * 2);
    assertEquals(3, layout.axis());
    assertEquals(3, layout.slabs().size(), "5 rows of 280 bytes, about 560 bytes a slab");
    int next = 0;
    for (Window s : layout.slabs()) {
      assertEquals(next, s.start(2));
      assertEquals(10, s.count(0));
      assertEquals(7, s.count(1));
      next = s.end(2);
    }
    assertEquals(5, next);
  }

  @Test
  void neverMoreSlabsThanSamplesAlongTheAxisNorFewerThanOne() {
    Hypercube cube = Hypercube.ofLengths(100, 3);
    assertEquals(3, ScatterLayout.of(cube, 4, List.of(), 1).slabs().size());
    assertEquals(1, ScatterLayout.of(cube, 4, List.of(), Long.MAX_VALUE).slabs().size());
    assertEquals(1, ScatterLayout.of(Hypercube.ofLengths(1, 1), 4, List.of(), 1).slabs().size());
  }

  /** Every reader's parts, in slab order, are its window's bytes in storage order, over random shapes. */
  @Test
  void partsInSlabOrderAreEachReadersWindow() {
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      int rank = 1 + random.nextInt(4);
      int[] n = new int[rank];
      for (int d = 0; d < rank; d++) {
        n[d] = 1 + random.nextInt(6);
      }
      Hypercube cube = Hypercube.ofLengths(n);
      int esize = 1 + random.nextInt(3) * 3;
      byte[] data = new byte[(int) cube.elementCount() * esize];
      random.nextBytes(data);
      List<Window> readers = new ArrayList<>();
      for (int r = 0; r < 1 + random.nextInt(5); r++) {
        readers.add(randomWindow(random, n));
      }
      long bytesPerSlab = 1 + random.nextInt(data.length + 1);
      ScatterLayout layout = ScatterLayout.of(cube, esize, readers, bytesPerSlab);
      ByteArrayOutputStream[] pieces = new ByteArrayOutputStream[readers.size()];
      for (int r = 0; r < pieces.length; r++) {
        pieces[r] = new ByteArrayOutputStream();
      }
      Window whole = cube.fullWindow();
      List<List<ScatterLayout.Part>> bySlab = layout.partsBySlab();
      for (int k = 0; k < layout.slabs().size(); k++) {
        Window slab = layout.slabs().get(k);
        byte[] slabBytes = extract(data, whole, slab, esize);
        assertEquals(layout.parts(k), bySlab.get(k));
        for (ScatterLayout.Part part : layout.parts(k)) {
          assertTrue(layout.slabsOf(part.reader()).contains(k));
          pieces[part.reader()].writeBytes(extract(slabBytes, slab, part.window(), esize));
        }
      }
      for (int r = 0; r < readers.size(); r++) {
        assertArrayEquals(extract(data, whole, readers.get(r), esize), pieces[r].toByteArray(),
            "round " + round + ": reader " + r + " " + readers.get(r) + " of " + cube + ", slabs " + layout.slabs());
      }
    }
  }

  @Test
  void aSlabWithoutPartOfAReaderIsNotAmongItsSlabs() {
    Hypercube cube = Hypercube.ofLengths(4, 10);
    Window reader = new Window(new int[] {0, 6}, new int[] {4, 2});
    ScatterLayout layout = ScatterLayout.of(cube, 4, List.of(reader), 16);
    assertEquals(List.of(6, 7), layout.slabsOf(0));
    assertFalse(layout.parts(0).stream().anyMatch(p -> p.reader() == 0));
  }

  private static Window randomWindow(Random random, int[] n) {
    int[] start = new int[n.length];
    int[] count = new int[n.length];
    for (int d = 0; d < n.length; d++) {
      start[d] = random.nextInt(n[d]);
      count[d] = 1 + random.nextInt(n[d] - start[d]);
    }
    return new Window(start, count);
  }

  private static byte[] extract(byte[] src, Window container, Window inner, int esize) {
    byte[] out = new byte[(int) inner.elementCount() * esize];
    WindowCopy.extract(src, 0, container, inner, out, Math.max(container.rank(), inner.rank()), esize);
    return out;
  }
}
