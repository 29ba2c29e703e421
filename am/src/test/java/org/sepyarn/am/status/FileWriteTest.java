package org.sepyarn.am.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FileWriteTest {
  @Test
  void writesRunSideBySide() throws IOException {
    // Each write waits until all of them have started: one after another they could not end.
    CountDownLatch started = new CountDownLatch(FileWrite.AT_ONCE);
    Set<Integer> done = ConcurrentHashMap.newKeySet();
    List<FileWrite> writes = new ArrayList<>();
    for (int i = 0; i < FileWrite.AT_ONCE; i++) {
      int n = i;
      writes.add(() -> {
        started.countDown();
        try {
          if (!started.await(20, TimeUnit.SECONDS)) {
            throw new IOException("write " + n + " ran alone");
          }
        } catch (InterruptedException e) {
          throw new IOException(e);
        }
        done.add(n);
      });
    }
    FileWrite.allSideBySide(writes);
    assertEquals(FileWrite.AT_ONCE, done.size());
  }

  @Test
  void aFailureIsThrownOnceEveryWriteEndedAndTheFirstInListOrderIsNamed() {
    Set<String> ran = ConcurrentHashMap.newKeySet();
    List<FileWrite> writes = List.of(
        () -> ran.add("a"),
        () -> {
          sleep(200);
          ran.add("b");
          throw new IOException("b failed");
        },
        () -> {
          ran.add("c");
          throw new IOException("c failed");
        },
        () -> {
          sleep(400);
          ran.add("d");
        });
    IOException e = assertThrows(IOException.class, () -> FileWrite.allSideBySide(writes));
    assertEquals("b failed", e.getMessage());
    assertEquals(Set.of("a", "b", "c", "d"), ran);
  }

  @Test
  void moreWritesThanAtOnceAllRunAndNoneIsEmptyWork() throws IOException {
    Set<Integer> done = ConcurrentHashMap.newKeySet();
    List<FileWrite> writes = new ArrayList<>();
    for (int i = 0; i < 3 * FileWrite.AT_ONCE + 1; i++) {
      int n = i;
      writes.add(() -> assertTrue(done.add(n)));
    }
    FileWrite.allSideBySide(writes);
    assertEquals(3 * FileWrite.AT_ONCE + 1, done.size());
    FileWrite.allSideBySide(List.of());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
