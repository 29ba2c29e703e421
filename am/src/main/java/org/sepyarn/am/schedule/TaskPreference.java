package org.sepyarn.am.schedule;

import java.util.List;
import java.util.Objects;

/**
 * Where a task would rather run: the hosts, then the racks, that hold most of the bytes it reads.
 * Host names are in the form {@link Allocated#host()} gives them, so that a container's host can be
 * compared with them as it is. Empty lists mean no preference: any node suits the task equally.
 *
 * @param hosts preferred hosts, the one holding most bytes first
 * @param racks preferred racks (network locations such as {@code /default-rack}), most bytes first
 */
public record TaskPreference(List<String> hosts, List<String> racks) {
  /** No preference: the task reads nothing whose location is known. */
  public static final TaskPreference NONE = new TaskPreference(List.of(), List.of());

  public TaskPreference {
    hosts = List.copyOf(hosts);
    racks = List.copyOf(racks);
  }

  public boolean isNone() {
    return hosts.isEmpty() && racks.isEmpty();
  }

  /** The locality of a container on {@code host} in {@code rack} (null when not known) for this task. */
  public Locality localityOf(String host, String rack) {
    if (isNone()) {
      return Locality.NO_PREFERENCE;
    }
    if (hosts.contains(host)) {
      return Locality.NODE_LOCAL;
    }
    return rack != null && racks.contains(rack) ? Locality.RACK_LOCAL : Locality.OFF_RACK;
  }

  @Override
  public String toString() {
    return isNone() ? "no preference" : "hosts " + hosts + " racks " + racks;
  }

  /** A preference, {@link #NONE} when both lists are empty. */
  public static TaskPreference of(List<String> hosts, List<String> racks) {
    return hosts.isEmpty() && racks.isEmpty() ? NONE : new TaskPreference(Objects.requireNonNull(hosts),
        Objects.requireNonNull(racks));
  }
}
