package org.sepyarn.client.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.junit.jupiter.api.Test;

class UnreachableResourceManagerTest {
  @Test
  void aRefusedConnectionAnywhereInTheCausesIsUnreachable() {
    assertTrue(UnreachableResourceManager.isUnreachable(new IOException("call failed",
        new ConnectException("Connection refused"))));
    assertFalse(UnreachableResourceManager.isUnreachable(new IOException("permission denied")));
  }

  @Test
  void theMessageNamesTheAddressAndHowToPointAtACluster() {
    Configuration conf = new Configuration(false);
    conf.set(YarnConfiguration.RM_ADDRESS, "rm.example:8032");
    String message = UnreachableResourceManager.of(conf, new ConnectException("Call From a to rm.example:8032"
        + " failed on connection exception: java.net.ConnectException: Connection refused; For more details see: "
        + " http://wiki.apache.org/hadoop/ConnectionRefused")).getMessage();
    assertEquals("cannot reach the ResourceManager at rm.example:8032 (yarn.resourcemanager.address): Call From a to"
        + " rm.example:8032 failed on connection exception: java.net.ConnectException: Connection refused. Point"
        + " sepyarn at your cluster: set HADOOP_CONF_DIR to the folder holding its yarn-site.xml, or give -conf FILE"
        + " (or -D yarn.resourcemanager.address=HOST:PORT) before the command", message);
  }

  @Test
  void theQuickCopyTriesForSecondsAndLeavesTheSharedConfigurationAlone() {
    Configuration conf = new Configuration(false);
    Configuration quick = YarnClients.quick(conf);
    assertEquals(YarnClients.QUICK_CONNECT_MAX_WAIT_MS, quick.getLong(
        YarnConfiguration.RESOURCEMANAGER_CONNECT_MAX_WAIT_MS, 0));
    assertEquals(null, conf.get(YarnConfiguration.RESOURCEMANAGER_CONNECT_MAX_WAIT_MS));
  }
}
