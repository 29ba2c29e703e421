package org.sepyarn.client.cli;

/**
 * What is no news to the user once this process is ending (Ctrl-C, SIGTERM): Hadoop's daemons and
 * clients try to remove the shutdown hooks they registered, which the JVM (and Hadoop's
 * {@code ShutdownHookManager}) refuse once shutdown began, and a command whose clusters or
 * connections are being closed under it fails in ways that only repeat that the process ends.
 * The farewell of the work under way ({@code DetachOnInterrupt}) says what becomes of it instead.
 */
public final class ExitNoise {
  private ExitNoise() {
  }

  /** Whether {@code e}, or one of its causes, is a refused shutdown hook change during shutdown. */
  public static boolean isShutdownNoise(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IllegalStateException && t.getMessage() != null
          && t.getMessage().startsWith("Shutdown in progress")) {
        return true;
      }
    }
    return false;
  }

  /** Whether this JVM's shutdown began: it then refuses new shutdown hooks. */
  public static boolean shutdownBegan() {
    Thread probe = new Thread(() -> { }, "sepyarn-shutdown-probe");
    try {
      Runtime.getRuntime().addShutdownHook(probe);
    } catch (IllegalStateException e) {
      return true;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(probe);
    } catch (IllegalStateException e) {
      return true;
    }
    return false;
  }
}
