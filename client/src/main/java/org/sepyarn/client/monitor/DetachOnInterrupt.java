package org.sepyarn.client.monitor;

import java.io.PrintStream;

/**
 * While a job is followed, Ctrl-C (or any other end of this process) prints what becomes of the
 * job, for instance that it keeps running and how to follow it. Close it when the job has ended.
 */
public final class DetachOnInterrupt implements AutoCloseable {
  private final Thread hook;

  private DetachOnInterrupt(Thread hook) {
    this.hook = hook;
  }

  /**
   * @param farewell what to print, and do, when the process ends before the job
   */
  public static DetachOnInterrupt install(PrintStream out, String message, Runnable farewell) {
    Thread hook = new Thread(() -> {
      out.println();
      out.println(message);
      out.flush();
      farewell.run();
    }, "sepyarn-detach");
    Runtime.getRuntime().addShutdownHook(hook);
    return new DetachOnInterrupt(hook);
  }

  /** The job ended while followed: nothing to say at exit. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the process is already ending; the hook runs as it should
    }
  }
}
