package org.sepyarn.it;

import java.time.Duration;

/** Polling for a state of the clusters or of a job that comes about on its own time. */
final class Await {
  private static final long POLL_MILLIS = 200;

  private Await() {
  }

  /** Something to check again until it holds. */
  interface Condition {
    boolean holds() throws Exception;
  }

  /** Whether {@code condition} came to hold within {@code limit}. */
  static boolean within(Duration limit, Condition condition) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.holds()) {
      if (System.nanoTime() - deadline > 0) {
        return false;
      }
      Thread.sleep(POLL_MILLIS);
    }
    return true;
  }

  /** Waits until {@code condition} holds; fails the test naming {@code what} after {@code limit}. */
  static void until(Duration limit, String what, Condition condition) throws Exception {
    if (!within(limit, condition)) {
      throw new AssertionError("not within " + limit.toSeconds() + " s: " + what);
    }
  }
}
