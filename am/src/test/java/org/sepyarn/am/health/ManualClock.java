package org.sepyarn.am.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that only moves when a test advances it. */
public final class ManualClock extends Clock {
  private long millis;

  public ManualClock(long startMillis) {
    this.millis = startMillis;
  }

  public void advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("a manual clock only moves forward, not by " + by);
    }
    millis += by.toMillis();
  }

  @Override
  public long millis() {
    return millis;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a manual clock is always UTC");
  }
}
