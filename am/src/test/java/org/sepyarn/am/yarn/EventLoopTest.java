package org.sepyarn.am.yarn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventLoopTest {
  private static final Duration SLOW_TICKS = Duration.ofHours(1);

  private final List<String> log = new ArrayList<>();
  private volatile boolean done;

  @Test
  void eventsRunInTheOrderTheyWereSubmittedOnTheCallersThread() throws Exception {
    EventLoop loop = new EventLoop(SLOW_TICKS, () -> { });
    Thread[] ranOn = new Thread[3];
    for (int i = 0; i < 3; i++) {
      int n = i;
      loop.submit(() -> {
        log.add("event " + n);
        ranOn[n] = Thread.currentThread();
      });
    }
    loop.submit(() -> done = true);

    loop.runUntil(() -> done);

    assertEquals(List.of("event 0", "event 1", "event 2"), log);
    for (Thread t : ranOn) {
      assertSame(Thread.currentThread(), t);
    }
  }

  @Test
  void eventsSubmittedFromOtherThreadsAllRun() throws Exception {
    EventLoop loop = new EventLoop(SLOW_TICKS, () -> { });
    AtomicInteger count = new AtomicInteger();
    List<Thread> senders = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      Thread t = new Thread(() -> {
        for (int i = 0; i < 250; i++) {
          loop.submit(count::incrementAndGet);
        }
      });
      senders.add(t);
      t.start();
    }

    loop.runUntil(() -> count.get() == 1000);

    for (Thread t : senders) {
      t.join();
    }
    assertEquals(1000, count.get());
  }

  @Test
  void aCallCompletesWithItsResultComputedOnTheLoopsThread() throws Exception {
    EventLoop loop = new EventLoop(SLOW_TICKS, () -> { });
    Thread[] computedOn = new Thread[1];

    CompletableFuture<String> result = loop.call(() -> {
      computedOn[0] = Thread.currentThread();
      return "answer";
    });
    assertFalse(result.isDone());
    loop.submit(() -> done = true);
    loop.runUntil(() -> done);

    assertEquals("answer", result.get(0, TimeUnit.SECONDS));
    assertSame(Thread.currentThread(), computedOn[0]);
  }

  @Test
  void aCallThatThrowsCompletesExceptionallyWithThatException() throws Exception {
    EventLoop loop = new EventLoop(SLOW_TICKS, () -> { });
    IOException failure = new IOException("no scheduler yet");

    CompletableFuture<String> result = loop.call(() -> {
      throw failure;
    });
    loop.submit(() -> done = true);
    loop.runUntil(() -> done);

    ExecutionException e = assertThrows(ExecutionException.class, () -> result.get(0, TimeUnit.SECONDS));
    assertSame(failure, e.getCause());
  }

  @Test
  void ticksComeFirstAndThenEveryInterval() throws Exception {
    AtomicInteger ticks = new AtomicInteger();
    EventLoop loop = new EventLoop(Duration.ofMillis(20), ticks::incrementAndGet);
    long start = System.nanoTime();

    loop.runUntil(() -> ticks.get() >= 4);

    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(4, ticks.get());
    assertTrue(elapsedMillis >= 60, "4 ticks 20 ms apart took only " + elapsedMillis + " ms");
  }

  @Test
  void aBusyQueueDoesNotStarveTheTicks() throws Exception {
    AtomicInteger ticks = new AtomicInteger();
    EventLoop loop = new EventLoop(Duration.ofMillis(10), ticks::incrementAndGet);
    AtomicBoolean stop = new AtomicBoolean();
    Thread flood = new Thread(() -> {
      while (!stop.get()) {
        loop.submit(() -> { });
        Thread.onSpinWait();
      }
    });
    flood.start();
    try {
      loop.runUntil(() -> ticks.get() >= 3);
    } finally {
      stop.set(true);
      flood.join();
    }

    assertEquals(3, ticks.get());
  }

  @Test
  void aThrowingEventOrTickDoesNotStopTheLoop() throws Exception {
    AtomicInteger ticks = new AtomicInteger();
    EventLoop loop = new EventLoop(Duration.ofMillis(5), () -> {
      if (ticks.incrementAndGet() == 1) {
        throw new IllegalStateException("bug in the first tick");
      }
    });
    loop.submit(() -> {
      throw new IllegalStateException("bug in an event");
    });
    loop.submit(() -> log.add("after the bug"));

    loop.runUntil(() -> !log.isEmpty() && ticks.get() >= 2);

    assertEquals(List.of("after the bug"), log);
  }

  @Test
  void aLoopThatIsAlreadyDoneRunsNothing() throws Exception {
    AtomicInteger ticks = new AtomicInteger();
    EventLoop loop = new EventLoop(Duration.ofMillis(1), ticks::incrementAndGet);
    loop.submit(() -> log.add("event"));

    loop.runUntil(() -> true);

    assertEquals(0, ticks.get());
    assertEquals(List.of(), log);
  }

  @Test
  void anInterruptedLoopStopsWithInterruptedException() throws Exception {
    EventLoop loop = new EventLoop(SLOW_TICKS, () -> { });
    CountDownLatch started = new CountDownLatch(1);
    loop.submit(started::countDown);
    Throwable[] ended = new Throwable[1];
    Thread runner = new Thread(() -> {
      try {
        loop.runUntil(() -> false);
      } catch (InterruptedException e) {
        ended[0] = e;
      }
    });
    runner.start();
    assertTrue(started.await(10, TimeUnit.SECONDS));

    runner.interrupt();
    runner.join(10_000);

    assertFalse(runner.isAlive());
    assertTrue(ended[0] instanceof InterruptedException, String.valueOf(ended[0]));
  }
}
