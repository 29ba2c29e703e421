package org.sepyarn.formats.irregular;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RecordRunsTest {
  @Test
  void consecutiveRecordsBecomeRunsAndReadBack() {
    assertEquals("0-3,7,9-10", RecordRuns.encode(new long[] {0, 1, 2, 3, 7, 9, 10}));
    assertEquals("", RecordRuns.encode(new long[0]));
    assertArrayEquals(new long[] {0, 1, 2, 3, 7, 9, 10}, RecordRuns.decode("0-3,7,9-10"));
    assertArrayEquals(new long[0], RecordRuns.decode(""));
  }

  @Test
  void randomSetsRoundTrip() {
    Random random = new Random(5);
    for (int trial = 0; trial < 200; trial++) {
      TreeSet<Long> set = new TreeSet<>();
      int n = random.nextInt(300);
      for (int i = 0; i < n; i++) {
        set.add((long) random.nextInt(1 + random.nextInt(1000)));
      }
      long[] records = set.stream().mapToLong(Long::longValue).toArray();
      String runs = RecordRuns.encode(records);
      assertArrayEquals(records, RecordRuns.decode(runs), runs);
    }
  }

  @Test
  void listsThatAreNotIncreasingAndTextThatIsNotRunsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> RecordRuns.encode(new long[] {3, 3}));
    assertThrows(IllegalArgumentException.class, () -> RecordRuns.encode(new long[] {-1}));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> RecordRuns.decode("5-9,7")).getMessage()
        .contains("run \"7\""));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> RecordRuns.decode("4-2")).getMessage()
        .contains("ends before it starts"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> RecordRuns.decode("1,x")).getMessage()
        .contains("not N or N-M"));
  }
}
