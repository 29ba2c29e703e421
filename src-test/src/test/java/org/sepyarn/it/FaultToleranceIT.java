package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.journal.JournalReader;
import org.sepyarn.am.schedule.Attempt;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.TaskTransition;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.TaskStatus;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * Fault tolerance proven by doing harm to real jobs on real clusters: failing, hanging and killed
 * programs, preempted containers. The output must be byte-identical to a serial run.
 */
class FaultToleranceIT extends ClusterTestBase {
  private static byte[] expected;

  @BeforeAll
  static void startClusters() throws Exception {
    startClusters(FaultToleranceIT.class, 2);
    Hypercube cube = Hypercube.ofLengths(64, 12);
    float[] data = Datasets.planeWaves(64, 12, 3);
    Datasets.writeFloats(fs, "/ft/in.H", cube, data);
    File localIn = new File(local, "in.H");
    local.mkdirs();
    Datasets.writeFloats(FileSystem.getLocal(conf), localIn.getAbsolutePath(), cube, data);
    File serial = SerialRun.run(new File(local, "serial"), "scale", localIn, "out.H", "scale=2");
    expected = Datasets.readBytes(conf, new Path(serial.toURI()));
  }


  /** Waits until the programs themselves (not just their containers) have started. */
  private static void awaitRuns(HarmProgram program, int count) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (program.runs().size() < count && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(program.runs().size() >= count, "programs started: " + program.runs());
  }

  /** Waits up to 15 s for every hung run of a {@link HarmProgram} to be gone, then checks none is left. */
  private static void assertNoHungProcessSoon(String message) throws Exception {
    long deadline = System.currentTimeMillis() + 15_000;
    while (!Harm.processesWith("sleep " + HarmProgram.HANG_MARKER).isEmpty()
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
    }
    assertEquals(List.of(), Harm.processesWith("sleep " + HarmProgram.HANG_MARKER), message);
  }

  /** Kills (SIGKILL) the runner JVM whose command line holds {@code marker} as soon as it starts. */
  private static void killRunnerOnceStarted(String marker, String what) throws Exception {
    long deadline = System.currentTimeMillis() + 180_000;
    List<ProcessHandle> killed = List.of();
    while (killed.isEmpty() && System.currentTimeMillis() < deadline) {
      killed = Harm.processesWith(marker).stream().filter(p -> p.info().commandLine().orElse("").contains("java"))
          .toList();
      Thread.sleep(20);
    }
    assertFalse(killed.isEmpty(), what + "'s runner never started");
    killed.forEach(ProcessHandle::destroyForcibly);
  }

  private static byte[] output(String path) throws Exception {
    return Datasets.readBytes(conf, fs.makeQualified(new Path(path)));
  }

  @Test
  void aProgramThatFailsOnceIsRetriedWithTheRetryRecordedAndTheJobSucceeds() throws Exception {
    HarmProgram program = new HarmProgram(new File(local, "fail-once"));
    ApplicationId id = jobs.submit(program.job("fail-once", "/ft/in.H", "/ft/fail-once.H", 4,
        "\"mode=fail-once\", \"scale=2\"", ""), true);
    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());

    JobStatus status = jobs.status(id).orElseThrow();
    for (TaskStatus task : status.tasks()) {
      assertEquals(2, task.attempt(), "task " + task.index() + " ran twice");
      assertEquals(1, task.failures(), "task " + task.index() + " failed once");
    }
    List<String> runs = program.runs();
    for (int t = 0; t < 4; t++) {
      assertEquals(2, Collections.frequency(runs, Integer.toString(t)), "runs of task " + t + ": " + runs);
    }
    assertArrayEquals(expected, output("/ft/fail-once.H"));

    // The other node has room: every retry runs there, not where its task failed.
    Map<Integer, Map<Integer, String>> nodes = new TreeMap<>();
    JournalReader.read(fs, jobs.work(id).journalFolder(), Integer.MAX_VALUE).transitions().stream()
        .filter(t -> t.taskIndex() < 4 && t.attempt().node() != null && !t.attempt().node().isEmpty())
        .forEach(t -> nodes.computeIfAbsent(t.taskIndex(), k -> new TreeMap<>()).put(t.attempt().number(),
            t.attempt().node()));
    for (int t = 0; t < 4; t++) {
      Map<Integer, String> byAttempt = nodes.get(t);
      assertFalse(byAttempt.get(1).equals(byAttempt.get(2)), "task " + t + "'s retry ran on another node: " + nodes);
    }
  }

  /**
   * The only waiting task is the retry, so no other task takes a container YARN offers on the node
   * where it failed: the retry declines that node and runs on the other one, which has room. Three
   * jobs, since YARN offers the other node first half the time anyway, one after another: side by
   * side, the load of three jobs on two cores stretched the decline-and-ask-again cycle close to the
   * ApplicationMaster's limit of declines.
   */
  @Test
  void aLoneRetryDeclinesTheNodeWhereItFailedAndRunsOnTheOther() throws Exception {
    for (int run = 0; run < 3; run++) {
      String name = "lone-retry-" + run;
      HarmProgram program = new HarmProgram(new File(local, name));
      ApplicationId id = jobs.submit(program.job(name, "/ft/in.H", "/ft/" + name + ".H", 1,
          "\"mode=fail-once\", \"scale=2\"", "\"resources\": {\"memory\": \"512m\"}, "), true);
      ApplicationReport report = jobs.waitForEnd(id);
      assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
      Map<Integer, String> nodes = new TreeMap<>();
      JournalReader.read(fs, jobs.work(id).journalFolder(), Integer.MAX_VALUE).transitions().stream()
          .filter(t -> t.taskIndex() == 0 && t.attempt().node() != null && !t.attempt().node().isEmpty())
          .forEach(t -> nodes.put(t.attempt().number(), t.attempt().node()));
      assertEquals(2, nodes.size(), "two attempts: " + nodes);
      assertFalse(nodes.get(1).equals(nodes.get(2)), name + ": the retry ran on the other node: " + nodes);
    }
  }

  @Test
  void aRetryResumesFromTheCheckpointTheFailedAttemptLeft() throws Exception {
    HarmProgram program = new HarmProgram(new File(local, "checkpoint"));
    ApplicationReport report = jobs.waitForEnd(jobs.submit(program.job("checkpoint", "/ft/in.H",
        "/ft/checkpoint.H", 2, "\"mode=checkpoint-once\", \"scale=2\"", ""), false));
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    for (int t = 0; t < 2; t++) {
      List<String> args = program.retryArguments(t);
      assertTrue(args.contains("restart=y"), "task " + t + " retried with " + args);
      assertTrue(args.contains("checkpoint=step 7 of 9"), "task " + t + " retried with " + args);
    }
    assertArrayEquals(expected, output("/ft/checkpoint.H"));
  }

  @Test
  void aProgramThatAlwaysFailsFailsTheJobAfterMaxAttemptsWithTheReasonAndNoOutput() throws Exception {
    HarmProgram program = new HarmProgram(new File(local, "always-fails"));
    ApplicationReport report = jobs.waitForEnd(jobs.submit(program.job("always-fails", "/ft/in.H",
        "/ft/always-fails.H", 2, "\"mode=fail\", \"scale=2\"", "\"maxAttempts\": 2, "), false));
    assertEquals(FinalApplicationStatus.FAILED, report.getFinalApplicationStatus());
    String diagnostics = report.getDiagnostics();
    assertTrue(diagnostics.contains("maxAttempts is 2"), diagnostics);
    assertTrue(diagnostics.contains("PROGRAM_FAILED"), diagnostics);
    assertTrue(diagnostics.contains("deliberate failure of task"), diagnostics);
    assertTrue(diagnostics.contains(program.path()), "the diagnostics show the command: " + diagnostics);
    assertFalse(fs.exists(new Path("/ft/always-fails.H")), "a failed job leaves no output");
    assertFalse(fs.exists(new Path("/ft/always-fails.H@")), "a failed job leaves no output binary");
  }

  @Test
  void aHungProgramIsKilledAfterTaskTimeoutRetriedAndTheJobFailsNamingTheTimeout() throws Exception {
    HarmProgram program = new HarmProgram(new File(local, "hangs"));
    ApplicationId id = jobs.submit(program.job("hangs", "/ft/in.H", "/ft/hangs.H", 1,
        "\"mode=hang\"", "\"maxAttempts\": 2, \"taskTimeout\": \"4s\", "), true);
    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.FAILED, report.getFinalApplicationStatus());
    assertTrue(report.getDiagnostics().contains("TIMED_OUT"), report.getDiagnostics());
    assertTrue(report.getDiagnostics().contains("taskTimeout"), report.getDiagnostics());
    List<String> ended = JournalReader.read(fs, jobs.work(id).journalFolder(), Integer.MAX_VALUE).transitions()
        .stream().filter(t -> t.attempt() != null && t.attempt().reason().isPresent())
        .map(t -> t.attempt().number() + " " + t.attempt().reason().get() + ": " + t.attempt().diagnostics())
        .distinct().toList();
    assertEquals(List.of("0", "0"), program.runs(), "the hung task ran twice; its attempts: " + ended);
    assertEquals(2, ended.size(), "two attempts: " + ended);
    assertTrue(ended.stream().allMatch(a -> a.contains("TIMED_OUT") && a.contains("the job's taskTimeout of 4s")),
        "the runner, not the ApplicationMaster's backstop, killed each attempt at 4s: " + ended);
    assertNoHungProcessSoon("no hung process is left");
    assertFalse(fs.exists(new Path("/ft/hangs.H")));
  }

  @Test
  void aOneMegabyteCheckpointIsRefusedAndTheRetryGetsTheLastOneWithinTheLimit() throws Exception {
    HarmProgram program = new HarmProgram(new File(local, "big-checkpoint"));
    ApplicationId id = jobs.submit(program.job("big-checkpoint", "/ft/in.H", "/ft/big-checkpoint.H", 1,
        "\"mode=big-checkpoint-once\", \"scale=2\"", ""), true);
    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    List<String> args = program.retryArguments(0);
    assertTrue(args.contains("checkpoint=step 7 of 9"), "retried with " + args);
    assertTrue(args.stream().allMatch(a -> a.length() < 1000), "no huge argument: " + args.size());
    TaskStatus task = jobs.status(id).orElseThrow().tasks().get(0);
    assertEquals(2, task.attempt(), "the first attempt failed as the program chose, not as a silent runner");
    assertArrayEquals(expected, output("/ft/big-checkpoint.H"));
  }

  @Test
  void aStalledProgramWithoutTaskTimeoutIsKilledAfterStallTimeoutAndTheJobFailsNamingTheStall() throws Exception {
    HarmProgram program = new HarmProgram(new File(local, "stalls"));
    long start = System.currentTimeMillis();
    ApplicationReport report = jobs.waitForEnd(jobs.submit(program.job("stalls", "/ft/in.H", "/ft/stalls.H", 1,
        "\"mode=hang\"", "\"maxAttempts\": 2, \"stallTimeout\": \"10s\", "), false));
    assertEquals(FinalApplicationStatus.FAILED, report.getFinalApplicationStatus());
    String diagnostics = report.getDiagnostics();
    assertTrue(diagnostics.contains("STALLED"), diagnostics);
    assertTrue(diagnostics.contains("stallTimeout of 10s"), diagnostics);
    assertEquals(List.of("0", "0"), program.runs(), "the stalled task ran twice");
    assertNoHungProcessSoon("no stalled process is left");
    assertFalse(fs.exists(new Path("/ft/stalls.H")));
    System.out.println("stalled job (2 attempts of a 10s stallTimeout) ended after "
        + (System.currentTimeMillis() - start) + " ms");
  }

  /**
   * A process replaces task 0's committed piece binary (beside the output, joinable in place) with
   * forged samples of the same size while task 1 still runs: the job fails before the merge, naming
   * the piece and the task, and resume --rerun 0 then gives the right output. Also checks that
   * HDFS's COMPOSITE_CRC checksum the runner recorded is the CRC32C of the piece's bytes.
   */
  @Test
  void aPieceReplacedAfterItsCommitFailsTheJobBeforeTheMergeAndResumeRerunRepairsIt() throws Exception {
    HarmProgram program = new HarmProgram(new File(local, "forged"));
    ApplicationId id = jobs.submit(program.job("forged", "/ft/in.H", "/ft/forged.H", 2, "\"scale=2\"", "")
        .replace("[\"id=1\"]", "[\"id=1\", \"mode=gated\"]"), false);
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline && !jobs.status(id).map(s -> s.tasks().get(0).state()
        .equals("SUCCEEDED")).orElse(false)) {
      Thread.sleep(200);
    }
    Path work = org.sepyarn.client.submit.StagingArea.workFolder(fs, id);
    List<org.sepyarn.runner.spec.PieceChecksum> recorded = org.sepyarn.runner.checksum.PieceChecksumFile.read(fs,
        new org.sepyarn.runner.spec.WorkLayout(work).pieces(0)).orElseThrow();
    org.sepyarn.runner.spec.PieceChecksum binary = recorded.stream().filter(c -> !c.inPiecesFolder()).findFirst()
        .orElseThrow(() -> new AssertionError("task 0's piece is joinable, so its binary is beside the output: "
            + recorded));
    Path piece = new Path(java.net.URI.create(binary.file()));
    byte[] bytes;
    try (java.io.InputStream in = fs.open(piece)) {
      bytes = in.readAllBytes();
    }
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(bytes);
    assertEquals("COMPOSITE-CRC32C:" + String.format("%08x", crc.getValue()), binary.checksum(),
        "HDFS's composite CRC is the CRC32C of the whole file");
    for (int i = 0; i < bytes.length; i += 8) {
      bytes[i] ^= 0x40;
    }
    fs.delete(piece, false);
    try (java.io.OutputStream out = fs.create(piece)) {
      out.write(bytes);
    }
    program.open();

    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.FAILED, report.getFinalApplicationStatus());
    String diagnostics = report.getDiagnostics();
    assertTrue(diagnostics.contains("task 0's committed piece of output files[1]"), diagnostics);
    assertTrue(diagnostics.contains(piece.getName()), diagnostics);
    assertTrue(diagnostics.contains("--rerun 0"), diagnostics);
    assertFalse(fs.exists(new Path("/ft/forged.H")), "no output from forged pieces");

    java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
    java.io.PrintStream print = new java.io.PrintStream(said, true);
    int exit = org.sepyarn.client.SepyarnMain.run(new String[] {"resume", id.toString(), "--rerun", "0"}, conf,
        new org.sepyarn.client.cli.Console(print, print, false));
    assertEquals(0, exit, said.toString());
    assertArrayEquals(expected, output("/ft/forged.H"));
  }

  @Test
  void killingAThirdOfTheRunningTaskContainersLeavesTheOutputIdentical() throws Exception {
    HarmProgram program = new HarmProgram(new File(local, "killed"));
    // The six tasks wait at the gate until two of their containers are killed.
    ApplicationId id = jobs.submit(program.job("killed", "/ft/in.H", "/ft/killed.H", 6,
        "\"mode=gated\", \"scale=2\"", ""), false);
    try {
      awaitRuns(program, 6);
      List<ContainerId> running = Harm.runningTaskContainers(cluster.yarn().getResourceManager(), id);
      int killed = 0;
      for (ContainerId c : running.subList(0, Math.min(2, running.size()))) {
        killed += Harm.killProcessesOf(c) > 0 ? 1 : 0;
      }
      assertEquals(2, killed, "killed two of the six tasks' containers: " + running);
    } finally {
      program.open();
    }
    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    assertArrayEquals(expected, output("/ft/killed.H"));
    assertEquals(8, program.runs().size(), "the two killed tasks ran again, the others once: " + program.runs());
  }

  /**
   * With speculation on, a straggler (task 3's first run hangs) gets a second attempt on the other
   * node once the three others are done; that one commits, the hung one is stopped uncharged, and
   * the output is the serial run's.
   */
  @Test
  void aStragglerIsOvertakenByASpeculativeAttemptOnTheOtherNodeAndTheOutputIsTheSame() throws Exception {
    HarmProgram program = new HarmProgram(new File(local, "straggler"));
    ApplicationId id = jobs.submit(program.job("straggler", "/ft/in.H", "/ft/straggler.H", 4,
        "\"slow=3\", \"scale=2\"",
        "\"speculation\": {\"quantile\": 0.75, \"multiplier\": 1.1, \"minRuntime\": \"5s\"}, "), true);
    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    assertArrayEquals(expected, output("/ft/straggler.H"));

    List<TaskTransition> journal = JournalReader.read(fs, jobs.work(id).journalFolder(), Integer.MAX_VALUE)
        .transitions();
    Map<Integer, Attempt> attempts = new TreeMap<>();
    journal.stream().filter(t -> t.taskIndex() == 3).forEach(t -> attempts.put(t.attempt().number(), t.attempt()));
    assertEquals(2, attempts.size(), "task 3 ran twice: " + attempts);
    Attempt slow = attempts.get(1);
    Attempt speculative = attempts.get(2);
    assertEquals(ExitReason.SUPERSEDED, slow.reason().orElseThrow(), slow.diagnostics());
    assertEquals(ExitReason.SUCCEEDED, speculative.reason().orElseThrow());
    assertTrue(speculative.startedAt() < slow.endedAt().getAsLong(), "the two attempts raced");
    assertFalse(slow.node().equals(speculative.node()), "on two nodes: " + attempts);
    assertEquals(0, jobs.status(id).orElseThrow().tasks().get(3).failures(), "the stopped one is not charged");
    for (int t = 0; t < 3; t++) {
      assertEquals(1, Collections.frequency(program.runs(), Integer.toString(t)), "runs: " + program.runs());
    }
    assertNoHungProcessSoon("the straggler was stopped");
  }

  /**
   * With three tasks to a container, a container killed while it runs a task handed over to it
   * loses only that task: the tasks it committed before stay done, and the lost one runs again.
   * A task handed over waits at the gate until the kill, so the kill lands in it.
   */
  @Test
  void aContainerKilledInItsSecondTaskLosesOnlyThatTask() throws Exception {
    HarmProgram program = new HarmProgram(new File(local, "reused"));
    ApplicationId id = jobs.submit(program.job("reused", "/ft/in.H", "/ft/reused.H", 6,
        "\"mode=gated-handover\", \"scale=2\"", "\"tasksPerContainer\": 3, "), true);
    TaskStatus killed;
    try {
      TaskStatus second = null;
      JobStatus midway = null;
      for (long deadline = System.currentTimeMillis() + 120_000; second == null
          && System.currentTimeMillis() < deadline; Thread.sleep(200)) {
        midway = jobs.status(id).orElse(null);
        second = midway == null ? null : secondTaskInAContainer(midway);
      }
      assertTrue(second != null, "no container runs its second task: " + midway);
      killed = second;
      assertTrue(Harm.killProcessesOf(ContainerId.fromString(killed.container())) > 0, killed.container());
    } finally {
      program.open();
    }

    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    assertArrayEquals(expected, output("/ft/reused.H"));
    JobStatus status = jobs.status(id).orElseThrow();
    for (TaskStatus task : status.tasks()) {
      int runs = Collections.frequency(program.runs(), Integer.toString(task.index()));
      assertEquals(task.index() == killed.index() ? 2 : 1, runs, "runs of task " + task.index() + ": "
          + program.runs());
      assertEquals(runs, task.attempt(), status.toString());
    }
  }

  /** A running task whose container committed another task before it. */
  private static TaskStatus secondTaskInAContainer(JobStatus status) {
    return status.tasks().stream().filter(t -> t.state().equals("RUNNING"))
        .filter(t -> status.tasks().stream().anyMatch(o -> o.state().equals("SUCCEEDED")
            && o.container() != null && o.container().equals(t.container())))
        .findFirst().orElse(null);
  }

  /**
   * SPM.Python's deadlock detection: a task's container freezes (SIGSTOP on the runner and the
   * program, as on a hung machine), its heartbeats stop, and after the job's heartbeatTimeout the
   * ApplicationMaster gives the attempt up, charged, has the container killed and runs the task
   * again.
   */
  @Test
  void aFrozenRunnerIsGivenUpAfterTheHeartbeatTimeoutAndItsTaskRunsAgain() throws Exception {
    HarmProgram program = new HarmProgram(new File(local, "frozen"));
    // The three tasks wait at the gate until one container is frozen.
    ApplicationId id = jobs.submit(program.job("frozen", "/ft/in.H", "/ft/frozen.H", 3,
        "\"mode=gated\", \"scale=2\"", "\"heartbeatTimeout\": \"10s\", "), true);
    List<ProcessHandle> frozen;
    try {
      awaitRuns(program, 3);
      List<ContainerId> running = Harm.runningTaskContainers(cluster.yarn().getResourceManager(), id);
      frozen = Harm.freezeProcessesOf(running.get(0));
      assertFalse(frozen.isEmpty(), "froze the processes of " + running.get(0));
    } finally {
      program.open();
    }

    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    assertArrayEquals(expected, output("/ft/frozen.H"));
    JobStatus status = jobs.status(id).orElseThrow();
    assertEquals(1, status.tasks().stream().filter(t -> t.attempt() == 2 && t.failures() == 1).count(),
        "the frozen task's silence was charged once and it ran again: " + status.tasks());
    assertEquals(4, program.runs().size(), "the frozen task ran twice, the others once: " + program.runs());
    Await.within(Duration.ofSeconds(30), () -> frozen.stream().noneMatch(Harm::isRunning));
    assertEquals(List.of(), frozen.stream().filter(Harm::isRunning).map(p -> p.pid() + " " + p.info().commandLine()
        .orElse("?")).toList(), "no frozen process is left");
  }

  @Test
  void aPreemptedContainerIsRunAgainWithoutBeingCharged() throws Exception {
    HarmProgram program = new HarmProgram(new File(local, "preempted"));
    // The three tasks wait at the gate until the preempted container's processes are gone, so the
    // preemption lands in a running task and its attempt cannot finish first.
    ApplicationId id = jobs.submit(program.job("preempted", "/ft/in.H", "/ft/preempted.H", 3,
        "\"mode=gated\", \"scale=2\"", "\"maxAttempts\": 1, "), true);
    try {
      awaitRuns(program, 3);
      ContainerId victim = Harm.runningTaskContainers(cluster.yarn().getResourceManager(), id).get(0);
      List<ProcessHandle> processes = Harm.processesOf(victim);
      assertFalse(processes.isEmpty(), "the processes of " + victim);
      Harm.preempt(cluster.yarn().getResourceManager(), victim);
      Await.until(Duration.ofSeconds(60), "the NodeManager killed the preempted " + victim,
          () -> processes.stream().noneMatch(Harm::isRunning));
    } finally {
      program.open();
    }
    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(),
        "with maxAttempts 1 a charged preemption would fail the job: " + report.getDiagnostics());
    assertArrayEquals(expected, output("/ft/preempted.H"));
    JobStatus status = jobs.status(id).orElseThrow();
    assertTrue(status.tasks().stream().anyMatch(t -> t.attempt() == 2 && t.failures() == 0),
        "one task was preempted and re-run: " + status.tasks());
  }

  /**
   * A merge task's runner killed (SIGKILL, like a crash) as soon as it starts: the merge task runs
   * again, the other one does not, and the summed output is right, with no attempt file left.
   */
  @Test
  void aKilledMergeTaskIsRunAgainAndTheOutputIsTheSame() throws Exception {
    ApplicationId id = jobs.submit("{\"name\": \"merge-kill\", \"mergeTasks\": 2, \"program\": {\"command\": "
        + JobRunner.tool("scale") + "}, \"tasks\": [[\"scale=1\"], [\"scale=2\"], [\"scale=4\"]], \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"/ft/in.H\", \"usage\": \"input\", \"distribute\": \"copy\"},"
        + "{\"tag\": \">\", \"path\": \"/ft/summed.H\", \"usage\": \"output\", \"distribute\": \"copy\"}]}", true);
    killRunnerOnceStarted(id + " --merge 1 --attempt 1", "merge task 1");

    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    JobStatus status = jobs.status(id).orElseThrow();
    assertEquals(1, status.mergeTasks().get(0).attempt(), "merge task 0 ran once: " + status.mergeTasks());
    assertEquals(2, status.mergeTasks().get(1).attempt(), "merge task 1 ran again: " + status.mergeTasks());
    Datasets.assertScaled(conf, fs, "/ft/in.H", "/ft/summed.H", 7);
  }

  /**
   * A scatter task's runner killed (SIGKILL, like a crash) as soon as it starts: the scatter task
   * runs again before any task starts, and the output of the fast-axis split it fed is right.
   */
  @Test
  void aKilledScatterTaskIsRunAgainBeforeTheTasksAndTheOutputIsTheSame() throws Exception {
    Hypercube cube = Hypercube.ofLengths(64, 64, 80);
    Datasets.writeFloats(fs, "/ft/traces.H", cube, Datasets.planeWaves(64, 64 * 80, 5));
    int tasks = 4;
    ApplicationId id = jobs.submit(JobRunner.scaleSplit("scatter-kill",
        "/ft/traces.H", "/ft/traces-scaled.H", 1, tasks, "2"), true);
    killRunnerOnceStarted(id + " --scatter 0 --attempt 1", "scatter task 0");

    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    Datasets.assertScaled(conf, fs, "/ft/traces.H", "/ft/traces-scaled.H", 2);
    assertEquals("ok", jobs.report(id, tasks, 2).orElseThrow().outcome(), "scatter task 0 ran again");
    for (int t = 0; t < tasks; t++) {
      assertEquals("ok", jobs.report(id, t, 1).orElseThrow().outcome(), "task " + t + " ran once, after the scatter");
      assertTrue(jobs.report(id, t, 2).isEmpty(), "task " + t + " ran once");
    }
  }
}
