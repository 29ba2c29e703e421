package org.sepyarn.am.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The bit set of task indexes behaves as the {@code TreeSet<Integer>} it replaces, over random changes. */
class IndexSetTest {

  @Test
  void agreesWithATreeSetOverRandomAddsRemovesAndPolls() {
    Random random = new Random(11);
    for (int run = 0; run < 50; run++) {
      IndexSet set = new IndexSet();
      TreeSet<Integer> expected = new TreeSet<>();
      for (int step = 0; step < 2000; step++) {
        int index = random.nextInt(300);
        switch (random.nextInt(4)) {
          case 0, 1 -> assertEquals(expected.add(index), set.add(index));
          case 2 -> assertEquals(expected.remove(index), set.remove(index));
          default -> {
            Integer polled = expected.pollFirst();
            assertEquals(polled == null ? -1 : polled, set.pollFirst());
          }
        }
        assertEquals(expected.size(), set.size());
        assertEquals(expected.isEmpty(), set.isEmpty());
        if (!expected.isEmpty()) {
          assertEquals(expected.first(), set.first());
        }
        assertEquals(expected.contains(index), set.contains(index));
      }
      List<Integer> iterated = new ArrayList<>();
      set.forEach(iterated::add);
      assertEquals(new ArrayList<>(expected), iterated);
      IndexSet copy = new IndexSet(set);
      copy.addAll(set);
      assertEquals(set.size(), copy.size());
    }
  }

  @Test
  void anEmptySetHasNoFirstAndRefusesNegativeIndexes() {
    IndexSet set = new IndexSet();
    assertThrows(NoSuchElementException.class, set::first);
    assertEquals(-1, set.pollFirst());
    assertThrows(IllegalArgumentException.class, () -> set.add(-1));
    assertFalse(set.remove(-1));
    assertFalse(set.contains(-1));
    set.add(5);
    set.clear();
    assertTrue(set.isEmpty());
  }
}
