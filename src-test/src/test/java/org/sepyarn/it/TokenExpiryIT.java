package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * A job that outlives its delegation tokens: on a kerberized cluster whose HDFS tokens live at
 * most a minute (and must be renewed every 30 s), a job submitted with the user's keytab runs
 * tasks for well over a minute, starts a task after the first tokens died, and its runners write
 * their outputs to HDFS after that; the ApplicationMaster renewed the tokens from the keytab.
 */
class TokenExpiryIT extends ClusterTestBase {
  private static final long TOKEN_LIFE_MS = 60_000;
  private static KerberizedClusters realm;
  private static File aliceKeytab;

  @BeforeAll
  static void startClusters() throws Exception {
    realm = KerberizedClusters.forTestClass(TokenExpiryIT.class);
    aliceKeytab = realm.user("alice");
    Map<String, String> settings = new HashMap<>(realm.settings());
    settings.put("dfs.namenode.delegation.token.max-lifetime", Long.toString(TOKEN_LIFE_MS));
    settings.put("dfs.namenode.delegation.token.renew-interval", Long.toString(TOKEN_LIFE_MS / 2));
    startClusters(TokenExpiryIT.class, 2, settings);
    KerberizedClusters.home(fs, "alice");
    fs.mkdirs(new Path("/long/out"));
    fs.setPermission(new Path("/long/out"), new FsPermission((short) 0777));
    Datasets.writeFloats(fs, "/long/in.H", Hypercube.ofLengths(32, 6), Datasets.planeWaves(32, 6, 4));
  }

  @AfterAll
  static void stopRealm() {
    if (realm != null) {
      realm.close();
    }
  }

  private static long running(WorkLayout work) {
    try (java.io.InputStream in = fs.open(work.statusJson())) {
      return org.sepyarn.am.status.StatusCodec.read(in.readAllBytes()).tasks().stream()
          .filter(t -> t.state().equals("RUNNING")).count();
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  @Test
  void aJobSubmittedWithAKeytabOutlivesItsFirstDelegationTokens() throws Exception {
    GatedProgram program = new GatedProgram(new File(local, "gated"));
    String files = "{\"tag\": \"<\", \"path\": \"/long/in.H\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 2}}},"
        + "{\"tag\": \">\", \"path\": \"/long/out/long.H\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": 2}}}";
    File job = new File(local, "long.json");
    Files.writeString(job.toPath(), program.job("long", List.of("wait", "wait", "quick"), List.of("scale=2"),
        "\"maxRunning\": 2, ", files));
    long submittedAt = System.currentTimeMillis();
    CliRun submitted = realm.as("alice", aliceKeytab, () -> CliRun.of(conf, "submit", "--detach", "--keep-work",
        "--principal", realm.principal("alice"), "--keytab", aliceKeytab.getPath(), job.getPath()));
    assertEquals(0, submitted.exitCode(), submitted.toString());
    assertTrue(submitted.err().contains("renews the job's delegation tokens from the keytab of "
        + realm.principal("alice")), submitted.toString());
    ApplicationId id = ApplicationId.fromString(submitted.out().strip());
    WorkLayout work = new WorkLayout(fs.makeQualified(new Path("/user/alice/.sepyarn/" + id)));
    Await.until(java.time.Duration.ofMinutes(2), "two tasks running", () -> running(work) >= 2);

    // Two renewals (each at 3/4 of a token's life, counted from when the ApplicationMaster got it:
    // later than the submission on a loaded machine), and past the tokens' whole life: every token
    // the client obtained is dead now.
    Await.until(java.time.Duration.ofMinutes(4), "the ApplicationMaster renewed the tokens twice",
        () -> fs.exists(work.tokens(3)));
    Thread.sleep(Math.max(0, submittedAt + TOKEN_LIFE_MS + 15_000 - System.currentTimeMillis()));
    program.open();
    ApplicationReport report = jobs.waitForEnd(id);

    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    float[] input = Datasets.readFloats(conf, new Path("/long/in.H"));
    float[] output = Datasets.readFloats(conf, new Path("/long/out/long.H"));
    for (int i = 0; i < input.length; i++) {
      assertEquals(2 * input[i], output[i], "sample " + i);
    }
    assertEquals(new FsPermission((short) 0600), fs.getFileStatus(work.tokens(3)).getPermission());
    // The ApplicationMaster deletes it after it unregistered, as its process ends.
    Await.until(java.time.Duration.ofMinutes(1), "the staged keytab deleted when the job ended",
        () -> !fs.exists(work.keytab()));
    assertEquals(List.of(id.toString().replace("application", "container") + "_01_000001"), containersWithAKeytab(id),
        "only the ApplicationMaster's container got the keytab");
  }

  /** The containers (kept by the NodeManagers' debug delay) whose working folder holds a keytab. */
  private static List<String> containersWithAKeytab(ApplicationId id) {
    List<String> found = new java.util.ArrayList<>();
    int containers = 0;
    for (int i = 0; i < 2; i++) {
      for (String dir : cluster.yarn().getNodeManager(i).getConfig()
          .getTrimmedStrings(org.apache.hadoop.yarn.conf.YarnConfiguration.NM_LOCAL_DIRS)) {
        File[] folders = new File(dir, "usercache/alice/appcache/" + id).listFiles(f -> f.getName().startsWith("container_"));
        for (File folder : folders == null ? new File[0] : folders) {
          containers++;
          if (new File(folder, WorkLayout.KEYTAB).exists()) {
            found.add(folder.getName());
          }
        }
      }
    }
    assertTrue(containers >= 4, "the containers' folders were found: " + containers);
    return found;
  }
}
