package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * sepyarn on kerberized clusters: HDFS and YARN that accept only Kerberos or delegation tokens,
 * and a user, alice, who has a Kerberos identity and nothing else.
 */
class SecureClusterIT extends ClusterTestBase {
  private static KerberizedClusters realm;
  private static File aliceKeytab;

  @BeforeAll
  static void startClusters() throws Exception {
    File base = new File("target/it/" + SecureClusterIT.class.getSimpleName() + "-kdc").getAbsoluteFile();
    org.apache.hadoop.fs.FileUtil.fullyDelete(base);
    realm = KerberizedClusters.start(base);
    aliceKeytab = realm.user("alice");
    realm.installSiteConfiguration();
    startClusters(SecureClusterIT.class, 2, realm.settings());
    fs.mkdirs(new Path("/user/alice"));
    fs.setOwner(new Path("/user/alice"), "alice", "alice");
    fs.mkdirs(new Path("/secure/out"), new FsPermission((short) 0777));
    fs.setPermission(new Path("/secure/out"), new FsPermission((short) 0777));
    Datasets.writeFloats(fs, "/secure/in.H", Hypercube.ofLengths(64, 12), Datasets.planeWaves(64, 12, 5));
  }

  @AfterAll
  static void stopRealm() {
    if (realm != null) {
      realm.close();
    }
  }

  private static CliRun alice(String... args) throws Exception {
    return realm.as("alice", aliceKeytab, () -> CliRun.of(conf, args));
  }

  private static String jobFile(String name, String json) throws Exception {
    File file = new File(local, name + ".json");
    Files.writeString(file.toPath(), json);
    return file.getAbsolutePath();
  }

  @Test
  void aSplitJobRunsForAUserWithOnlyAKerberosIdentity() throws Exception {
    String job = jobFile("split", "{\"name\": \"secure-split\", \"program\": {\"command\": "
        + JobRunner.tool("scale") + ", \"args\": [\"scale=2\"]}, \"tasks\": 3, \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"/secure/in.H\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 2}}},"
        + "{\"tag\": \">\", \"path\": \"/secure/out/split.H\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": 2}}}]}");
    CliRun run = alice("submit", job);
    assertEquals(0, run.exitCode(), run.toString());
    float[] input = Datasets.readFloats(conf, new Path("/secure/in.H"));
    float[] output = Datasets.readFloats(conf, new Path("/secure/out/split.H"));
    assertEquals(input.length, output.length);
    for (int i = 0; i < input.length; i++) {
      assertEquals(2 * input[i], output[i], "sample " + i);
    }
  }
}
