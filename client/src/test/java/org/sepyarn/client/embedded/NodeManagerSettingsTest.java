package org.sepyarn.client.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.junit.jupiter.api.Test;

/** A NodeManager process's configuration: the clusters' own, with the node's folders and ports. */
class NodeManagerSettingsTest {
  private final File folder = new File("/tmp/session/clusters/yarn/nodemanager-1");

  private static Configuration clusters() {
    Configuration conf = new Configuration(false);
    conf.set(YarnConfiguration.RM_RESOURCE_TRACKER_ADDRESS, "box:40001");
    conf.set("fs.defaultFS", "hdfs://box:40002");
    conf.set(YarnConfiguration.NM_PMEM_MB, "6144");
    return conf;
  }

  @Test
  void theNodeKeepsTheClustersSettingsWithFoldersAndSystemChosenPortsOfItsOwn() {
    Configuration node = NodeManagerSettings.of(clusters(), folder, "box", Map.of());

    assertEquals("box:40001", node.get(YarnConfiguration.RM_RESOURCE_TRACKER_ADDRESS));
    assertEquals("hdfs://box:40002", node.get("fs.defaultFS"));
    assertEquals(6144, node.getInt(YarnConfiguration.NM_PMEM_MB, 0));
    assertEquals(new File(folder, "local").getPath(), node.get(YarnConfiguration.NM_LOCAL_DIRS));
    assertEquals(new File(folder, "logs").getPath(), node.get(YarnConfiguration.NM_LOG_DIRS));
    assertEquals("box:0", node.get(YarnConfiguration.NM_ADDRESS));
    assertEquals("box:0", node.get(YarnConfiguration.NM_LOCALIZER_ADDRESS));
    assertEquals("box:0", node.get(YarnConfiguration.NM_WEBAPP_ADDRESS));
    assertEquals("box:0", node.get(YarnConfiguration.NM_COLLECTOR_SERVICE_ADDRESS));
    assertFalse(node.getBoolean(YarnConfiguration.NM_CONTAINER_MONITOR_ENABLED, true));
    assertEquals(NodeManagerSettings.RESOURCE_MANAGER_WAIT_MS,
        node.getLong(YarnConfiguration.NM_RESOURCEMANAGER_CONNECT_MAX_WAIT_MS, 0));
  }

  @Test
  void theUsersSettingsWinOverTheDefaultsButNotOverTheNodesFoldersAndPorts() {
    Configuration node = NodeManagerSettings.of(clusters(), folder, "box", Map.of(
        YarnConfiguration.NM_CONTAINER_MONITOR_ENABLED, "true",
        YarnConfiguration.NM_RESOURCEMANAGER_CONNECT_MAX_WAIT_MS, "5000",
        YarnConfiguration.NM_WEBAPP_ADDRESS, "0.0.0.0:8042",
        YarnConfiguration.NM_LOCAL_DIRS, "/elsewhere"));

    assertEquals(true, node.getBoolean(YarnConfiguration.NM_CONTAINER_MONITOR_ENABLED, false));
    assertEquals(5000, node.getLong(YarnConfiguration.NM_RESOURCEMANAGER_CONNECT_MAX_WAIT_MS, 0));
    assertEquals("box:0", node.get(YarnConfiguration.NM_WEBAPP_ADDRESS), "two nodes cannot share a port");
    assertEquals(new File(folder, "local").getPath(), node.get(YarnConfiguration.NM_LOCAL_DIRS));
  }

  @Test
  void theClustersConfigurationIsNotChanged() {
    Configuration clusters = clusters();
    NodeManagerSettings.of(clusters, folder, "box", Map.of());
    assertEquals(null, clusters.get(YarnConfiguration.NM_LOCAL_DIRS));
  }
}
