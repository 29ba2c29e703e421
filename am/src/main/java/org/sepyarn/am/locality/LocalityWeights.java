package org.sepyarn.am.locality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sepyarn.am.schedule.TaskPreference;

/**
 * The bytes of one task's input that each host and each rack holds, and the preference they make:
 * the hosts holding at least {@value #SHARE_OF_BEST} of what the best host holds (at most
 * {@value #MAX_HOSTS}), and the racks likewise (at most {@value #MAX_RACKS}), the most bytes first.
 * With HDFS's three replicas a task reading one block prefers its three hosts; one reading two
 * blocks placed apart prefers the hosts of both; a host holding a small tail of the input is not
 * worth waiting for.
 */
public final class LocalityWeights {
  static final double SHARE_OF_BEST = 0.5;
  static final int MAX_HOSTS = 8;
  static final int MAX_RACKS = 4;

  private final Map<String, Double> hosts = new HashMap<>();
  private final Map<String, Double> racks = new HashMap<>();
  private double total;

  /** {@code bytes} held by each of {@code blockHosts}, in each of {@code blockRacks}. */
  void add(String[] blockHosts, String[] blockRacks, double bytes) {
    total += bytes;
    for (String h : blockHosts) {
      hosts.merge(h, bytes, Double::sum);
    }
    for (String r : blockRacks) {
      racks.merge(r, bytes, Double::sum);
    }
  }

  /** The bytes weighed, whoever holds them. */
  public double total() {
    return total;
  }

  public Map<String, Double> hosts() {
    return Map.copyOf(hosts);
  }

  /** The preference these weights make; {@link TaskPreference#NONE} when no byte has a location. */
  public TaskPreference preference() {
    return TaskPreference.of(best(hosts, MAX_HOSTS), best(racks, MAX_RACKS));
  }

  private static List<String> best(Map<String, Double> weights, int max) {
    double top = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    if (top <= 0) {
      return List.of();
    }
    List<Map.Entry<String, Double>> entries = new ArrayList<>();
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      if (e.getValue() >= SHARE_OF_BEST * top) {
        entries.add(e);
      }
    }
    entries.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    return entries.stream().limit(max).map(Map.Entry::getKey).toList();
  }
}
