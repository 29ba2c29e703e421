package org.sepyarn.client.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.junit.jupiter.api.Test;

class ResourceManagerPortsTest {
  @Test
  void everyAddressGetsItsOwnFreePortAndTheClusterIsToldToKeepThem() throws Exception {
    Configuration conf = new Configuration(false);
    ResourceManagerPorts.assign(conf, "host1");

    assertTrue(conf.getBoolean(YarnConfiguration.YARN_MINICLUSTER_FIXED_PORTS, false));
    Set<Integer> ports = new HashSet<>();
    for (String key : ResourceManagerPorts.KEYS) {
      String address = conf.get(key);
      assertTrue(address.startsWith("host1:"), key + "=" + address);
      int port = Integer.parseInt(address.substring("host1:".length()));
      assertTrue(port > 0, key + "=" + address);
      ports.add(port);
      try (ServerSocket socket = new ServerSocket()) {
        socket.bind(new InetSocketAddress(port));
      }
    }
    assertEquals(ResourceManagerPorts.KEYS.size(), ports.size(), "distinct ports: " + ports);
  }

  @Test
  void aTakenPortIsRecognisedAnywhereInTheCauses() {
    assertTrue(ResourceManagerPorts.isPortTaken(new RuntimeException("start failed",
        new java.io.IOException("web app", new BindException("Address already in use")))));
    assertFalse(ResourceManagerPorts.isPortTaken(new RuntimeException("start failed",
        new java.io.IOException("disk full"))));
  }
}
