package org.sepyarn.formats.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

class WindowFootprintTest {
  @TempDir
  java.nio.file.Path tmp;

  private record Range(Path file, long position, long length, double density) {
    boolean covers(Path f, long from, long to) {
      return file.equals(f) && position <= from && to <= position + length;
    }
  }

  /** Every byte of the window lies in a range, the ranges count the window's bytes, and there are few of them. */
  @Test
  void theRangesCoverEveryRunAndWeighExactlyTheWindowsBytesOnRandomShapesAndLayouts() throws IOException {
    Random random = new Random(7);
    LocalDatasetFiles files = new LocalDatasetFiles(tmp);
    Configuration conf = new Configuration();
    for (int d = 0; d < 40; d++) {
      Hypercube cube = NaiveWindows.randomCube(random, 5, 6);
      ElementFormat format = ElementFormat.all().get(random.nextInt(ElementFormat.all().size()));
      byte[] data = new byte[(int) cube.elementCount() * format.esize()];
      LocalDatasetFiles.Layout layout = LocalDatasetFiles.Layout.values()[d % 3];
      Dataset ds = Dataset.open(files.dataset("d" + d + ".H", cube, format, data, layout, random), conf);
      BinaryLayout binary = new BinaryLayout(ds.parts());
      WindowFootprint footprint = WindowFootprint.of(ds);
      for (int w = 0; w < 20; w++) {
        Window window = w == 0 ? null : NaiveWindows.randomWindow(random, cube);
        int maxGroups = 1 + random.nextInt(8);
        List<Range> ranges = new ArrayList<>();
        footprint.visit(window, maxGroups, (f, p, n, density) -> ranges.add(new Range(f, p, n, density)));
        Window whole = window == null ? cube.fullWindow() : window;
        String what = cube + " " + layout + " window " + whole + " groups " + maxGroups + ": " + ranges;
        double weighed = ranges.stream().mapToDouble(r -> r.length() * r.density()).sum();
        assertEquals(whole.elementCount() * format.esize(), weighed, 1e-6 * weighed + 1e-6, what);
        ranges.forEach(r -> assertTrue(r.density() > 0 && r.density() <= 1 + 1e-9, what));
        // At most maxGroups groups, each cut in at most as many slices as the binary has parts.
        assertTrue(ranges.size() <= maxGroups * ds.parts().size(), what);
        new WindowRuns(cube, whole, format.esize()).forEach((position, length) ->
            binary.forEachSlice(position, length, (part, filePosition, offset, n) -> {
              Path f = ds.parts().get(part).path();
              assertTrue(ranges.stream().anyMatch(r -> r.covers(f, filePosition, filePosition + n)),
                  what + " misses " + n + " bytes at " + filePosition + " of " + f);
            }));
      }
    }
  }

  @Test
  void aWindowOfManyRowsIsDescribedByAFewGroupsWhateverItsSize() throws IOException {
    Hypercube cube = Hypercube.ofLengths(100, 2000, 300);
    LocalDatasetFiles files = new LocalDatasetFiles(tmp);
    try (java.io.RandomAccessFile binary = new java.io.RandomAccessFile(tmp.resolve("big.H@").toFile(), "rw")) {
      binary.setLength(cube.elementCount() * 4); // sparse: no data written
    }
    Dataset ds = Dataset.open(files.text("big.H", LocalDatasetFiles.history(cube, ElementFormat.XDR_FLOAT,
        files.abs("big.H@"))), new Configuration());
    Window fastSplit = new Window(new int[] {25, 0, 0}, new int[] {25, 2000, 300});
    Map<Path, Double> bytes = new HashMap<>();
    int[] ranges = {0};
    WindowFootprint.of(ds).visit(fastSplit, 64, (f, p, n, density) -> {
      ranges[0]++;
      bytes.merge(f, n * density, Double::sum);
    });
    assertTrue(ranges[0] <= 64, ranges[0] + " ranges");
    assertEquals(25.0 * 2000 * 300 * 4, bytes.values().iterator().next(), 1);
  }
}
