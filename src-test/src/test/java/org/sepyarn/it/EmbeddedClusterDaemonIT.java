package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileUtil;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code sepyarn cluster start|status|stop} as a user runs them: the standing cluster is a real
 * detached process (with its NodeManagers in processes of theirs), and every other command runs
 * as from a second shell, given no cluster configuration: they find it through the configuration
 * it publishes. A job submitted with {@code --detach} is killed halfway and resumed, and its
 * output is the serial program's, byte for byte; {@code stop} leaves no process behind.
 */
class EmbeddedClusterDaemonIT {
  private static final Pattern SUCCEEDED = Pattern.compile("\"counts\"\\s*:\\s*\\{[^}]*\"SUCCEEDED\"\\s*:\\s*(\\d+)");
  private static final Pattern RESUMED = Pattern.compile("job (application_\\d+_\\d+) succeeded");
  private static final int TASKS = 12;

  @Test
  void aKilledJobResumedOnTheStandingClusterGivesTheSerialAnswerAndStopLeavesNoProcess() throws Exception {
    Assumptions.assumeTrue(System.getenv("HADOOP_CONF_DIR") == null, "HADOOP_CONF_DIR names a cluster");
    File base = new File("target/it/EmbeddedClusterDaemonIT").getAbsoluteFile();
    FileUtil.fullyDelete(base);
    Path published = base.toPath().resolve("published");
    Path folder = base.toPath().resolve("cluster");
    String where = "sepyarn.embedded.published=" + published;
    File data = new File(base, "data");
    File input = SerialRun.run(data, "spike", null, "waves.H", "n1=400", "n2=200", "d1=0.004", "d2=12.5", "o2=0",
        "plane=y", "p2=0.5", "freq=25");
    File serial = SerialRun.run(new File(base, "serial"), "scale", input, "scaled.H", "scale=2.5");
    File output = new File(data, "scaled.H");
    File job = new File(base, "scale.json");
    Files.writeString(job.toPath(), "{\"name\": \"standing-scale\", \"program\": {\"command\": [\"java\", \"-jar\","
        + " \"sepyarn.jar\", \"tool\", \"scale\"], \"args\": [\"scale=2.5\"]}, \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"" + input.toURI() + "\", \"usage\": \"input\", \"distribute\": {\"split\":"
        + " {\"axis\": 2}}}, {\"tag\": \">\", \"path\": \"" + output.toURI() + "\", \"usage\": \"output\","
        + " \"distribute\": {\"split\": {\"axis\": 2}}}], \"tasks\": " + TASKS + ", \"resources\": {\"memory\":"
        + " \"1536m\", \"vcores\": 1}}");

    List<Long> processes = new ArrayList<>();
    try {
      CliRun start = cli("-D", where, "cluster", "start", "--nodes", "2", "--dir", folder.toString());
      assertEquals(0, start.exitCode(), start.toString());
      assertTrue(start.out().contains("ResourceManager web address: http://"), start.toString());
      assertTrue(start.out().contains("HDFS: hdfs://"), start.toString());
      assertTrue(start.out().contains("clusters' configuration: " + folder.resolve("clusters/conf")), start.toString());
      processes.add(daemonPid(published));
      processes.addAll(nodeManagerPids(folder));
      assertEquals(3, processes.size(), "the daemon and two NodeManagers: " + processes);
      assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(published)),
          "the state folder is private");

      CliRun again = cli("-D", where, "cluster", "start", "--dir", base.toPath().resolve("other").toString());
      assertEquals(2, again.exitCode(), again.toString());
      assertTrue(again.err().contains("a standing embedded cluster runs already"), again.toString());

      CliRun submit = cli("-D", where, "submit", "--detach", job.getAbsolutePath());
      assertEquals(0, submit.exitCode(), submit.toString());
      assertTrue(submit.err().contains("using the standing embedded cluster"), submit.toString());
      String id = submit.out().trim();
      Await.until(Duration.ofSeconds(120), "a few tasks of " + id + " succeed", () -> {
        int done = succeeded(cli("-D", where, "status", id, "--json").out());
        return done >= 2 && done < TASKS;
      });
      CliRun kill = cli("-D", where, "kill", id);
      assertEquals(0, kill.exitCode(), kill.toString());
      Await.until(Duration.ofSeconds(60), id + " ends killed",
          () -> cli("-D", where, "status", id, "--json").out().contains("\"state\" : \"KILLED\""));
      int finishedBefore = succeeded(cli("-D", where, "status", id, "--json").out());
      assertTrue(finishedBefore < TASKS, "killed before its end: " + finishedBefore);

      CliRun resume = cli("-D", where, "resume", id);
      assertEquals(0, resume.exitCode(), resume.toString());
      assertTrue(resume.err().contains("resuming " + id), resume.toString());
      Matcher resumed = RESUMED.matcher(resume.out());
      assertTrue(resumed.find(), resume.toString());
      CliRun after = cli("-D", where, "status", resumed.group(1), "--json");
      String containersOfTheKilledRun = "\"container\" : \"" + id.replace("application_", "container_") + "_";
      int takenOver = after.out().split(Pattern.quote(containersOfTheKilledRun), -1).length - 1;
      assertTrue(takenOver >= finishedBefore, "the resumed run took the " + finishedBefore + " finished tasks of " + id
          + " over:\n" + after);
      assertTrue(takenOver < TASKS, "and ran the others:\n" + after);
      Configuration local = new Configuration();
      assertArrayEquals(Datasets.readBytes(local, new org.apache.hadoop.fs.Path(serial.toURI())),
          Datasets.readBytes(local, new org.apache.hadoop.fs.Path(output.toURI())),
          "the resumed job's output is the serial program's");

      CliRun status = cli("-D", where, "cluster", "status");
      assertEquals(0, status.exitCode(), status.toString());
      assertTrue(status.out().contains("the standing embedded cluster runs (process " + processes.get(0)),
          status.toString());

      CliRun stop = cli("-D", where, "cluster", "stop");
      assertEquals(0, stop.exitCode(), stop.toString());
      for (long pid : processes) {
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " is gone");
      }
      assertFalse(Files.exists(published.resolve("conf")), "the published configuration goes with the cluster");
      assertFalse(Files.exists(folder.resolve("clusters")), "and so do its clusters' data");
      CliRun stopped = cli("-D", where, "cluster", "status");
      assertEquals(3, stopped.exitCode(), stopped.toString());
      CliRun orphan = cli("-D", where, "status", id);
      assertEquals(2, orphan.exitCode(), "no cluster left to ask: " + orphan);
    } finally {
      for (long pid : processes) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  private static CliRun cli(String... args) {
    return CliRun.of(new Configuration(), args);
  }

  private static int succeeded(String json) {
    Matcher m = SUCCEEDED.matcher(json);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static long daemonPid(Path published) throws IOException {
    Properties state = new Properties();
    try (var in = Files.newBufferedReader(published.resolve("cluster.state"), StandardCharsets.UTF_8)) {
      state.load(in);
    }
    return Long.parseLong(state.getProperty("pid"));
  }

  private static List<Long> nodeManagerPids(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder.resolve("clusters"))) {
      List<Long> pids = new ArrayList<>();
      for (Path p : walk.filter(p -> p.getFileName().toString().equals("nodemanager.pid")).toList()) {
        pids.add(Long.parseLong(Files.readString(p, StandardCharsets.US_ASCII).trim()));
      }
      return pids;
    }
  }
}
