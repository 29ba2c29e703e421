package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.status.JobBytes;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.runner.spec.ByteCount;
import org.sepyarn.runner.spec.PhaseBytes;

/**
 * Parallel runs on a real HDFS and YARN (two NodeManagers, real containers) give what a serial
 * run of the same program on the whole dataset gives.
 */
class EndToEndIT extends ClusterTestBase {
  private static final int N1 = 120;
  private static final int N2 = 90;

  @BeforeAll
  static void startClusters() throws Exception {
    // About 400 KB a scatter task, so that the scattered test input makes several.
    startClusters(EndToEndIT.class, 2, java.util.Map.of(org.sepyarn.am.plan.ScatterSettings.TASK_BYTES, "400000"));
    Hypercube cube = Hypercube.of(new Axis(N1, 0, 0.004, "time", "s"), new Axis(N2, 100, 12.5, "offset", "m"));
    float[] data = Datasets.planeWaves(N1, N2, 7);
    Datasets.writeFloats(fs, "/data/waves.H", cube, data);
    Datasets.writeFloats(FileSystem.getLocal(conf), new File(local, "waves.H").getAbsolutePath(), cube, data);
  }


  @Test
  void aPointwiseProgramOverSplitBlocksEqualsTheSerialRunBitForBit() throws Exception {
    ApplicationReport report = jobs.run("{\"name\": \"scale-split\", \"program\": {\"command\": "
        + JobRunner.tool("scale") + ", \"args\": [\"scale=2.5\"]}, \"tasks\": 4, \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"/data/waves.H\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 2}}},"
        + "{\"tag\": \">\", \"path\": \"/out/scaled.H\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": 2}}}]}");
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());

    File serial = SerialRun.run(new File(local, "scale"), "scale", new File(local, "waves.H"), "scaled.H",
        "scale=2.5");
    assertArrayEquals(Datasets.readBytes(conf, new Path(serial.toURI())),
        Datasets.readBytes(conf, fs.makeQualified(new Path("/out/scaled.H"))));
    assertEquals(Datasets.cube(conf, new Path(serial.toURI())), Datasets.cube(conf, fs.makeQualified(
        new Path("/out/scaled.H"))));
    // Split along the slowest axis: the pieces' binaries were joined in place with HDFS concat, so the
    // final binary is made of the pieces' own blocks (90 traces in 4 pieces: 23, 23, 22, 22), nothing
    // was rewritten, and no piece binary is left beside the output.
    long trace = N1 * 4L;
    long[] blocks = java.util.Arrays.stream(fs.getFileBlockLocations(new Path("/out/scaled.H@"), 0, Long.MAX_VALUE))
        .mapToLong(org.apache.hadoop.fs.BlockLocation::getLength).toArray();
    assertArrayEquals(new long[] {23 * trace, 23 * trace, 22 * trace, 22 * trace}, blocks);
    for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(new Path("/out"))) {
      assertFalse(f.getPath().getName().startsWith("."), "left beside the outputs: " + f.getPath());
    }
  }

  /**
   * The bytes in status.json: a split along the slowest axis fetches every input byte exactly once
   * (and each task reads the input's header; the only other bytes are its heartbeat's), commits at
   * least its piece, and the merge streams
   * every output byte; a split along the fastest axis fetches every input byte about once too,
   * not once per task.
   */
  @Test
  void statusJsonCountsTheBytesOfEveryPhaseExactlyWhereTheyCanBe() throws Exception {
    for (int axis : new int[] {2, 1}) {
      int tasks = 4;
      String out = "/out/counted-" + axis + ".H";
      ApplicationId id = jobs.submit("{\"name\": \"count-bytes\", \"program\": {\"command\": "
          + JobRunner.tool("scale") + ", \"args\": [\"scale=2\"]}, \"tasks\": " + tasks + ", \"files\": ["
          + "{\"tag\": \"<\", \"path\": \"/data/waves.H\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": "
          + axis + "}}}, {\"tag\": \">\", \"path\": \"" + out + "\", \"usage\": \"output\", \"distribute\": "
          + "{\"split\": {\"axis\": " + axis + "}}}]}", true);
      ApplicationReport report = jobs.waitForEnd(id);
      assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
      JobBytes bytes = jobs.status(id).orElseThrow().bytes();
      assertNotNull(bytes, "status.json has no bytes");

      long data = (long) N1 * N2 * 4;
      long header = fs.getFileStatus(new Path("/data/waves.H")).getLen();
      ByteCount fetch = bytes.phases().phase(PhaseBytes.FETCH);
      // Each task reads the input's header and its window of the data; its heartbeat reads the
      // ApplicationMaster's address (a few bytes) from the work folder meanwhile.
      long needed = data + tasks * header;
      long heartbeats = tasks * 1024L;
      if (axis == 2) {
        assertTrue(needed <= fetch.read() && fetch.read() <= needed + heartbeats,
            "fetch of a slowest-axis split reads " + fetch.read() + " bytes for " + needed + ": " + bytes);
      } else {
        assertTrue(needed <= fetch.read() && fetch.read() <= data * 8 / 7 + tasks * header + heartbeats,
            "fetch of a fastest-axis split reads " + fetch.read() + " bytes for " + needed + ": " + bytes);
      }
      assertEquals(0, fetch.written(), "a fetch writes to the container's disk only: " + bytes);
      ByteCount commit = bytes.phases().phase(PhaseBytes.COMMIT);
      assertTrue(commit.written() >= data, "commit: " + bytes);
      ByteCount merge = bytes.phases().phase(PhaseBytes.MERGE);
      if (axis == 2) {
        // Split along the slowest axis: the pieces' binaries are joined in place; the merge reads and
        // writes headers and its manifest, no data.
        assertTrue(merge.read() < data && merge.written() < data, "a zero-copy merge: " + bytes);
      } else {
        assertTrue(merge.read() >= data && merge.written() >= data, "merge: " + bytes);
      }
      ByteCount am = bytes.phases().phase(PhaseBytes.AM);
      assertTrue(am.read() > 0 && am.written() > 0, "the ApplicationMaster's bookkeeping: " + bytes);
      assertEquals(fetch.read() + commit.read() + merge.read() + am.read(), bytes.read());
      assertEquals(fetch.written() + commit.written() + merge.written() + am.written(), bytes.written());
      assertEquals(data, bytes.outputBytes());
      assertEquals(1, bytes.outputs().size());
      assertEquals(1, bytes.outputs().get(0).file());
      assertEquals(fs.makeQualified(new Path(out)), fs.makeQualified(new Path(bytes.outputs().get(0).path())));
      long copied = axis == 2 ? 0 : data;
      assertEquals("concatenate along axis " + axis + (axis == 2 ? " (the pieces joined in place by HDFS concat)"
          : " (1 slab written side by side by the ApplicationMaster, joined in place by HDFS concat)"),
          bytes.outputs().get(0).merge());
      assertEquals(copied, bytes.outputs().get(0).copied());
      assertEquals(Long.toString(copied), Dataset.open(fs.makeQualified(new Path(out)), conf).history()
          .getString("sepyarn_merge_copied", null));
    }
  }

  /**
   * A split along the fastest axis of many short traces (5,120 traces of 64 samples, 4 tasks of 16
   * samples each: 5,120 reads of 64 bytes a task) is scattered first: 4 scatter tasks, each
   * node-local on the host holding its slab, read the input once in slabs along axis 3 and write each
   * task's parts; the tasks read their parts. The output is the serial run's bit for bit, and
   * status.json counts the scatter in the fetch: the input read once and the parts written once by
   * the scatter tasks, and read once by the tasks.
   */
  @Test
  void aFastAxisSplitOfManyShortTracesIsScatteredFirstAndEqualsTheSerialRun() throws Exception {
    Hypercube cube = Hypercube.of(new Axis(64, 0, 0.004, "time", "s"), new Axis(64, 0, 12.5, "offset", "m"),
        new Axis(80, 0, 25, "cmp", "m"));
    float[] data = Datasets.planeWaves(64, 64 * 80, 11);
    Datasets.writeFloats(fs, "/data/traces.H", cube, data);
    Datasets.writeFloats(FileSystem.getLocal(conf), new File(local, "traces.H").getAbsolutePath(), cube, data);
    int tasks = 4;
    ApplicationId id = jobs.submit(JobRunner.scaleSplit("scatter-split",
        "/data/traces.H", "/out/traces-scaled.H", 1, tasks, "3"), true);
    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());

    File serial = SerialRun.run(new File(local, "scale-traces"), "scale", new File(local, "traces.H"),
        "traces-scaled.H", "scale=3");
    Path output = fs.makeQualified(new Path("/out/traces-scaled.H"));
    assertArrayEquals(Datasets.readBytes(conf, new Path(serial.toURI())), Datasets.readBytes(conf, output));
    assertEquals(Datasets.cube(conf, new Path(serial.toURI())), Datasets.cube(conf, output));

    int scatters = 4;
    String syslog = amSyslog(report);
    assertTrue(syslog.contains("scatter phase: " + scatters + " scatter tasks"), syslog);
    for (int k = 0; k < scatters; k++) {
      assertEquals("ok", jobs.report(id, tasks + k, 1).orElseThrow().outcome(), "scatter task " + k);
      assertTrue(syslog.contains("scatter task " + k + " WAITING -> ASSIGNED (attempt 1, node-local on "), syslog);
    }
    for (int t = 0; t < tasks; t++) {
      assertEquals("ok", jobs.report(id, t, 1).orElseThrow().outcome(), "task " + t);
    }
    long bytes = 64L * 64 * 80 * 4;
    long header = fs.getFileStatus(new Path("/data/traces.H")).getLen();
    ByteCount fetch = jobs.status(id).orElseThrow().bytes().phases().phase(PhaseBytes.FETCH);
    long read = 2 * bytes + (tasks + scatters) * header;
    assertTrue(read <= fetch.read() && fetch.read() <= read + (tasks + scatters) * 1024L,
        "the input once by the scatter tasks, the parts once by the tasks: " + fetch.read() + " bytes, " + read
        + " expected");
    assertEquals(bytes, fetch.written(), "the scatter tasks write every part once");
  }

  /**
   * Data-local tasks: the ApplicationMaster asks for each task's container on the host holding its
   * piece's blocks (the datanode says 127.0.0.1, the NodeManagers localhost: the same machine),
   * as its log shows an operator; every task ran node-local, as status.json says per task and in
   * its counts; the output is the serial run's.
   */
  @Test
  void eachTasksContainerIsRequestedOnTheHostHoldingItsInputBlocksAndRunsNodeLocal() throws Exception {
    ApplicationId id = jobs.submit("{\"name\": \"local-split\", \"program\": {\"command\": "
        + JobRunner.tool("scale") + ", \"args\": [\"scale=1.5\"]}, \"tasks\": 4, \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"/data/waves.H\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 2}}},"
        + "{\"tag\": \">\", \"path\": \"/out/local.H\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": 2}}}]}",
        true);
    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());

    org.sepyarn.am.status.JobStatus status = jobs.status(id).orElseThrow();
    String blockHost = fs.getFileBlockLocations(Dataset.open(fs.makeQualified(new Path("/data/waves.H")), conf)
        .parts().get(0).path(), 0, 1)[0].getHosts()[0];
    String syslog = amSyslog(report);
    for (org.sepyarn.am.status.TaskStatus t : status.tasks()) {
      assertEquals("NODE_LOCAL", t.locality(), "task " + t.index() + " in " + status);
      String host = t.node().substring(0, t.node().lastIndexOf(':'));
      assertTrue(syslog.contains("requesting a container for task " + t.index() + " on hosts [" + host
          + "] racks [/default-rack] (relaxed locality)"), "the request of task " + t.index() + " names " + host
          + ", the machine of the datanode " + blockHost + ":\n" + syslog);
    }
    assertTrue(java.net.InetAddress.getByName(blockHost).isLoopbackAddress(), blockHost);
    assertEquals(java.util.Map.of("NODE_LOCAL", 4, "RACK_LOCAL", 0, "OFF_RACK", 0, "NO_PREFERENCE", 0),
        status.locality());

    File serial = SerialRun.run(new File(local, "local-scale"), "scale", new File(local, "waves.H"), "scaled.H",
        "scale=1.5");
    assertArrayEquals(Datasets.readBytes(conf, new Path(serial.toURI())),
        Datasets.readBytes(conf, fs.makeQualified(new Path("/out/local.H"))));
  }

  /**
   * With {@code tasksPerContainer} 3, six tasks run in two containers, three one after another in
   * each, every task still its own attempt with its own program log; the output is the serial run's.
   */
  @Test
  void aContainerRunsSeveralTasksOneAfterAnotherAndTheOutputIsTheSerialRuns() throws Exception {
    ApplicationId id = jobs.submit("{\"name\": \"reuse-split\", \"program\": {\"command\": "
        + JobRunner.tool("scale") + ", \"args\": [\"scale=0.5\"]}, \"tasks\": 6, \"tasksPerContainer\": 3,"
        + " \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"/data/waves.H\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 2}}},"
        + "{\"tag\": \">\", \"path\": \"/out/reused.H\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": 2}}}]}",
        true);
    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());

    File serial = SerialRun.run(new File(local, "reuse-scale"), "scale", new File(local, "waves.H"), "scaled.H",
        "scale=0.5");
    assertArrayEquals(Datasets.readBytes(conf, new Path(serial.toURI())),
        Datasets.readBytes(conf, fs.makeQualified(new Path("/out/reused.H"))));

    org.sepyarn.am.status.JobStatus status = jobs.status(id).orElseThrow();
    java.util.Map<String, List<Integer>> byContainer = new java.util.TreeMap<>();
    for (org.sepyarn.am.status.TaskStatus t : status.tasks()) {
      assertEquals("SUCCEEDED", t.state(), status.toString());
      assertEquals(1, t.attempt(), "task " + t.index() + " ran once: " + status);
      byContainer.computeIfAbsent(t.container(), c -> new java.util.ArrayList<>()).add(t.index());
    }
    assertEquals(2, byContainer.size(), "six tasks, three to a container: " + byContainer);
    for (java.util.Map.Entry<String, List<Integer>> container : byContainer.entrySet()) {
      assertEquals(3, container.getValue().size(), byContainer.toString());
      java.nio.file.Path logs = containerLogFolder(container.getKey());
      for (int task : container.getValue()) {
        assertTrue(Files.exists(logs.resolve("task-" + task + ".1.program.stderr")), "task " + task
            + "'s own program log in " + logs);
      }
      assertFalse(Files.exists(logs.resolve("program.stderr")), "no shared program log in " + logs);
    }
  }

  /** A container's log folder on its NodeManager, under the mini cluster's folder. */
  private static java.nio.file.Path containerLogFolder(String containerId) throws Exception {
    try (java.util.stream.Stream<java.nio.file.Path> files = Files.walk(java.nio.file.Paths.get("target", "test"))) {
      return files.filter(p -> p.getFileName().toString().equals(containerId) && Files.isDirectory(p)
          && Files.exists(p.resolve("runner.stderr"))).findFirst()
          .orElseThrow(() -> new AssertionError("no log folder of " + containerId + " under target/test"));
    }
  }

  /** The ApplicationMaster's log ({@code syslog} in its container's log folder on the NodeManager). */
  private static String amSyslog(ApplicationReport report) throws Exception {
    String amContainer = org.apache.hadoop.yarn.api.records.ContainerId.newContainerId(
        report.getCurrentApplicationAttemptId(), 1).toString();
    try (java.util.stream.Stream<java.nio.file.Path> files = Files.walk(java.nio.file.Paths.get("target", "test"))) {
      java.nio.file.Path syslog = files.filter(p -> p.getFileName().toString().equals("syslog")
          && p.getParent().getFileName().toString().equals(amContainer)).findFirst()
          .orElseThrow(() -> new AssertionError("no syslog of " + amContainer + " under target/test"));
      return Files.readString(syslog, StandardCharsets.UTF_8);
    }
  }

  @Test
  void aCopyOutputOfOneTaskEqualsTheSerialRunBitForBit() throws Exception {
    ApplicationReport report = jobs.run("{\"name\": \"copy-one\", \"program\": {\"command\": "
        + JobRunner.tool("smooth") + ", \"args\": [\"rect1=3\", \"rect2=2\"]}, \"tasks\": 1, \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"/data/waves.H\", \"usage\": \"input\", \"distribute\": \"copy\"},"
        + "{\"tag\": \">\", \"path\": \"/out/copied.H\", \"usage\": \"output\", \"distribute\": \"copy\"}]}");
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());

    File serial = SerialRun.run(new File(local, "copy"), "smooth", new File(local, "waves.H"), "smoothed.H",
        "rect1=3", "rect2=2");
    assertArrayEquals(Datasets.readBytes(conf, new Path(serial.toURI())),
        Datasets.readBytes(conf, fs.makeQualified(new Path("/out/copied.H"))));
  }

  /**
   * The triangle taper keeps a weight of 1/(L+1) on a patch's outermost samples, where a
   * smoother's boundary effect lives, so the error at the seams falls as 1/L: measured on this
   * data, max 1.1e-2 / RMS 4.2e-3 with overlap 10, 6.3e-3 / 1.9e-3 with 20, 2.8e-3 / 6.7e-4 with
   * 40. Away from the seams the result is the serial one.
   */
  /**
   * A patch job and a copy-sum job whose merges run as merge tasks in YARN containers (the job asks
   * for them: its outputs are too small for the default rule) give outputs byte-identical to the
   * ApplicationMaster's own merge of the same jobs, the ApplicationMaster reading and writing no
   * data for them: the merge tasks wrote the slabs beside the output and HDFS joined them. Each merge
   * task's container is asked for on the host holding the pieces' bytes it reads, and runs node-local.
   */
  @Test
  void mergesRunAsMergeTasksInContainersAndEqualTheApplicationMastersMerge() throws Exception {
    String patch = "\"program\": {\"command\": " + JobRunner.tool("smooth") + ", \"args\": [\"rect1=3\"]},"
        + " \"files\": [{\"tag\": \"<\", \"path\": \"/data/waves.H\", \"usage\": \"input\","
        + " \"distribute\": {\"patch\": {\"blocks\": [2, 2], \"overlap\": [10, 10]}}},"
        + "{\"tag\": \">\", \"path\": \"OUT\", \"usage\": \"output\","
        + " \"distribute\": {\"patch\": {\"blocks\": [2, 2], \"overlap\": [10, 10]}}}]";
    String sum = "\"program\": {\"command\": " + JobRunner.tool("scale") + "}, \"tasks\": [[\"scale=1\"],"
        + " [\"scale=2\"], [\"scale=3\"]], \"files\": [{\"tag\": \"<\", \"path\": \"/data/waves.H\","
        + " \"usage\": \"input\", \"distribute\": \"copy\"}, {\"tag\": \">\", \"path\": \"OUT\","
        + " \"usage\": \"output\", \"distribute\": \"copy\"}]";
    ApplicationId patchInAm = jobs.submit("{\"name\": \"blend-am\", " + patch.replace("OUT", "/out/blend-am.H")
        + "}", true);
    ApplicationId patchInTasks = jobs.submit("{\"name\": \"blend-tasks\", \"mergeTasks\": 3, "
        + patch.replace("OUT", "/out/blend-tasks.H") + "}", true);
    ApplicationId sumInAm = jobs.submit("{\"name\": \"sum-am\", " + sum.replace("OUT", "/out/sum-am.H") + "}",
        true);
    ApplicationId sumInTasks = jobs.submit("{\"name\": \"sum-tasks\", \"mergeTasks\": 2, "
        + sum.replace("OUT", "/out/sum-tasks.H") + "}", true);
    for (ApplicationId id : List.of(patchInAm, patchInTasks, sumInAm, sumInTasks)) {
      ApplicationReport report = jobs.waitForEnd(id);
      assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    }
    long data = (long) N1 * N2 * 4;
    assertMergedInTasks(patchInTasks, "/out/blend-tasks.H", "/out/blend-am.H", 3, data);
    assertMergedInTasks(sumInTasks, "/out/sum-tasks.H", "/out/sum-am.H", 2, data);
  }

  private void assertMergedInTasks(ApplicationId id, String out, String reference, int mergeTasks, long data)
      throws Exception {
    Path output = fs.makeQualified(new Path(out));
    assertArrayEquals(Datasets.readBytes(conf, fs.makeQualified(new Path(reference))),
        Datasets.readBytes(conf, output), out + " differs from the ApplicationMaster's merge " + reference);
    assertEquals(Datasets.cube(conf, fs.makeQualified(new Path(reference))), Datasets.cube(conf, output));
    JobBytes bytes = jobs.status(id).orElseThrow().bytes();
    assertTrue(bytes.outputs().get(0).merge().endsWith("(" + mergeTasks + " slabs written by merge tasks in YARN"
        + " containers, joined in place by HDFS concat)"), bytes.outputs().get(0).merge());
    assertEquals(data, bytes.outputs().get(0).copied());
    // The merge tasks read every piece and wrote the output; the ApplicationMaster moved no data.
    ByteCount merge = bytes.phases().phase(PhaseBytes.MERGE);
    assertTrue(merge.written() >= data && merge.read() >= data, "merge tasks: " + bytes);
    // The ApplicationMaster reads the pieces' headers (each with its history) and writes the
    // output's header and the join's manifest: a few kilobytes whatever the data.
    PhaseBytes am = new org.sepyarn.am.bytes.AmBytesFiles(fs, jobs.work(id)).earlier(2);
    long headers = 0;
    for (org.apache.hadoop.fs.FileStatus piece : fs.globStatus(new Path(jobs.work(id).root(), "pieces/*/*.H"))) {
      headers += piece.getLen();
    }
    assertTrue(am.phase(PhaseBytes.MERGE).read() <= 2 * headers + 16384
        && am.phase(PhaseBytes.MERGE).written() <= 16384, "the ApplicationMaster's own merge moved data ("
        + headers + " bytes of piece headers): " + am);
    for (int k = 0; k < mergeTasks; k++) {
      int task = taskCountOf(id) + k;
      assertEquals("ok", jobs.report(id, task, 1).orElseThrow().outcome(), "merge task " + k);
    }
    // Data-local merge tasks: each one's container is asked for on the host holding the blocks of
    // the pieces' rows it reads (every datanode and NodeManager is this machine) and ran there.
    org.sepyarn.am.status.JobStatus status = jobs.status(id).orElseThrow();
    assertEquals(mergeTasks, status.mergeTasks().size(), status.toString());
    String syslog = amSyslog(jobs.waitForEnd(id));
    assertTrue(syslog.contains("locality: " + mergeTasks + " of " + mergeTasks + " merge tasks prefer hosts"),
        syslog);
    for (org.sepyarn.am.status.TaskStatus t : status.mergeTasks()) {
      assertEquals("NODE_LOCAL", t.locality(), "merge task " + t.index() + " in " + status);
      String host = t.node().substring(0, t.node().lastIndexOf(':'));
      int task = taskCountOf(id) + t.index();
      assertTrue(syslog.contains("requesting a container for task " + task + " on hosts [" + host
          + "] racks [/default-rack] (relaxed locality)"), "the request of merge task " + t.index() + " (task "
          + task + ") names " + host + ":\n" + syslog);
      assertTrue(syslog.contains("merge task " + t.index() + " WAITING -> ASSIGNED (attempt 1, node-local on "),
          syslog);
    }
    for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(output.getParent())) {
      assertFalse(f.getPath().getName().startsWith("."), "left beside the outputs: " + f.getPath());
    }
  }

  private int taskCountOf(ApplicationId id) throws Exception {
    try (java.io.InputStream in = fs.open(jobs.work(id).mergePlan())) {
      return org.sepyarn.runner.spec.PlanCodec.read(in.readAllBytes(), org.sepyarn.runner.spec.MergePlan.class)
          .taskCount();
    }
  }

  @Test
  void smoothingInOverlappingPatchesMatchesTheSerialRunAwayFromAndAtTheSeams() throws Exception {
    int overlap = 40;
    ApplicationReport report = jobs.run("{\"name\": \"smooth-patches\", \"program\": {\"command\": "
        + JobRunner.tool("smooth") + ", \"args\": [\"rect1=5\", \"rect2=5\"]}, \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"/data/waves.H\", \"usage\": \"input\","
        + " \"distribute\": {\"patch\": {\"blocks\": [2, 2], \"overlap\": [40, 40]}}},"
        + "{\"tag\": \">\", \"path\": \"/out/smoothed.H\", \"usage\": \"output\","
        + " \"distribute\": {\"patch\": {\"blocks\": [2, 2], \"overlap\": [40, 40]}}}]}");
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());

    File serial = SerialRun.run(new File(local, "patch"), "smooth", new File(local, "waves.H"), "smoothed.H",
        "rect1=5", "rect2=5");
    float[] expected = Datasets.readFloats(conf, new Path(serial.toURI()));
    float[] actual = Datasets.readFloats(conf, fs.makeQualified(new Path("/out/smoothed.H")));
    assertEquals(expected.length, actual.length);
    double scale = 0;
    for (float v : expected) {
      scale = Math.max(scale, Math.abs(v));
    }
    // Two blocks per axis meet at samples 60 (axis 1) and 45 (axis 2); patches overlap there.
    double maxAway = 0;
    double maxSeam = 0;
    double seamError = 0;
    double seamEnergy = 0;
    for (int i2 = 0; i2 < N2; i2++) {
      for (int i1 = 0; i1 < N1; i1++) {
        int i = i2 * N1 + i1;
        double diff = Math.abs(expected[i] - actual[i]);
        if (Math.abs(i1 - 60) <= overlap || Math.abs(i2 - 45) <= overlap) {
          maxSeam = Math.max(maxSeam, diff / scale);
          seamError += diff * diff;
          seamEnergy += (double) expected[i] * expected[i];
        } else {
          maxAway = Math.max(maxAway, diff / scale);
        }
      }
    }
    assertTrue(maxAway <= 1e-6, "away from the seams the relative difference is " + maxAway);
    assertTrue(Math.sqrt(seamError / seamEnergy) <= 1e-3, "at the seams the relative RMS difference is "
        + Math.sqrt(seamError / seamEnergy));
    assertTrue(maxSeam <= 5e-3, "at the seams the largest relative difference is " + maxSeam);
  }

  /**
   * With a halo of {@code rect - 1} (the triangle's reach) the samples a patch's edge spoils get no
   * weight, so smoothing in patches equals the serial run to float rounding everywhere, seams
   * included, with a modest overlap; in the ApplicationMaster's merge and in merge tasks alike.
   */
  @Test
  void smoothingInPatchesWithItsReachAsHaloEqualsTheSerialRunAtTheSeamsToo() throws Exception {
    String job = "\"program\": {\"command\": " + JobRunner.tool("smooth") + ", \"args\": [\"rect1=5\", \"rect2=5\"]},"
        + " \"files\": [{\"tag\": \"<\", \"path\": \"/data/waves.H\", \"usage\": \"input\","
        + " \"distribute\": {\"patch\": {\"blocks\": [2, 2], \"overlap\": [6, 6]}}},"
        + "{\"tag\": \">\", \"path\": \"OUT\", \"usage\": \"output\","
        + " \"distribute\": {\"patch\": {\"blocks\": [2, 2], \"overlap\": [6, 6], \"halo\": [4, 4]}}}]";
    ApplicationId inAm = jobs.submit("{\"name\": \"halo-am\", " + job.replace("OUT", "/out/halo-am.H") + "}", true);
    ApplicationId inTasks = jobs.submit("{\"name\": \"halo-tasks\", \"mergeTasks\": 2, "
        + job.replace("OUT", "/out/halo-tasks.H") + "}", true);
    for (ApplicationId id : List.of(inAm, inTasks)) {
      ApplicationReport report = jobs.waitForEnd(id);
      assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    }
    File serial = SerialRun.run(new File(local, "halo"), "smooth", new File(local, "waves.H"), "smoothed.H",
        "rect1=5", "rect2=5");
    float[] expected = Datasets.readFloats(conf, new Path(serial.toURI()));
    for (String out : List.of("/out/halo-am.H", "/out/halo-tasks.H")) {
      assertEquals(Datasets.cube(conf, new Path(serial.toURI())), Datasets.cube(conf, fs.makeQualified(new Path(out))));
      assertCloseRelative(expected, Datasets.readFloats(conf, fs.makeQualified(new Path(out))), 1e-6, out);
    }
  }

  /**
   * A program that changes the length of an axis the patches do not cut (n1 = 120 becomes 61
   * frequencies, as sffft1 does) is merged along the pieces' own axis 1: extent, origin and
   * sampling as the serial run writes them, samples equal to it.
   */
  @Test
  void aPatchedProgramThatChangesN1MergesIntoTheSerialRunsShape() throws Exception {
    String job = "\"program\": {\"command\": " + JobRunner.tool("spectrum") + "},"
        + " \"files\": [{\"tag\": \"<\", \"path\": \"/data/waves.H\", \"usage\": \"input\","
        + " \"distribute\": {\"patch\": {\"axes\": [2], \"blocks\": [3], \"overlap\": [4]}}},"
        + "{\"tag\": \">\", \"path\": \"OUT\", \"usage\": \"output\","
        + " \"distribute\": {\"patch\": {\"axes\": [2], \"blocks\": [3], \"overlap\": [4]}}}]";
    ApplicationId inAm = jobs.submit("{\"name\": \"spectrum-am\", " + job.replace("OUT", "/out/spectrum-am.H") + "}",
        true);
    ApplicationId inTasks = jobs.submit("{\"name\": \"spectrum-tasks\", \"mergeTasks\": 2, "
        + job.replace("OUT", "/out/spectrum-tasks.H") + "}", true);
    for (ApplicationId id : List.of(inAm, inTasks)) {
      ApplicationReport report = jobs.waitForEnd(id);
      assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    }
    File serial = SerialRun.run(new File(local, "spectrum"), "spectrum", new File(local, "waves.H"), "spectrum.H");
    Hypercube serialCube = Datasets.cube(conf, new Path(serial.toURI()));
    assertEquals(N1 / 2 + 1, serialCube.n(1));
    float[] expected = Datasets.readFloats(conf, new Path(serial.toURI()));
    for (String out : List.of("/out/spectrum-am.H", "/out/spectrum-tasks.H")) {
      assertEquals(serialCube, Datasets.cube(conf, fs.makeQualified(new Path(out))), out);
      assertCloseRelative(expected, Datasets.readFloats(conf, fs.makeQualified(new Path(out))), 1e-6, out);
    }
  }

  /**
   * A task whose piece cannot be merged with the others (task 1 writes n1=61 where the others keep
   * n1=120) stops the job when it commits: the job fails naming the piece, the tasks after it
   * never run, and no output is written. (Its pieces' binaries stay beside the output for
   * {@code resume}, so it writes to a folder of its own.)
   */
  @Test
  void aJobWhoseSecondPieceHasTheWrongShapeFailsAtThatPiecesCommit() throws Exception {
    File dir = new File(local, "wrong-shape");
    dir.mkdirs();
    File script = new File(dir, "wrong-shape.sh");
    // Test program: task 1 writes the spectrum (another n1), every other task copies its input.
    Files.writeString(script.toPath(), String.join("\n",
        "#!/bin/sh",
        "case \"$1\" in",
        "  id=1) exec java -cp sepyarn.jar org.sepyarn.examples.Tools spectrum ;;",
        "  *) exec java -cp sepyarn.jar org.sepyarn.examples.Tools copy ;;",
        "esac", ""));
    assertTrue(script.setExecutable(true));
    fs.mkdirs(new Path("/failed"));
    ApplicationReport report = jobs.run("{\"name\": \"wrong-shape\", \"program\": {\"command\": [\""
        + script.getAbsolutePath() + "\"]}, \"maxRunning\": 1,"
        + " \"tasks\": [[\"id=0\"], [\"id=1\"], [\"id=2\"], [\"id=3\"]],"
        + " \"files\": [{\"tag\": \"<\", \"path\": \"/data/waves.H\", \"usage\": \"input\","
        + " \"distribute\": {\"split\": {\"axis\": 2}}},"
        + "{\"tag\": \">\", \"path\": \"/failed/wrong-shape.H\", \"usage\": \"output\","
        + " \"distribute\": {\"split\": {\"axis\": 2}}}]}");
    assertEquals(FinalApplicationStatus.FAILED, report.getFinalApplicationStatus(), report.getDiagnostics());
    assertTrue(report.getDiagnostics().contains("piece 1 has n1=61 on axis 1 but piece ")
        || report.getDiagnostics().contains("has n1=120 on axis 1 but piece 1 has n1=61"), report.getDiagnostics());
    int ran = 0;
    for (int task = 0; task < 4; task++) {
      ran += jobs.report(report.getApplicationId(), task, 1).isPresent() ? 1 : 0;
    }
    assertTrue(ran <= 2, ran + " of the 4 tasks ran: the job should stop at the second commit");
    assertFalse(fs.exists(new Path("/failed/wrong-shape.H")));
  }

  private static void assertCloseRelative(float[] expected, float[] actual, double tolerance, String what) {
    assertEquals(expected.length, actual.length, what);
    double scale = 0;
    for (float v : expected) {
      scale = Math.max(scale, Math.abs(v));
    }
    double worst = 0;
    int at = -1;
    for (int i = 0; i < expected.length; i++) {
      double diff = Math.abs(expected[i] - actual[i]) / scale;
      if (diff > worst) {
        worst = diff;
        at = i;
      }
    }
    assertTrue(worst <= tolerance, what + ": the largest relative difference from the serial run is " + worst
        + " at sample " + at);
  }

  @Test
  void shotModellingWithPerTaskShotPositionsEqualsTheSerialMultiShotRun() throws Exception {
    int nz = 60;
    int nx = 80;
    float[] velocity = new float[nz * nx];
    for (int ix = 0; ix < nx; ix++) {
      for (int iz = 0; iz < nz; iz++) {
        velocity[ix * nz + iz] = iz < 30 ? 1500f : 2200f;
      }
    }
    Hypercube model = Hypercube.of(new Axis(nz, 0, 10, "depth", "m"), new Axis(nx, 0, 10, "x", "m"));
    Datasets.writeFloats(fs, "/data/vel.H", model, velocity);
    File localVel = new File(local, "vel.H");
    Datasets.writeFloats(FileSystem.getLocal(conf), localVel.getAbsolutePath(), model, velocity);

    String common = "\"nt=300\", \"dt=0.002\", \"freq=15\", \"dsx=200\"";
    ApplicationReport report = jobs.run("{\"name\": \"fdmod\", \"program\": {\"command\": "
        + JobRunner.tool("fdmod") + ", \"args\": [" + common + "]},"
        + " \"tasks\": [[\"sx=100\"], [\"sx=300\"], [\"sx=500\"], [\"sx=700\"]], \"files\": ["
        + "{\"tag\": \"vel=\", \"path\": \"/data/vel.H\", \"usage\": \"input\", \"distribute\": \"copy\"},"
        + "{\"tag\": \">\", \"path\": \"/out/shots.H\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": 3}}}]}");
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());

    File serial = SerialRun.run(new File(local, "fdmod"), "fdmod", null, "shots.H",
        "vel=" + localVel.getAbsolutePath(), "sx=100,300,500,700", "nt=300", "dt=0.002", "freq=15");
    assertArrayEquals(Datasets.readBytes(conf, new Path(serial.toURI())),
        Datasets.readBytes(conf, fs.makeQualified(new Path("/out/shots.H"))));
    assertEquals(Datasets.cube(conf, new Path(serial.toURI())),
        Datasets.cube(conf, fs.makeQualified(new Path("/out/shots.H"))));
  }

  @Test
  void aProgramShippedWithTheJobIsLocalizedUnderItsLinkNameAndRunsExecutable() throws Exception {
    Path script = new Path("/apps/double.sh");
    try (java.io.OutputStream out = fs.create(script, true)) {
      out.write(("#!/bin/sh\nexec java -cp sepyarn.jar org.sepyarn.examples.Tools scale scale=2 \"$@\"\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    fs.setPermission(script, new org.apache.hadoop.fs.permission.FsPermission((short) 0755));
    ApplicationReport report = jobs.run("{\"name\": \"localized\", \"program\": {\"command\": [\"./twice.sh\"],"
        + " \"localize\": [\"" + fs.makeQualified(script) + "#twice.sh\"]}, \"tasks\": 3, \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"/data/waves.H\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 2}}},"
        + "{\"tag\": \">\", \"path\": \"/out/doubled.H\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": 2}}}]}");
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());

    File serial = SerialRun.run(new File(local, "doubled"), "scale", new File(local, "waves.H"), "doubled.H",
        "scale=2");
    assertArrayEquals(Datasets.readBytes(conf, new Path(serial.toURI())),
        Datasets.readBytes(conf, fs.makeQualified(new Path("/out/doubled.H"))));
  }

  @Test
  void argumentsFullOfShellMetacharactersReachTheProgramUnchanged() throws Exception {
    File script = new File(local, "record-args.sh");
    Files.writeString(script.toPath(), "#!/bin/sh\nout=$1\nshift\nprintf '%s\\0' \"$@\" > \"$out\"\n");
    assertTrue(script.setExecutable(true));
    File recorded = new File(local, "recorded-args");
    String[] nasty = {"two words", "it's", "\"quoted\"", "$HOME", "$(touch /tmp/pwned)", "`id`", "a;b", "a|b",
        "a&b", "back\\slash", "*", "ünïcødé ✓", "new\nline", "--flag=x y"};
    StringBuilder args = new StringBuilder("[\"" + recorded.getAbsolutePath() + "\"");
    for (String a : nasty) {
      args.append(", ").append(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(a));
    }
    args.append(']');
    ApplicationReport report = jobs.run("{\"name\": \"metachars\", \"program\": {\"command\": [\""
        + script.getAbsolutePath() + "\"]}, \"tasks\": [" + args + "]}");
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());

    String[] got = Files.readString(recorded.toPath(), StandardCharsets.UTF_8).split("\0", -1);
    String[] received = java.util.Arrays.copyOf(got, got.length - 1);
    assertArrayEquals(nasty, received);
    assertFalse(new File("/tmp/pwned").exists());
  }
}
