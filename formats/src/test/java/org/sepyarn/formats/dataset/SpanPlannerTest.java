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
  void manyTinyRunsAreSplitIntoBoundedSpans() throws IOException {
    int runs = SpanPlanner.MAX_RUNS_PER_SPAN + 3;
    long[] flat = new long[runs * 2];
    for (int i = 0; i < runs; i++) {
      flat[2 * i] = 2L * i;
      flat[2 * i + 1] = 1;
    }
    List<String> plan = plan(Integer.MAX_VALUE, 1, flat);
    assertEquals(2, plan.size());
    assertEquals(("span " + 2L * SpanPlanner.MAX_RUNS_PER_SPAN + "+5 [0:1 2:1 4:1]"), plan.get(1));
  }
}
