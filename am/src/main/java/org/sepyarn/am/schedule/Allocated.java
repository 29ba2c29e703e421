package org.sepyarn.am.schedule;

/**
 * A container YARN allocated to the job: its id ({@code ContainerId.toString()}), its node (the
 * NodeId, {@code host:port}, as node exclusions and logs name it), and for locality the node's host
 * in the form task preferences use and its rack (null when not known).
 */
public record Allocated(String containerId, String node, String host, String rack) {

  public Allocated {
    if (containerId == null || containerId.isBlank()) {
      throw new IllegalArgumentException("allocated containerId '" + containerId + "' must not be blank");
    }
    if (node == null || node.isBlank()) {
      throw new IllegalArgumentException("node '" + node + "' of container " + containerId + " must not be blank");
    }
    if (host == null || host.isBlank()) {
      host = hostOf(node);
    }
  }

  /** A container whose host is its node's host part and whose rack is not known. */
  public Allocated(String containerId, String node) {
    this(containerId, node, hostOf(node), null);
  }

  /** The host of a NodeId {@code host:port} (the whole name when it has no port). */
  public static String hostOf(String node) {
    int colon = node.lastIndexOf(':');
    return colon > 0 ? node.substring(0, colon) : node;
  }
}
