package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * A program that exists only inside archives shipped with the job ({@code program.archives}):
 * YARN unpacks them into each task's working folder under their {@code #name}, the command is
 * relative to that folder, {@code {{PWD}}} in {@code program.env} points inside them, and the one
 * NodeManager moves each archive once for all the job's tasks, from its PUBLIC cache when everyone
 * may read it and from the user's PRIVATE cache when not.
 */
class ProgramArchiveIT extends ClusterTestBase {
  private static final int N1 = 50;
  private static final int N2 = 30;

  @BeforeAll
  static void startClusters() throws Exception {
    startClusters(ProgramArchiveIT.class, 1);
    Hypercube cube = Hypercube.of(new Axis(N1, 0, 0.004, "time", "s"), new Axis(N2, 100, 12.5, "offset", "m"));
    float[] data = Datasets.planeWaves(N1, N2, 3);
    Datasets.writeFloats(fs, "/data/waves.H", cube, data);
    Datasets.writeFloats(FileSystem.getLocal(conf), new File(local, "waves.H").getAbsolutePath(), cube, data);
  }

  /** A tar.gz of {@code folder}'s contents, made with the system's tar, as a user would. */
  private static File tarGz(File folder, File archive) throws Exception {
    Process tar = new ProcessBuilder("tar", "-czf", archive.getAbsolutePath(), "-C", folder.getAbsolutePath(), ".")
        .redirectErrorStream(true).start();
    String said = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, tar.waitFor(), said);
    return archive;
  }

  private static void put(File file, String path, short mode) throws Exception {
    Path target = new Path(path);
    fs.mkdirs(target.getParent());
    fs.copyFromLocalFile(false, true, new Path(file.toURI()), target);
    fs.setPermission(target, new FsPermission(mode));
  }

  @Test
  void aProgramOnlyInsideAnArchiveRunsAndEachArchiveMovesToTheNodeOnce() throws Exception {
    File seen = new File(local, "seen");
    assertTrue(seen.mkdirs());
    // The "installation": bin/double, a launcher that records where its archives are and what
    // RSFROOT says, then runs the example scale tool (sepyarn.jar is in the working folder).
    File install = new File(local, "m8r");
    assertTrue(new File(install, "bin").mkdirs());
    File launcher = new File(install, "bin/double");
    Files.writeString(launcher.toPath(), "#!/bin/sh\n"
        + "echo \"$RSFROOT|$(cd m8r && pwd -P)|$(cd tools && pwd -P)|$(cat tools/factor)\" > "
        + seen.getAbsolutePath() + "/task-$$\n"
        + "exec java -cp sepyarn.jar org.sepyarn.examples.Tools scale \"scale=$(cat tools/factor)\" \"$@\"\n");
    assertTrue(launcher.setExecutable(true));
    File toolsDir = new File(local, "tools");
    assertTrue(toolsDir.mkdirs());
    Files.writeString(new File(toolsDir, "factor").toPath(), "2\n");
    // m8r in a folder everyone may read (PUBLIC); tools in the user's own 0700 folder (PRIVATE).
    put(tarGz(install, new File(local, "m8r-4.1.tgz")), "/apps/m8r-4.1.tgz", (short) 0644);
    fs.setPermission(new Path("/apps"), new FsPermission((short) 0755));
    put(tarGz(toolsDir, new File(local, "tools.tar.gz")), "/user/me/private/tools.tar.gz", (short) 0600);
    fs.setPermission(new Path("/user/me/private"), new FsPermission((short) 0700));

    long started = System.nanoTime();
    ApplicationReport report = jobs.run("{\"name\": \"archived\", \"program\": {\"command\": [\"m8r/bin/double\"],"
        + " \"archives\": [\"" + fs.makeQualified(new Path("/apps/m8r-4.1.tgz")) + "#m8r\", \"/user/me/private/"
        + "tools.tar.gz#tools\"], \"env\": {\"RSFROOT\": \"{{PWD}}/m8r\"}}, \"tasks\": 3, \"maxRunning\": 1,"
        + " \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"/data/waves.H\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 2}}},"
        + "{\"tag\": \">\", \"path\": \"/out/doubled.H\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": 2}}}]}");
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    System.out.println("archive job took " + (System.nanoTime() - started) / 1_000_000 + " ms");

    File serial = SerialRun.run(new File(local, "serial"), "scale", new File(local, "waves.H"), "doubled.H",
        "scale=2");
    assertArrayEquals(Datasets.readBytes(conf, new Path(serial.toURI())),
        Datasets.readBytes(conf, fs.makeQualified(new Path("/out/doubled.H"))));

    File[] records = seen.listFiles();
    assertEquals(3, records.length, "one record per task, each in its own container");
    Set<String> m8rCopies = new TreeSet<>();
    Set<String> toolsCopies = new TreeSet<>();
    for (File r : records) {
      String[] parts = Files.readString(r.toPath()).strip().split("\\|");
      assertEquals(4, parts.length, String.join("|", parts));
      assertTrue(parts[0].endsWith("/m8r") && parts[0].startsWith("/") && !parts[0].contains("{{"),
          "RSFROOT={{PWD}}/m8r became the task's folder: " + parts[0]);
      assertEquals("2", parts[3]);
      m8rCopies.add(parts[1]);
      toolsCopies.add(parts[2]);
    }
    // Every task's m8r and tools link to one unpacked copy in the NodeManager's cache: each
    // archive was downloaded and unpacked once for the three tasks.
    assertEquals(1, m8rCopies.size(), m8rCopies.toString());
    assertEquals(1, toolsCopies.size(), toolsCopies.toString());
    String m8r = m8rCopies.iterator().next();
    String tools = toolsCopies.iterator().next();
    assertTrue(m8r.contains("/filecache/") && !m8r.contains("/usercache/"), "PUBLIC cache: " + m8r);
    assertTrue(tools.contains("/usercache/") && tools.contains("/filecache/"), "PRIVATE cache: " + tools);
    assertFalse(m8r.contains("/appcache/") || tools.contains("/appcache/"), "not per application");
  }

  /** A resource type or node label the cluster lacks is refused at submission, nothing staged. */
  @Test
  void aResourceTypeOrNodeLabelTheClusterLacksIsRefusedBeforeStaging() throws Exception {
    File gpu = new File(local, "gpu.json");
    Files.writeString(gpu.toPath(), "{\"program\": {\"command\": [\"/bin/true\"]}, \"tasks\": 1,"
        + " \"resources\": {\"memory\": \"512m\", \"yarn.io/gpu\": 1}}");
    CliRun run = CliRun.of(conf, "submit", "--detach", gpu.getAbsolutePath());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("resources.yarn.io/gpu: this cluster defines no resource type yarn.io/gpu"
        + " (its types are [memory-mb, vcores])"), run.toString());

    File labelled = new File(local, "labelled.json");
    Files.writeString(labelled.toPath(), "{\"program\": {\"command\": [\"/bin/true\"]}, \"tasks\": 1,"
        + " \"nodeLabel\": \"gpu\"}");
    run = CliRun.of(conf, "submit", "--detach", labelled.getAbsolutePath());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("nodeLabel: this cluster has no node label gpu"), run.toString());
  }
}
