package org.sepyarn.am.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TaskPrerequisitesTest {
  @Test
  void aTaskWithoutPrerequisitesIsReadyAtOnce() {
    TaskPrerequisites p = TaskPrerequisites.none(3);
    assertTrue(p.ready(0) && p.ready(1) && p.ready(2));
    assertFalse(p.any());
    assertEquals(List.of(), p.succeeded(1));
  }

  @Test
  void aPieceByPieceReaderIsReleasedByItsOwnWriterAlone() {
    // Step 1: tasks 0..2; step 2: tasks 3..5, task 3+i reads piece i.
    TaskPrerequisites.Builder b = TaskPrerequisites.builder(6);
    for (int i = 0; i < 3; i++) {
      b.readsPieceOf(3 + i, i);
    }
    TaskPrerequisites p = b.build();
    assertFalse(p.ready(4));
    assertEquals(1, p.localWriter(4));
    assertEquals(-1, p.localWriter(1));
    assertEquals(List.of(4), p.succeeded(1));
    assertTrue(p.ready(4));
    assertFalse(p.ready(3));
    assertEquals(List.of(), p.succeeded(1), "a second success of the same task releases nothing");
  }

  @Test
  void aReaderOfEveryPieceWaitsForTheLastWriter() {
    TaskPrerequisites.Builder b = TaskPrerequisites.builder(5);
    b.needs(3, 0, 3).needs(4, 0, 3);
    TaskPrerequisites p = b.build();
    assertEquals(List.of(), p.succeeded(2));
    assertEquals(List.of(), p.succeeded(0));
    assertEquals(Set.of(3, 4), new HashSet<>(p.succeeded(1)));
  }

  @Test
  void randomFlowsReleaseEachTaskExactlyWhenAllItNeedsSucceeded() {
    Random random = new Random(12);
    for (int round = 0; round < 200; round++) {
      int n = 2 + random.nextInt(30);
      TaskPrerequisites.Builder b = TaskPrerequisites.builder(n);
      List<Set<Integer>> needs = new ArrayList<>();
      for (int t = 0; t < n; t++) {
        Set<Integer> need = new TreeSet<>();
        if (t > 0 && random.nextInt(3) > 0) {
          int from = random.nextInt(t);
          int to = from + 1 + random.nextInt(t - from);
          b.needs(t, from, to);
          for (int k = from; k < to; k++) {
            need.add(k);
          }
          if (random.nextBoolean()) {
            int w = random.nextInt(t);
            b.readsPieceOf(t, w);
            need.add(w);
          }
        }
        needs.add(need);
      }
      TaskPrerequisites p = b.build();
      List<Integer> order = new ArrayList<>();
      for (int t = 0; t < n; t++) {
        order.add(t);
      }
      Collections.shuffle(order, random);
      Set<Integer> done = new HashSet<>();
      Set<Integer> released = new HashSet<>();
      for (int t = 0; t < n; t++) {
        if (p.ready(t)) {
          released.add(t);
        }
      }
      for (int t : order) {
        done.add(t);
        released.addAll(p.succeeded(t));
        for (int k = 0; k < n; k++) {
          assertEquals(done.containsAll(needs.get(k)), released.contains(k), "round " + round + " task " + k);
          assertEquals(released.contains(k), p.ready(k));
        }
      }
    }
  }

  @Test
  void rangesOutsideTheJobOrOnItselfAreRefused() {
    TaskPrerequisites.Builder b = TaskPrerequisites.builder(4);
    assertThrows(IllegalArgumentException.class, () -> b.needs(1, 0, 5));
    assertThrows(IllegalArgumentException.class, () -> b.needs(1, 0, 2));
    assertThrows(IllegalArgumentException.class, () -> b.needs(4, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> b.needs(2, 1, 1));
  }

  @Test
  void aLostCommitHoldsBackTheTasksItHadReleasedAndTheyAreReleasedAgainByTheNextSuccess() {
    TaskPrerequisites p = TaskPrerequisites.builder(5).readsPieceOf(3, 0).needs(4, 0, 2).build();
    p.succeeded(1);
    assertEquals(Set.of(3, 4), new HashSet<>(p.succeeded(0)));
    assertEquals(Set.of(3, 4), new HashSet<>(p.lost(0)));
    assertFalse(p.ready(3) || p.ready(4));
    assertEquals(List.of(), p.lost(0), "a task lost twice counts once");
    assertEquals(Set.of(3, 4), new HashSet<>(p.succeeded(0)));
    assertEquals(List.of(0, 1), p.needed(4));
    assertEquals(List.of(0), p.needed(3));
  }

  @Test
  void theReadersOfATaskThatRunsAgainRunAgainTooThroughEveryStep() {
    // Step 1: 0-1; step 2: 2-3 piece by piece; step 3: 4 reads every piece of step 2.
    TaskPrerequisites p = TaskPrerequisites.builder(5).readsPieceOf(2, 0).readsPieceOf(3, 1).needs(4, 2, 4).build();
    assertEquals(new java.util.TreeSet<>(List.of(0, 2, 4)), p.withReaders(List.of(0)));
    assertEquals(new java.util.TreeSet<>(List.of(3, 4)), p.withReaders(List.of(3)));
    assertEquals(new java.util.TreeSet<>(List.of(4)), p.withReaders(List.of(4)));
  }
}
