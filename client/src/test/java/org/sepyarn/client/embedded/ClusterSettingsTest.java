package org.sepyarn.client.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.util.GenericOptionsParser;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.junit.jupiter.api.Test;

/** Only the {@code yarn.*} settings given with {@code -D} go to the embedded clusters. */
class ClusterSettingsTest {
  @Test
  void theYarnSettingsGivenWithDashDAreTakenAndNothingElse() throws Exception {
    Configuration conf = new YarnConfiguration();
    conf.set("yarn.acl.enable", "true");
    new GenericOptionsParser(conf, new String[] {"-D", "yarn.resourcemanager.am.max-attempts=4", "-D",
        "sepyarn.am.memory-mb=2048", "-D", "dfs.replication=2", "-D", "yarn.nodemanager.vmem-check-enabled=true",
        "submit"});
    assertEquals(Map.of("yarn.resourcemanager.am.max-attempts", "4", "yarn.nodemanager.vmem-check-enabled", "true"),
        ClusterSettings.given(conf));
  }

  @Test
  void noneGivenNoneTaken() {
    assertEquals(Map.of(), ClusterSettings.given(new YarnConfiguration()));
  }
}
