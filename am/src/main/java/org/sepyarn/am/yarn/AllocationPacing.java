package org.sepyarn.am.yarn;

/**
 * How often the ApplicationMaster heartbeats the ResourceManager. Containers are granted only at
 * a heartbeat, so right after new requests it beats every {@code eagerMillis}; while requests
 * wait, the interval doubles at each heartbeat up to the usual one, so that a job waiting for a
 * full queue does not press the ResourceManager; with none waiting it is the usual one. Spark's
 * ApplicationMaster paces its allocation the same way. Thread-safe: requests are made on the event
 * loop, heartbeats answered on YARN's callback thread.
 */
public final class AllocationPacing {
  private final int eagerMillis;
  private final int usualMillis;
  private int current;

  /** Starts eager: a job asks for its containers right after it registers. */
  public AllocationPacing(int eagerMillis, int usualMillis) {
    if (eagerMillis < 1 || usualMillis < 1) {
      throw new IllegalArgumentException("heartbeat intervals must be positive: " + eagerMillis + " ms, "
          + usualMillis + " ms");
    }
    this.eagerMillis = Math.min(eagerMillis, usualMillis);
    this.usualMillis = usualMillis;
    this.current = this.eagerMillis;
  }

  /** The interval now, in milliseconds. */
  public synchronized int interval() {
    return current;
  }

  /** New requests were made: the interval to use now, the eager one. */
  public synchronized int requested() {
    current = eagerMillis;
    return current;
  }

  /**
   * A heartbeat was answered; {@code waiting} says whether requests still wait for containers.
   * Returns the interval to the next heartbeat.
   */
  public synchronized int answered(boolean waiting) {
    current = waiting ? (int) Math.min((long) current * 2, usualMillis) : usualMillis;
    return current;
  }
}
