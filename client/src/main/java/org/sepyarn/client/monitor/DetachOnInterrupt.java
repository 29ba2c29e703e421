package org.sepyarn.client.monitor;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Until closed, Ctrl-C (or any other end of this process) prints what becomes of the work under
 * way, for instance that a followed job keeps running and how to follow it again, and does what
 * must be done then, for instance stopping embedded clusters. Close it when the work has ended.
 * Once a farewell began, the process is ending: displays that keep running in other threads
 * ({@link #processEnding()}) stay quiet, so that the farewell is the last thing said.
 */
public final class DetachOnInterrupt implements AutoCloseable {
  private static final AtomicBoolean ENDING = new AtomicBoolean();
  private final Thread hook;

  private DetachOnInterrupt(Thread hook) {
    this.hook = hook;
  }

  /**
   * @param farewell what to print, and do, when the process ends before the job
   */
  public static DetachOnInterrupt install(PrintStream out, String message, Runnable farewell) {
    Thread hook = new Thread(() -> {
      ENDING.set(true);
      out.println();
      out.println(message);
      out.flush();
      try {
        farewell.run();
      } catch (RuntimeException e) {
        // The process is ending: what could not be done is said, not thrown.
        out.println("(while the process ends: " + e.getMessage() + ")");
      }
    }, "sepyarn-detach");
    Runtime.getRuntime().addShutdownHook(hook);
    return new DetachOnInterrupt(hook);
  }

  /** Whether a farewell began: the process is ending before the work it followed. */
  public static boolean processEnding() {
    return ENDING.get();
  }

  /** The work ended while this process ran: nothing to say or do at exit. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the process is already ending; the hook runs as it should
    }
  }
}
