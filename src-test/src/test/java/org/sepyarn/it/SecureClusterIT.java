package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.apache.hadoop.security.UserGroupInformation;
import org.apache.hadoop.yarn.api.records.ApplicationId;

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
@org.junit.jupiter.api.Timeout(value = 8, unit = java.util.concurrent.TimeUnit.MINUTES)
class SecureClusterIT extends ClusterTestBase {
  private static KerberizedClusters realm;
  private static File aliceKeytab;

  @BeforeAll
  static void startClusters() throws Exception {
    realm = KerberizedClusters.forTestClass(SecureClusterIT.class);
    aliceKeytab = realm.user("alice");
    startClusters(SecureClusterIT.class, 2, realm.settings());
    KerberizedClusters.home(fs, "alice");
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

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String splitFiles(String input, String output) {
    return "{\"tag\": \"<\", \"path\": \"" + input + "\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 2}}},"
        + "{\"tag\": \">\", \"path\": \"" + output + "\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": 2}}}";
  }

  private static JsonNode awaitTasks(ApplicationId id, String... states) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (true) {
      CliRun run = alice("status", id.toString(), "--json");
      assertEquals(0, run.exitCode(), run.toString());
      JsonNode doc = JSON.readTree(run.out());
      boolean all = doc.has("tasks") && doc.get("tasks").size() == states.length;
      for (int i = 0; all && i < states.length; i++) {
        all = states[i].equals(doc.get("tasks").get(i).get("state").asText());
      }
      if (all) {
        return doc;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("tasks of " + id + " not " + List.of(states) + " within 120 s:\n" + doc.toPrettyString());
      }
      Thread.sleep(500);
    }
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

  /**
   * A running job watched, read and killed by its user through the ResourceManager (its web proxy
   * asks for SPNEGO), then resumed to the end.
   */
  @Test
  void statusLogsKillAndResumeWorkOnAKerberizedCluster() throws Exception {
    GatedProgram program = new GatedProgram(new File(local, "gated"));
    String job = jobFile("gated", program.job("secure-gated", List.of("quick", "wait", "wait"),
        List.of("scale=2"), "", splitFiles("/secure/in.H", "/secure/out/gated.H")));
    CliRun submitted = alice("submit", "--detach", job);
    assertEquals(0, submitted.exitCode(), submitted.toString());
    ApplicationId id = ApplicationId.fromString(submitted.out().strip());

    JsonNode live = awaitTasks(id, "SUCCEEDED", "RUNNING", "RUNNING");
    assertEquals("tracking-page", live.get("tasksFrom").asText(), live.toPrettyString());
    CliRun human = alice("status", id.toString());
    assertEquals(0, human.exitCode(), human.toString());
    assertTrue(human.out().contains("RUNNING"), human.toString());
    // A NodeManager with security on serves container logs only through Hadoop's native library
    // (SecureIOUtils), which these mini clusters lack (HTTP 500): `logs` shows what the runner reported.
    CliRun logs = alice("logs", id.toString(), "--task", "0");
    assertEquals(0, logs.exitCode(), logs.toString());
    // (Its scale step is a JVM, which notes the test cluster's JAVA_TOOL_OPTIONS on stderr after it.)
    assertTrue(logs.out().startsWith(GatedProgram.stderrLine("0") + "\n"), logs.toString());
    assertTrue(logs.err().contains("the last lines of program.stderr that task 0 attempt 1 reported"), logs.toString());

    CliRun kill = alice("kill", id.toString());
    assertEquals(0, kill.exitCode(), kill.toString());
    assertEquals(org.apache.hadoop.yarn.api.records.FinalApplicationStatus.KILLED,
        jobs.waitForEnd(id).getFinalApplicationStatus());

    program.open();
    CliRun resumed = alice("resume", id.toString());
    assertEquals(0, resumed.exitCode(), resumed.toString());
    float[] input = Datasets.readFloats(conf, new Path("/secure/in.H"));
    float[] output = Datasets.readFloats(conf, new Path("/secure/out/gated.H"));
    for (int i = 0; i < input.length; i++) {
      assertEquals(2 * input[i], output[i], "sample " + i);
    }
  }

  /** Patches blended and copies summed on a kerberized cluster equal the same jobs' serial result. */
  @Test
  void patchAndCopySumJobsRunOnAKerberizedCluster() throws Exception {
    String patch = jobFile("patch", "{\"name\": \"secure-patch\", \"program\": {\"command\": "
        + JobRunner.tool("scale") + ", \"args\": [\"scale=3\"]}, \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"/secure/in.H\", \"usage\": \"input\","
        + " \"distribute\": {\"patch\": {\"blocks\": [2, 2], \"overlap\": [8, 4]}}},"
        + "{\"tag\": \">\", \"path\": \"/secure/out/patch.H\", \"usage\": \"output\","
        + " \"distribute\": {\"patch\": {\"blocks\": [2, 2], \"overlap\": [8, 4]}}}]}");
    String sum = jobFile("sum", "{\"name\": \"secure-sum\", \"program\": {\"command\": "
        + JobRunner.tool("scale") + "}, \"tasks\": [[\"scale=1\"], [\"scale=2\"]], \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"/secure/in.H\", \"usage\": \"input\", \"distribute\": \"copy\"},"
        + "{\"tag\": \">\", \"path\": \"/secure/out/sum.H\", \"usage\": \"output\", \"distribute\": \"copy\"}]}");
    for (String job : List.of(patch, sum)) {
      CliRun run = alice("submit", job);
      assertEquals(0, run.exitCode(), run.toString());
    }
    float[] input = Datasets.readFloats(conf, new Path("/secure/in.H"));
    float[] patched = Datasets.readFloats(conf, new Path("/secure/out/patch.H"));
    float[] summed = Datasets.readFloats(conf, new Path("/secure/out/sum.H"));
    for (int i = 0; i < input.length; i++) {
      assertEquals(3 * input[i], patched[i], 1e-5f * Math.abs(input[i]) + 1e-6f, "patched sample " + i);
      assertEquals(3 * input[i], summed[i], "summed sample " + i);
    }
  }

  /**
   * A job whose input lives on another NameNode than the default one: the client collects a
   * delegation token from each, and every runner reads its piece from the second NameNode.
   */
  @Test
  void aJobReadingFromASecondNameNodeGetsATokenForItToo() throws Exception {
    File folder = new File(local, "second-dfs");
    org.apache.hadoop.conf.Configuration settings = new org.apache.hadoop.conf.Configuration(conf);
    settings.set(org.apache.hadoop.hdfs.MiniDFSCluster.HDFS_MINIDFS_BASEDIR, folder.getAbsolutePath());
    org.apache.hadoop.hdfs.MiniDFSCluster second = new org.apache.hadoop.hdfs.MiniDFSCluster.Builder(settings, folder)
        .numDataNodes(1).format(true).build();
    try {
      second.waitActive();
      org.apache.hadoop.fs.FileSystem secondFs = second.getFileSystem();
      Datasets.writeFloats(secondFs, "/elsewhere/in.H", Hypercube.ofLengths(64, 12), Datasets.planeWaves(64, 12, 7));
      String input = secondFs.getUri() + "/elsewhere/in.H";
      String job = jobFile("second", "{\"name\": \"secure-second\", \"program\": {\"command\": "
          + JobRunner.tool("scale") + ", \"args\": [\"scale=2\"]}, \"tasks\": 2, \"files\": ["
          + splitFiles(input, "/secure/out/second.H") + "]}");
      CliRun run = alice("submit", job);
      assertEquals(0, run.exitCode(), run.toString());
      float[] in = Datasets.readFloats(conf, new Path(input));
      float[] out = Datasets.readFloats(conf, new Path("/secure/out/second.H"));
      for (int i = 0; i < in.length; i++) {
        assertEquals(2 * in[i], out[i], "sample " + i);
      }
    } finally {
      second.shutdown();
    }
  }

  /**
   * A user without Kerberos credentials (no ticket, no keytab) is told to run kinit, with exit
   * code 2, by every command that talks to the cluster; nothing is staged.
   */
  @Test
  void aUserWithoutKerberosCredentialsIsToldToRunKinit() throws Exception {
    String job = jobFile("no-ticket", "{\"name\": \"no-ticket\", \"program\": {\"command\": "
        + JobRunner.tool("scale") + "}, \"tasks\": 2, \"files\": ["
        + splitFiles("/secure/in.H", "/secure/out/no-ticket.H") + "]}");
    UserGroupInformation nobody = UserGroupInformation.createRemoteUser("alice");
    for (String[] args : List.of(new String[] {"submit", job}, new String[] {"validate", job},
        new String[] {"status", "application_1_0001"}, new String[] {"logs", "application_1_0001"},
        new String[] {"kill", "application_1_0001"}, new String[] {"resume", "application_1_0001"})) {
      CliRun run = nobody.doAs((java.security.PrivilegedExceptionAction<CliRun>) () -> CliRun.of(conf, args));
      assertEquals(2, run.exitCode(), run.toString());
      assertTrue(run.err().contains("no Kerberos credentials") && run.err().contains("kinit"), run.toString());
      assertTrue(!run.err().contains("\tat "), "no stack trace: " + run);
    }
    assertTrue(!fs.exists(new Path("/secure/out/no-ticket.H")));

    // As a user at a shell: `yarn jar sepyarn.jar status ...` with an empty Kerberos ticket cache.
    ProcessBuilder shell = HadoopClasspath.yarnJar(configurationFolder,
        List.of("-Djava.security.krb5.conf=" + System.getProperty("java.security.krb5.conf")),
        "status", "application_1_0001").redirectErrorStream(true);
    shell.environment().put("KRB5CCNAME", new File(local, "no-ticket-cache").getAbsolutePath());
    Process process = shell.start();
    String said = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES), said);
    assertEquals(2, process.exitValue(), said);
    assertTrue(said.contains("no Kerberos credentials") && said.contains("run kinit"), said);
  }
}
