package org.sepyarn.client.monitor;

/** Time that moves only when the monitor sleeps. */
final class ManualTicker implements Ticker {
  private long now = 1_000_000;

  @Override
  public long nowMillis() {
    return now;
  }

  @Override
  public void sleep(long millis) {
    now += millis;
  }
}
