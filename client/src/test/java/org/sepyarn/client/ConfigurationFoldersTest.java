package org.sepyarn.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client finds the cluster's configuration where Hadoop's own commands do. */
class ConfigurationFoldersTest {
  @TempDir
  Path dir;

  private static void site(Path folder, String file, String key, String value) throws Exception {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(file), "<configuration><property><name>" + key + "</name><value>" + value
        + "</value></property></configuration>");
  }

  @Test
  void hadoopConfDirThenYarnConfDirWhoseSettingsWin() throws Exception {
    Path hadoop = dir.resolve("hadoop");
    Path yarn = dir.resolve("yarn");
    site(hadoop, "core-site.xml", "fs.defaultFS", "hdfs://nn.example.org:8020");
    site(hadoop, "yarn-site.xml", "yarn.resourcemanager.address", "old:8032");
    site(yarn, "yarn-site.xml", "yarn.resourcemanager.address", "rm.example.org:8032");
    Configuration conf = ConfigurationFolders.load(Map.of("HADOOP_CONF_DIR", hadoop.toString(),
        "YARN_CONF_DIR", yarn.toString())::get);
    assertEquals("hdfs://nn.example.org:8020", conf.get("fs.defaultFS"));
    assertEquals("rm.example.org:8032", conf.get("yarn.resourcemanager.address"));
  }

  @Test
  void withoutEitherHadoopHomesEtcHadoopAndWithNothingTheClassPathAlone() {
    assertEquals(List.of(new File("/opt/hadoop/etc/hadoop")),
        ConfigurationFolders.folders(Map.of("HADOOP_HOME", "/opt/hadoop")::get));
    assertEquals(List.of(), ConfigurationFolders.folders(Map.<String, String>of()::get));
    assertEquals(List.of(new File("/etc/hadoop/conf")), ConfigurationFolders.folders(Map.of("HADOOP_CONF_DIR",
        "/etc/hadoop/conf", "YARN_CONF_DIR", "/etc/hadoop/conf")::get), "one folder named twice is read once");
  }
}
