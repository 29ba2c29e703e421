package org.sepyarn.am.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Node names as the page shows them: without the NodeManager's port when every node has the same
 * one (a real cluster), with it when ports differ (several NodeManagers on one host, as in an
 * embedded cluster); and when a name must be cut to fit, cut at its end, so that the host name's
 * start, which tells nodes apart, stays.
 */
final class NodeNames {
  private final boolean dropPort;

  private NodeNames(boolean dropPort) {
    this.dropPort = dropPort;
  }

  /** The names for a page showing {@code nodes} ({@code host:port} NodeIds). */
  static NodeNames of(Collection<String> nodes) {
    Set<String> ports = new HashSet<>();
    Set<String> hosts = new HashSet<>();
    for (String node : nodes) {
      int colon = node.lastIndexOf(':');
      ports.add(colon < 0 ? "" : node.substring(colon + 1));
      hosts.add(colon < 0 ? node : node.substring(0, colon));
    }
    return new NodeNames(ports.size() <= 1 && hosts.size() == nodes.stream().distinct().count());
  }

  /** {@code node} as shown: its host alone when the ports are the same everywhere. */
  String shown(String node) {
    if (!dropPort) {
      return node;
    }
    int colon = node.lastIndexOf(':');
    return colon < 0 ? node : node.substring(0, colon);
  }

  /** {@link #shown} in at most {@code maxChars} characters, cut at the end with an ellipsis. */
  String shown(String node, int maxChars) {
    String name = shown(node);
    return name.length() <= maxChars ? name : name.substring(0, maxChars - 1) + "\u2026";
  }
}
