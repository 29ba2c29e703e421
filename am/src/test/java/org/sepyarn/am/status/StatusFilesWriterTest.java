package org.sepyarn.am.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StatusFilesWriterTest {
  private final List<String> written = new CopyOnWriteArrayList<>();

  private FileWrite recording(String what) {
    return () -> written.add(what);
  }

  @Test
  void handingOverDoesNotWaitForTheWriteAndFlushDoes() throws Exception {
    CountDownLatch slowDisk = new CountDownLatch(1);
    try (StatusFilesWriter writer = new StatusFilesWriter()) {
      writer.hand(List.of(() -> {
        await(slowDisk);
        written.add("status 1");
      }));
      assertEquals(List.of(), written, "hand returned before the write");
      CompletableFuture<Void> flushed = CompletableFuture.runAsync(() -> {
        try {
          writer.flush();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      Thread.sleep(200);
      assertFalse(flushed.isDone(), "flush returned while the write still ran");
      slowDisk.countDown();
      flushed.get(20, TimeUnit.SECONDS);
      assertEquals(List.of("status 1"), written);
    }
  }

  @Test
  void aStatusSupersededBeforeItsTurnIsDroppedAndTheNewestIsWritten() throws Exception {
    CountDownLatch slowDisk = new CountDownLatch(1);
    CountDownLatch firstBegun = new CountDownLatch(1);
    try (StatusFilesWriter writer = new StatusFilesWriter()) {
      writer.hand(List.of(() -> {
        firstBegun.countDown();
        await(slowDisk);
        written.add("status 1");
      }));
      assertTrue(firstBegun.await(20, TimeUnit.SECONDS));
      writer.hand(List.of(recording("status 2 json"), recording("status 2 text")));
      writer.hand(List.of(recording("status 3 json"), recording("status 3 text")));
      slowDisk.countDown();
      writer.flush();
      assertEquals("status 1", written.get(0));
      assertEquals(java.util.Set.of("status 3 json", "status 3 text"), java.util.Set.copyOf(written.subList(1, 3)));
      assertEquals(3, written.size(), written.toString());
    }
  }

  @Test
  void aFailedWriteIsLoggedAndLaterOnesStillRun() throws Exception {
    try (StatusFilesWriter writer = new StatusFilesWriter()) {
      writer.hand(List.of(() -> {
        throw new IOException("the disk is full");
      }));
      writer.flush();
      writer.hand(List.of(recording("status 2")));
      writer.flush();
      assertEquals(List.of("status 2"), written);
    }
  }

  @Test
  void closingWritesWhatIsPending() throws Exception {
    StatusFilesWriter writer = new StatusFilesWriter();
    CountDownLatch never = new CountDownLatch(1);
    writer.hand(List.of(() -> {
      try {
        never.await(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
      written.add("last status");
    }));
    writer.close();
    assertEquals(List.of("last status"), written);
  }

  private static void await(CountDownLatch latch) throws IOException {
    try {
      if (!latch.await(20, TimeUnit.SECONDS)) {
        throw new IOException("never released");
      }
    } catch (InterruptedException e) {
      throw new IOException(e);
    }
  }
}
