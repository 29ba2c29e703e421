package org.sepyarn.client.embedded;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.yarn.conf.YarnConfiguration;

/**
 * Free ports for the embedded ResourceManager, chosen before it starts. With the ports left to
 * the system ({@code :0}, MiniYARNCluster's default) the ResourceManager works out its web proxy's
 * address once, before its web server has a port, and keeps it: every application's tracking URL
 * would then point at {@code host:0/proxy/...}. With {@code yarn.minicluster.fixed.ports} the
 * ResourceManager binds the addresses configured here instead; the NodeManagers keep system-chosen
 * ports either way.
 */
final class ResourceManagerPorts {
  /** The ResourceManager's addresses, its web application's last. */
  static final List<String> KEYS = List.of(YarnConfiguration.RM_ADDRESS, YarnConfiguration.RM_SCHEDULER_ADDRESS,
      YarnConfiguration.RM_RESOURCE_TRACKER_ADDRESS, YarnConfiguration.RM_ADMIN_ADDRESS,
      YarnConfiguration.RM_WEBAPP_ADDRESS);

  private ResourceManagerPorts() {
  }

  /** Sets every ResourceManager address of {@code conf} to {@code host} and a port free just now. */
  static void assign(Configuration conf, String host) throws IOException {
    conf.setBoolean(YarnConfiguration.YARN_MINICLUSTER_FIXED_PORTS, true);
    List<ServerSocket> held = new java.util.ArrayList<>();
    try {
      for (String key : KEYS) {
        ServerSocket socket = new ServerSocket();
        held.add(socket);
        socket.bind(new InetSocketAddress(0));
        conf.set(key, host + ":" + socket.getLocalPort());
      }
    } finally {
      for (ServerSocket socket : held) {
        socket.close();
      }
    }
  }

  /** Whether {@code failure} comes from a port someone else took between {@link #assign} and the start. */
  static boolean isPortTaken(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }
}
