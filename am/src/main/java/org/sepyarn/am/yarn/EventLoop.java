package org.sepyarn.am.yarn;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that touches the scheduler. YARN's callback threads and the runner channel put
 * events on the queue; {@link #runUntil} runs them in order on the caller's thread, with a tick
 * every so often for timeouts.
 */
public final class EventLoop {
  private static final Logger LOG = LoggerFactory.getLogger(EventLoop.class);

  private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
  private final Duration tickInterval;
  private final Runnable tick;

  public EventLoop(Duration tickInterval, Runnable tick) {
    this.tickInterval = tickInterval;
    this.tick = tick;
  }

  /** Queues an event; safe from any thread. */
  public void submit(Runnable event) {
    queue.add(event);
  }

  /** Queues a computation and returns its future result; safe from any thread. */
  public <T> CompletableFuture<T> call(Callable<T> computation) {
    CompletableFuture<T> result = new CompletableFuture<>();
    queue.add(() -> {
      try {
        result.complete(computation.call());
      } catch (Exception e) {
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  /** Runs events and ticks on this thread until {@code done} holds after an event. */
  public void runUntil(BooleanSupplier done) throws InterruptedException {
    long nextTick = System.nanoTime();
    while (!done.getAsBoolean()) {
      long wait = Math.max(0, nextTick - System.nanoTime());
      Runnable event = queue.poll(wait, TimeUnit.NANOSECONDS);
      if (event != null) {
        runSafely(event);
      }
      if (System.nanoTime() - nextTick >= 0) {
        runSafely(tick);
        nextTick = System.nanoTime() + tickInterval.toNanos();
      }
    }
  }

  private static void runSafely(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      // A bug in one event must not stop the ApplicationMaster; it is logged and the loop goes on.
      LOG.error("event failed", e);
    }
  }
}
