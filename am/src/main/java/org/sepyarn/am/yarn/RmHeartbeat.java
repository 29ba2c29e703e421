package org.sepyarn.am.yarn;

import org.apache.hadoop.conf.Configuration;

/**
 * How often the ApplicationMaster calls the ResourceManager's {@code allocate}: its requests go
 * out, and the containers granted and the containers completed come back, only then. A second by
 * default, as MapReduce does; a cluster may set {@value #KEY} to another number of milliseconds.
 * Right after new requests it is shorter, {@value #EAGER_KEY} (200 ms by default), doubling back to
 * that while they wait ({@link AllocationPacing}).
 */
public final class RmHeartbeat {
  public static final String KEY = "sepyarn.am.rm-heartbeat-ms";
  public static final int DEFAULT_MILLIS = 1000;
  /** The interval right after new container requests ({@link AllocationPacing}). */
  public static final String EAGER_KEY = "sepyarn.am.rm-heartbeat-eager-ms";
  public static final int DEFAULT_EAGER_MILLIS = 200;

  private RmHeartbeat() {
  }

  /** The interval {@code conf} sets, or the default; refuses one that is not positive. */
  public static int intervalMillis(Configuration conf) {
    return millis(conf, KEY, DEFAULT_MILLIS);
  }

  /** The pacing of heartbeats {@code conf} sets: {@value #EAGER_KEY} after requests, then {@value #KEY}. */
  public static AllocationPacing pacing(Configuration conf) {
    return new AllocationPacing(millis(conf, EAGER_KEY, DEFAULT_EAGER_MILLIS), intervalMillis(conf));
  }

  private static int millis(Configuration conf, String key, int byDefault) {
    String value = conf.getTrimmed(key);
    if (value == null || value.isEmpty()) {
      return byDefault;
    }
    int millis;
    try {
      millis = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " in the cluster's configuration is '" + value
          + "': set it to a whole number of milliseconds, such as " + byDefault);
    }
    if (millis <= 0) {
      throw new IllegalArgumentException(key + " in the cluster's configuration is " + millis
          + ": set it to a positive number of milliseconds, such as " + byDefault);
    }
    return millis;
  }
}
