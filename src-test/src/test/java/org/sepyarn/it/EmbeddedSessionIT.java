package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.yarn.api.records.ApplicationAttemptReport;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ContainerReport;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sepyarn.client.SepyarnMain;
import org.sepyarn.client.cli.Console;

/**
 * {@code sepyarn submit --embedded} as a user runs it, in this process, and the commands of a
 * second shell beside it: they are given no cluster configuration at all and reach the embedded
 * clusters through the configuration the session publishes while it runs. A browser beside it
 * finds the ResourceManager's pages at the address the run printed, and each task's log on the
 * page of the NodeManager that ran it (each NodeManager runs in a process of its own).
 */
class EmbeddedSessionIT {
  /** A cluster setting given with {@code -D} that changes nothing the test watches (the embedded default is 600). */
  private static final String DELAY = "yarn.nodemanager.delete.debug-delay-sec";
  private static final Pattern APPLICATION = Pattern.compile("submitted (application_\\d+_\\d+)");
  private static final Pattern RM_WEB = Pattern.compile("ResourceManager web address: (http://\\S+)");

  @Test
  void statusLogsKillAndTheWebPagesReachARunningEmbeddedJobWithoutFlagsAndDashDYarnSettingsReachItsClusters()
      throws Exception {
    Assumptions.assumeTrue(System.getenv("HADOOP_CONF_DIR") == null, "HADOOP_CONF_DIR names a cluster");
    File base = new File("target/it/EmbeddedSessionIT").getAbsoluteFile();
    FileUtil.fullyDelete(base);
    Path published = base.toPath().resolve("published");
    String where = "sepyarn.embedded.published=" + published;
    GatedProgram program = new GatedProgram(new File(base, "program"));
    File job = new File(base, "gated.json");
    Files.writeString(job.toPath(), program.job("gated", List.of("wait"), ""));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    CompletableFuture<Integer> submit = CompletableFuture.supplyAsync(() -> SepyarnMain.run(
        new String[] {"-D", where, "-D", DELAY + "=599", "submit", "--embedded", job.getAbsolutePath()}, new Configuration(), console));
    String[] application = new String[1];
    Await.until(Duration.ofSeconds(120), "the embedded job is submitted:\n" + err, () -> {
      Matcher m = APPLICATION.matcher(err.toString(StandardCharsets.UTF_8));
      if (m.find()) {
        application[0] = m.group(1);
      }
      return application[0] != null || submit.isDone();
    });
    String id = application[0];
    String announced = err.toString(StandardCharsets.UTF_8);
    assertTrue(announced.contains("ResourceManager web address: http://"), announced);
    assertTrue(announced.contains("clusters' configuration: "), announced);
    assertTrue(announced.contains("configuration published in " + published.resolve("conf")), announced);
    assertTrue(Files.isRegularFile(published.resolve("conf/yarn-site.xml")));
    Configuration clusters = new Configuration(false);
    clusters.addResource(new org.apache.hadoop.fs.Path(published.resolve("conf/yarn-site.xml").toUri()));
    assertEquals("599", clusters.get(DELAY), "-D yarn.* reaches the embedded clusters");

    Await.until(Duration.ofSeconds(120), "the task runs", () -> {
      CliRun status = CliRun.of(new Configuration(), "-D", where, "status", id);
      return status.out().contains("RUNNING") && status.out().contains("tasks from the ApplicationMaster");
    });
    CliRun status = CliRun.of(new Configuration(), "-D", where, "status", id);
    assertEquals(0, status.exitCode(), status.toString());
    assertTrue(status.err().contains("using the running embedded session's clusters, configuration "
        + published.resolve("conf")), status.toString());
    Await.until(Duration.ofSeconds(60), "task 0's stderr is there", () -> CliRun.of(new Configuration(), "-D", where,
        "logs", id, "--task", "0").out().contains(GatedProgram.stderrLine("0")));
    Matcher web = RM_WEB.matcher(announced);
    assertTrue(web.find(), announced);
    assertTheResourceManagersAndTheNodeManagersPagesAnswer(web.group(1), id, clusters);

    CliRun kill = CliRun.of(new Configuration(), "-D", where, "kill", id);
    assertEquals(0, kill.exitCode(), kill.toString());
    assertEquals(1, submit.get(120, TimeUnit.SECONDS), "a killed job exits 1:\n" + out + err);
    assertFalse(Files.exists(published.resolve("conf")), "the published configuration goes with the session");
  }

  /**
   * The ResourceManager's list and page of the running application, and the page of a task's
   * container log on the NodeManager that runs it, as the ResourceManager's page links to it.
   */
  private static void assertTheResourceManagersAndTheNodeManagersPagesAnswer(String rmWeb, String id,
      Configuration clusters) throws Exception {
    TrackingLink.Answer apps = TrackingLink.get(rmWeb + "/cluster/apps");
    assertEquals(200, apps.code(), rmWeb + "/cluster/apps: " + apps);
    assertTrue(apps.body().contains(id), "the ResourceManager lists the application:\n" + apps.body());
    TrackingLink.Answer app = TrackingLink.get(rmWeb + "/cluster/app/" + id);
    assertEquals(200, app.code(), rmWeb + "/cluster/app/" + id + ": " + app);
    assertTrue(app.body().contains("Application " + id) && app.body().contains("gated"), app.body());

    try (YarnClient yarn = YarnClient.createYarnClient()) {
      yarn.init(new YarnConfiguration(clusters));
      yarn.start();
      ApplicationAttemptReport attempt = yarn.getApplicationAttempts(ApplicationId.fromString(id)).get(0);
      ContainerReport task = yarn.getContainers(attempt.getApplicationAttemptId()).stream()
          .filter(c -> !c.getContainerId().equals(attempt.getAMContainerId())).findFirst().orElseThrow();
      String logs = task.getLogUrl();
      assertTrue(app.body().contains("/node/containerlogs/" + attempt.getAMContainerId()),
          "the application's page links to the ApplicationMaster's log:\n" + app.body());
      TrackingLink.Answer list = TrackingLink.get(logs);
      assertEquals(200, list.code(), logs + ": " + list);
      assertTrue(list.body().contains("program.stderr"), "the node lists the task container's logs:\n" + list.body());
      TrackingLink.Answer stderr = TrackingLink.get(logs + "/program.stderr/?start=0");
      assertEquals(200, stderr.code(), logs + "/program.stderr: " + stderr);
      assertTrue(stderr.body().contains(GatedProgram.stderrLine("")), "the node shows " + task.getContainerId()
          + "'s own log:\n" + stderr.body());
    }
  }
}
