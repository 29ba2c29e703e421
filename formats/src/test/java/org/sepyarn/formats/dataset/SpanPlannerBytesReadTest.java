package org.sepyarn.formats.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/**
 * How many bytes a window read fetches over many window shapes (splits along every axis, patches,
 * random windows): never more than 8/7 of the bytes the window needs, with the reader's default
 * gap and buffer sizes and with small buffers.
 */
class SpanPlannerBytesReadTest {
  private static final int ESIZE = 4;

  /** Adds up what a plan reads, and checks that it keeps exactly the window's bytes. */
  private static final class ReadTally implements SpanPlanner.SpanSink {
    long read;
    long kept;
    long reads;

    @Override
    public void span(long start, int length, int[] runOffsets, int[] runLengths, int count) {
      read += length;
      reads++;
      for (int i = 0; i < count; i++) {
        assertTrue(runOffsets[i] >= 0 && runOffsets[i] + runLengths[i] <= length);
        kept += runLengths[i];
      }
    }

    @Override
    public void longRun(long position, long length) {
      read += length;
      kept += length;
      reads++;
    }
  }

  private static ReadTally tally(Hypercube cube, Window window, int buffer, long maxGap) throws IOException {
    ReadTally tally = new ReadTally();
    SpanPlanner planner = new SpanPlanner(buffer, maxGap, tally);
    new WindowRuns(cube, window, ESIZE).forEach(planner::add);
    planner.finish();
    assertEquals(window.elementCount() * ESIZE, tally.kept, "bytes kept of " + window + " in " + cube);
    return tally;
  }

  private static void assertReadAboutOnce(Hypercube cube, Window window, int buffer) throws IOException {
    long needed = window.elementCount() * ESIZE;
    ReadTally t = tally(cube, window, buffer, DatasetReader.DEFAULT_MAX_GAP_BYTES);
    assertTrue(t.read * 7 <= needed * 8, "window " + window + " of " + cube + " (buffer " + buffer + ") reads "
        + t.read + " bytes for " + needed + " needed");
  }

  @Test
  void aSplitAlongAnyAxisReadsEachInputByteAboutOnce() throws IOException {
    Hypercube cube = Hypercube.ofLengths(500, 60, 7);
    for (int axis = 0; axis < 3; axis++) {
      for (int parts : new int[] {2, 3, 5, 7}) {
        long read = 0;
        int n = cube.n(axis + 1);
        for (int p = 0; p < parts; p++) {
          int from = (int) ((long) n * p / parts);
          int to = (int) ((long) n * (p + 1) / parts);
          Window piece = cube.fullWindow().with(axis, from, to - from);
          read += tally(cube, piece, DatasetReader.DEFAULT_BUFFER_BYTES, DatasetReader.DEFAULT_MAX_GAP_BYTES).read;
        }
        long input = cube.elementCount() * ESIZE;
        assertTrue(read * 7 <= input * 8, "split along axis " + (axis + 1) + " into " + parts + " reads " + read
            + " bytes of a " + input + "-byte input");
      }
    }
  }

  @Test
  void aFastAxisSplitIntoFiveReadsTheInputOnceNotFiveTimes() throws IOException {
    Hypercube cube = Hypercube.ofLengths(1000, 100, 10);
    long read = 0;
    for (int p = 0; p < 5; p++) {
      read += tally(cube, cube.fullWindow().with(0, 200 * p, 200), DatasetReader.DEFAULT_BUFFER_BYTES,
          DatasetReader.DEFAULT_MAX_GAP_BYTES).read;
    }
    assertEquals(cube.elementCount() * ESIZE, read);
  }

  @Test
  void aPatchWithShortGapsIsStillReadInFewLargeReads() throws IOException {
    Hypercube cube = Hypercube.ofLengths(100, 1000);
    ReadTally t = tally(cube, Window.parse("[5:95,0:1000]"), DatasetReader.DEFAULT_BUFFER_BYTES,
        DatasetReader.DEFAULT_MAX_GAP_BYTES);
    assertEquals(1, t.reads, "reads of a 90-sample patch of 100-sample rows");
  }

  @Test
  void randomWindowsOfRandomCubesReadAtMostEightSeventhsOfTheirBytes() throws IOException {
    Random random = new Random(20261206);
    for (int i = 0; i < 3000; i++) {
      int rank = 1 + random.nextInt(4);
      int[] n = new int[rank];
      int[] start = new int[rank];
      int[] count = new int[rank];
      for (int d = 0; d < rank; d++) {
        n[d] = 1 + random.nextInt(d == 0 ? 300 : 12);
        start[d] = random.nextInt(n[d]);
        count[d] = 1 + random.nextInt(n[d] - start[d]);
      }
      int buffer = random.nextBoolean() ? DatasetReader.DEFAULT_BUFFER_BYTES : 16 + random.nextInt(4096);
      assertReadAboutOnce(Hypercube.ofLengths(n), new Window(start, count), buffer);
    }
  }
}
