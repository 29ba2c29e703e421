package org.sepyarn.formats.segy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SegyTraceRangesTest {
  @Test
  void theTasksByteRangesTileTheFileAfterItsHeadersInWholeTraces() {
    Random random = new Random(3);
    for (int trial = 0; trial < 2000; trial++) {
      long traces = trial < 1000 ? 1 + random.nextInt(5000) : 1 + (random.nextLong() >>> 30);
      long traceBytes = 240 + 4L * (1 + random.nextInt(65535));
      long dataStart = 3600 + 3200L * random.nextInt(3);
      int tasks = 1 + random.nextInt(1000);
      SegyTraceRanges ranges = new SegyTraceRanges(dataStart, traceBytes, traces);
      int n = (int) Math.min(tasks, traces);
      long next = dataStart;
      long smallest = Long.MAX_VALUE;
      long largest = 0;
      for (int i = 0; i < n; i++) {
        long[] bytes = ranges.taskBytes(i, n);
        long[] own = ranges.taskTraces(i, n);
        assertEquals(next, bytes[0], "task " + i + " starts where task " + (i - 1) + " ended");
        assertEquals(dataStart + own[0] * traceBytes, bytes[0], "a task starts at a trace's first byte");
        assertEquals(own[1] * traceBytes, bytes[1] - bytes[0], "a task holds whole traces");
        assertTrue(own[1] >= 1, "no task is empty");
        smallest = Math.min(smallest, own[1]);
        largest = Math.max(largest, own[1]);
        next = bytes[1];
      }
      assertEquals(ranges.fileBytes(), next, "the last task ends at the file's end");
      assertTrue(largest - smallest <= 1, "counts differ by at most one");
    }
  }

  @Test
  void agreesWithTheImportsRangesOfAFile() {
    SegyLayout layout = new SegyLayout(new byte[3200], new byte[400], SampleFormat.IBM_FLOAT, 250, 3600, 301);
    SegyTraceRanges ranges = new SegyTraceRanges(3600, 1240, 301);
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(layout.taskBytes(i, 3), ranges.taskBytes(i, 3));
    }
    assertArrayEquals(new long[] {3600, 3600 + 101 * 1240}, ranges.taskBytes(0, 3));
    assertArrayEquals(new long[] {3600 + 201 * 1240, 3600 + 301 * 1240}, ranges.taskBytes(2, 3));
  }

  @Test
  void refusesTasksThatDoNotExistAndImpossibleLayouts() {
    SegyTraceRanges ranges = new SegyTraceRanges(3600, 244, 10);
    assertThrows(IllegalArgumentException.class, () -> ranges.taskTraces(3, 3));
    assertThrows(IllegalArgumentException.class, () -> ranges.taskTraces(-1, 3));
    assertThrows(IllegalArgumentException.class, () -> ranges.taskTraces(0, 0));
    assertThrows(IllegalArgumentException.class, () -> new SegyTraceRanges(3600, 0, 10));
    assertThrows(ArithmeticException.class, () -> new SegyTraceRanges(3600, Long.MAX_VALUE / 2, 10).fileBytes());
  }
}
