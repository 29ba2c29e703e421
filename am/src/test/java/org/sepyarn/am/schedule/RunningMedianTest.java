package org.sepyarn.am.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RunningMedianTest {

  @Test
  void emptyHasNoMedian() {
    assertTrue(new RunningMedian().median().isEmpty());
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoRoundedDown() {
    RunningMedian m = new RunningMedian();
    m.add(10);
    assertEquals(10, m.median().getAsLong());
    m.add(21);
    assertEquals(15, m.median().getAsLong());
    m.add(1);
    assertEquals(10, m.median().getAsLong());
  }

  @Test
  void agreesWithSortingOverRandomSequences() {
    Random random = new Random(7);
    for (int run = 0; run < 200; run++) {
      RunningMedian m = new RunningMedian();
      List<Long> all = new ArrayList<>();
      int n = 1 + random.nextInt(60);
      for (int i = 0; i < n; i++) {
        long v = random.nextInt(1000);
        m.add(v);
        all.add(v);
        List<Long> sorted = new ArrayList<>(all);
        Collections.sort(sorted);
        int size = sorted.size();
        long expected = size % 2 == 1 ? sorted.get(size / 2)
            : sorted.get(size / 2 - 1) + (sorted.get(size / 2) - sorted.get(size / 2 - 1)) / 2;
        assertEquals(expected, m.median().getAsLong(), "after " + all);
        assertEquals(size, m.count());
      }
    }
  }
}
