package org.sepyarn.client.monitor;

/** The time and the waiting of {@link JobMonitor}; tests drive it by hand. */
public interface Ticker {
  /** The real clock and {@link Thread#sleep}. */
  Ticker SYSTEM = new Ticker() {
    @Override
    public long nowMillis() {
      return System.currentTimeMillis();
    }

    @Override
    public void sleep(long millis) throws InterruptedException {
      Thread.sleep(millis);
    }
  };

  long nowMillis();

  void sleep(long millis) throws InterruptedException;
}
