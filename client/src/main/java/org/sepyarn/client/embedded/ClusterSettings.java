package org.sepyarn.client.embedded;

import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;

/**
 * The cluster settings a user gave for an embedded run: the {@code yarn.*} keys set on the command
 * line ({@code sepyarn -D yarn.resourcemanager.am.max-attempts=4 submit --embedded job.json}), which
 * the embedded clusters take on top of their own defaults. Keys that only come from Hadoop's
 * defaults files are not the user's and are left out.
 */
final class ClusterSettings {
  /** What Hadoop's generic options parser records as the source of a {@code -D} setting. */
  static final String COMMAND_LINE = "from command line";
  static final String PREFIX = "yarn.";

  private ClusterSettings() {
  }

  /** The {@code yarn.*} settings of {@code conf} given on the command line, by key. */
  static Map<String, String> given(Configuration conf) {
    Map<String, String> given = new TreeMap<>();
    for (Map.Entry<String, String> e : conf.getPropsWithPrefix(PREFIX).entrySet()) {
      String key = PREFIX + e.getKey();
      String[] sources = conf.getPropertySources(key);
      if (sources != null && java.util.Arrays.asList(sources).contains(COMMAND_LINE)) {
        given.put(key, conf.get(key));
      }
    }
    return given;
  }
}
