package org.sepyarn.client.embedded;

import java.io.File;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.webapp.util.WebAppUtils;

/**
 * The configuration of one NodeManager run in a process of its own: the clusters' configuration
 * (the ResourceManager's fixed addresses, HDFS, the embedded defaults, the user's {@code -D yarn.*}
 * settings) with the node's own folders and system-chosen ports, as {@code MiniYARNCluster} gives
 * its in-process NodeManagers.
 */
final class NodeManagerSettings {
  /**
   * How long a NodeManager tries to reach the ResourceManager before it stops: it starts while the
   * ResourceManager does, which on a loaded machine may take a while. (A session that dies ends its
   * NodeManagers through their input, not through this.)
   */
  static final long RESOURCE_MANAGER_WAIT_MS = 120_000;

  private NodeManagerSettings() {
  }

  /**
   * @param clusters the running clusters' configuration
   * @param folder the node's folder: its local and log folders go inside
   * @param host the host name the node's ports bind to
   * @param given the settings the user gave ({@link ClusterSettings}), which win over the defaults
   *     here but not over the node's folders and ports
   */
  static Configuration of(Configuration clusters, File folder, String host, Map<String, String> given) {
    Configuration node = new YarnConfiguration(clusters);
    node.setBoolean(YarnConfiguration.NM_ENABLE_HARDWARE_CAPABILITY_DETECTION, false);
    // As in-process: containers are not watched for their memory (the embedded cluster runs one
    // user's jobs on a machine sized by EmbeddedRun); a user who wants it says so with -D.
    node.setBoolean(YarnConfiguration.NM_CONTAINER_MONITOR_ENABLED, false);
    node.setLong(YarnConfiguration.NM_RESOURCEMANAGER_CONNECT_MAX_WAIT_MS, RESOURCE_MANAGER_WAIT_MS);
    given.forEach(node::set);
    // The node's own, whatever was given: several NodeManagers share the host and the session's folder.
    node.set(YarnConfiguration.NM_LOCAL_DIRS, new File(folder, "local").getAbsolutePath());
    node.set(YarnConfiguration.NM_LOG_DIRS, new File(folder, "logs").getAbsolutePath());
    node.set(YarnConfiguration.NM_ADDRESS, host + ":0");
    node.set(YarnConfiguration.NM_LOCALIZER_ADDRESS, host + ":0");
    node.set(YarnConfiguration.NM_COLLECTOR_SERVICE_ADDRESS, host + ":0");
    WebAppUtils.setNMWebAppHostNameAndPort(node, host, 0);
    return node;
  }
}
