package org.sepyarn.am.yarn;

import org.apache.hadoop.conf.Configuration;

/**
 * How often the ApplicationMaster calls the ResourceManager's {@code allocate}: its requests go
 * out, and the containers granted and the containers completed come back, only then. A second by
 * default, as MapReduce does; a cluster may set {@value #KEY} to another number of milliseconds.
 */
public final class RmHeartbeat {
  public static final String KEY = "sepyarn.am.rm-heartbeat-ms";
  public static final int DEFAULT_MILLIS = 1000;

  private RmHeartbeat() {
  }

  /** The interval {@code conf} sets, or the default; refuses one that is not positive. */
  public static int intervalMillis(Configuration conf) {
    String value = conf.getTrimmed(KEY);
    if (value == null || value.isEmpty()) {
      return DEFAULT_MILLIS;
    }
    int millis;
    try {
      millis = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(KEY + " in the cluster's configuration is '" + value
          + "': set it to a whole number of milliseconds, such as " + DEFAULT_MILLIS);
    }
    if (millis <= 0) {
      throw new IllegalArgumentException(KEY + " in the cluster's configuration is " + millis
          + ": set it to a positive number of milliseconds, such as " + DEFAULT_MILLIS);
    }
    return millis;
  }
}
