package org.sepyarn.client.embedded;

/**
 * What Hadoop's daemons throw when they stop while the process ends: they try to remove the
 * shutdown hooks they registered, which the JVM refuses once its shutdown began.
 */
final class ExitNoise {
  private ExitNoise() {
  }

  /** Whether {@code e}, or one of its causes, is the JVM refusing a shutdown hook change during shutdown. */
  static boolean isShutdownNoise(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IllegalStateException && t.getMessage() != null
          && t.getMessage().startsWith("Shutdown in progress")) {
        return true;
      }
    }
    return false;
  }
}
