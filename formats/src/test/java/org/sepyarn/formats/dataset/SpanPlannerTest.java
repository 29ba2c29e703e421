package org.sepyarn.formats.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanPlannerTest {
  /** Records the plan as text: "span start+length [offset:length ...]" and "long position+length". */
  private static final class Recorder implements SpanPlanner.SpanSink {
    final List<String> plan = new ArrayList<>();

    @Override
    public void span(long start, int length, int[] runOffsets, int[] runLengths, int count) {
      StringBuilder sb = new StringBuilder("span " + start + "+" + length + " [");
      for (int i = 0; i < count; i++) {
        sb.append(i == 0 ? "" : " ").append(runOffsets[i]).append(':').append(runLengths[i]);
      }
      plan.add(sb.append(']').toString());
    }

    @Override
    public void longRun(long position, long length) {
      plan.add("long " + position + "+" + length);
    }
  }

  private static List<String> plan(int buffer, long gap, long... runs) throws IOException {
    Recorder r = new Recorder();
    SpanPlanner p = new SpanPlanner(buffer, gap, r);
    for (int i = 0; i < runs.length; i += 2) {
      p.add(runs[i], runs[i + 1]);
    }
    p.finish();
    return r.plan;
  }

  @Test
  void withNoGapAllowedEveryRunIsReadAloneSoOnlyNeededBytesAreRead() throws IOException {
    assertEquals(List.of("span 0+10 [0:10]", "span 11+10 [0:10]", "span 40+5 [0:5]"),
        plan(100, 0, 0, 10, 11, 10, 40, 5));
  }

  @Test
  void runsSeparatedByShortGapsShareOneRead() throws IOException {
    assertEquals(List.of("span 0+21 [0:10 11:10]", "span 40+5 [0:5]"), plan(100, 5, 0, 10, 11, 10, 40, 5));
  }

  @Test
  void aSpanNeverExceedsTheBuffer() throws IOException {
    assertEquals(List.of("span 0+21 [0:10 11:10]", "span 22+10 [0:10]"), plan(25, 5, 0, 10, 11, 10, 22, 10));
  }

  @Test
  void aRunLongerThanTheBufferIsHandedOnAlone() throws IOException {
    assertEquals(List.of("span 0+4 [0:4]", "long 5+30", "span 36+4 [0:4]"), plan(20, 5, 0, 4, 5, 30, 36, 4));
  }

  @Test
  void aGapIsReadThroughOnlyWhileTheSpanReadsAtMostOneUnneededByteInEight() throws IOException {
    // 7 bytes of gap in a span of 7 + 49 = 56 bytes is one in eight: joined; one more gap byte is not.
    assertEquals(List.of("span 0+56 [0:21 28:28]"), plan(100, 64, 0, 21, 28, 28));
    assertEquals(List.of("span 0+21 [0:21]", "span 29+27 [0:27]"), plan(100, 64, 0, 21, 29, 27));
  }

  @Test
  void aFastAxisSplitReadsOnlyItsOwnPartOfEveryRow() throws IOException {
    // Rows of 400 bytes, of which the task keeps 80: the 320-byte gaps are not read.
    long[] flat = new long[2 * 10];
    for (int row = 0; row < 10; row++) {
      flat[2 * row] = 400L * row + 160;
      flat[2 * row + 1] = 80;
    }
    List<String> plan = plan(1 << 20, 64 << 10, flat);
    assertEquals(10, plan.size());
    assertEquals("span 160+80 [0:80]", plan.get(0));
  }

  @Test
  void manyTinyRunsAreSplitIntoBoundedSpans() throws IOException {
    int runs = SpanPlanner.MAX_RUNS_PER_SPAN + 3;
    long[] flat = new long[runs * 2];
    for (int i = 0; i < runs; i++) {
      flat[2 * i] = 9L * i;
      flat[2 * i + 1] = 8;
    }
    List<String> plan = plan(Integer.MAX_VALUE, 1, flat);
    assertEquals(2, plan.size());
    assertEquals(("span " + 9L * SpanPlanner.MAX_RUNS_PER_SPAN + "+26 [0:8 9:8 18:8]"), plan.get(1));
  }
}
