package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.server.resourcemanager.ResourceManager;
import org.apache.hadoop.yarn.server.resourcemanager.rmapp.attempt.RMAppAttempt;
import org.apache.hadoop.yarn.server.resourcemanager.rmapp.attempt.RMAppAttemptState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * The first ApplicationMaster attempt dies in the middle of a job: the second finishes it,
 * adopting the running containers, never running a finished task's program again.
 */
class AmRestartIT extends ClusterTestBase {
  private static final Duration WAIT = Duration.ofMinutes(2);
  private static byte[] expected;

  @BeforeAll
  static void startClusters() throws Exception {
    startClusters(AmRestartIT.class, 2);
    Hypercube cube = Hypercube.ofLengths(64, 12);
    float[] data = Datasets.planeWaves(64, 12, 11);
    Datasets.writeFloats(fs, "/am/in.H", cube, data);
    File localIn = new File(local, "in.H");
    Datasets.writeFloats(FileSystem.getLocal(conf), localIn.getAbsolutePath(), cube, data);
    expected = Datasets.readBytes(conf, new Path(SerialRun.run(new File(local, "serial"), "scale", localIn,
        "out.H", "scale=2").toURI()));
  }


  @Test
  void aKilledJobResumedRunsOnlyItsUnfinishedTasksAndGivesTheSameOutput() throws Exception {
    HarmProgram program = new HarmProgram(new File(local, "resume"));
    ApplicationId id = jobs.submit(program.job("resume", "/am/in.H", "/am/resumed.H", 6, "\"scale=2\"", "")
        .replace("[\"id=4\"]", "[\"id=4\", \"mode=gated\"]")
        .replace("[\"id=5\"]", "[\"id=5\", \"mode=gated\"]"), false);
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline && jobs.status(id).map(s -> s.tasks().stream()
        .filter(t -> t.state().equals("SUCCEEDED")).count()).orElse(0L) < 4) {
      Thread.sleep(200);
    }
    jobs.yarn().killApplication(id);
    jobs.waitForEnd(id);
    assertTrue(!fs.exists(new Path("/am/resumed.H")), "a killed job leaves no output");
    List<String> before = program.runs();
    // Tasks 4 and 5 waited at the gate until the kill; their runs in the resumed job go straight on.
    program.open();

    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int exit = org.sepyarn.client.SepyarnMain.run(new String[] {"resume", id.toString()}, conf,
        new org.sepyarn.client.cli.Console(new java.io.PrintStream(out, true), new java.io.PrintStream(err, true),
            false));
    assertEquals(0, exit, "resume: " + out + err);
    assertArrayEquals(expected, Datasets.readBytes(conf, fs.makeQualified(new Path("/am/resumed.H"))));
    List<String> resumed = program.runs().subList(before.size(), program.runs().size());
    assertEquals(List.of("4", "5"), resumed.stream().sorted().toList(), "only the unfinished tasks ran again");

    StringBuilder again = new StringBuilder();
    assertEquals(2, sepyarn(again, "resume", id.toString()), "a run is resumed once: " + again);
    assertTrue(again.toString().contains(id + " was resumed already by application_"), again.toString());
    assertEquals(List.of(), program.runs().subList(before.size() + resumed.size(), program.runs().size()),
        "no task ran a third time");
  }

  private static int sepyarn(StringBuilder said, String... args) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int exit = org.sepyarn.client.SepyarnMain.run(args, conf,
        new org.sepyarn.client.cli.Console(new java.io.PrintStream(out, true), new java.io.PrintStream(err, true),
            false));
    said.append(out).append(err);
    return exit;
  }

  /**
   * Task 1 writes its piece as native_float among xdr_float pieces: the job stops at its commit,
   * naming the formats; a plain resume would take the bad piece over, so resume --rerun 1 runs it
   * again, and the output is right. An unknown task number is refused first.
   */
  @Test
  void aWrongFormatPieceStopsTheJobAtItsCommitAndResumeRerunRunsItsTaskAgain() throws Exception {
    HarmProgram program = new HarmProgram(new File(local, "native"));
    ApplicationId id = jobs.submit(program.job("native", "/am/in.H", "/am/native.H", 3,
        "\"mode=native-once\", \"scale=2\"", "\"maxRunning\": 1, "), false);
    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.FAILED, report.getFinalApplicationStatus());
    String diagnostics = report.getDiagnostics();
    assertTrue(diagnostics.contains("piece 1 is stored as data_format=\"native_float\" (esize=4) but piece 0 as"
        + " \"xdr_float\""), diagnostics);
    assertTrue(diagnostics.contains("--rerun 1"), diagnostics);
    assertFalse(fs.exists(new Path("/am/native.H")), "no output");

    StringBuilder said = new StringBuilder();
    assertEquals(2, sepyarn(said, "resume", id.toString(), "--rerun", "1,7"), said.toString());
    assertTrue(said.toString().contains("--rerun 1,7: the job has no task 7; its 3 tasks are numbered 0 to 2"),
        said.toString());

    List<String> before = program.runs();
    said.setLength(0);
    assertEquals(0, sepyarn(said, "resume", id.toString(), "--rerun", "1"), said.toString());
    assertArrayEquals(expected, Datasets.readBytes(conf, fs.makeQualified(new Path("/am/native.H"))));
    List<String> resumed = program.runs().subList(before.size(), program.runs().size());
    assertTrue(resumed.contains("1"), "task 1 ran again: " + resumed);
  }

  /**
   * The first ApplicationMaster freezes (SIGSTOP, as in a long pause) while three tasks run; they
   * finish and commit their outputs with no ApplicationMaster to hear it, and only then is it
   * killed. The second attempt finds their containers gone, not kept: the runners' reports say
   * the tasks are done, so they are not run again.
   */
  @Test
  void tasksThatFinishWhileNoApplicationMasterRunsAreNotRunAgain() throws Exception {
    HarmProgram program = new HarmProgram(new File(local, "unseen"));
    ApplicationId id = jobs.submit(program.job("unseen", "/am/in.H", "/am/unseen.H", 6, "\"scale=2\"", "")
        .replace("[\"id=3\"]", "[\"id=3\", \"mode=gated\"]")
        .replace("[\"id=4\"]", "[\"id=4\", \"mode=gated\"]")
        .replace("[\"id=5\"]", "[\"id=5\", \"mode=gated\"]"), false);
    Await.until(WAIT, "tasks 0-2 succeeded and 3-5 run", () -> jobs.status(id).map(s -> s.tasks().stream()
        .filter(t -> t.state().equals("SUCCEEDED")).count()).orElse(0L) >= 3 && program.runs().size() >= 6);
    ResourceManager rm = cluster.yarn().getResourceManager();
    ContainerId amContainer = rm.getRMContext().getRMApps().get(id).getCurrentAppAttempt().getMasterContainer()
        .getId();

    assertFalse(Harm.freezeProcessesOf(amContainer).isEmpty(), "froze the first ApplicationMaster attempt");
    program.open();
    Await.until(WAIT, "the gated tasks' containers ended", () -> Harm.runningTaskContainers(rm, id).isEmpty());
    for (int task = 3; task < 6; task++) {
      int t = task;
      Await.until(WAIT, "task " + t + "'s runner reported its outputs committed",
          () -> jobs.report(id, t, 1).map(r -> r.outcome().equals("ok")).orElse(false));
    }
    assertTrue(Harm.killProcessesOf(amContainer) > 0, "killed the frozen ApplicationMaster");

    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    assertEquals(2, rm.getRMContext().getRMApps().get(id).getAppAttempts().size(), "a second attempt ran");
    assertArrayEquals(expected, Datasets.readBytes(conf, fs.makeQualified(new Path("/am/unseen.H"))));
    List<String> runs = program.runs();
    for (int t = 0; t < 6; t++) {
      assertEquals(1, Collections.frequency(runs, Integer.toString(t)), "task " + t + " ran once: " + runs);
    }

    StringBuilder logs = new StringBuilder();
    assertEquals(0, sepyarn(logs, "logs", id.toString()), logs.toString());
    assertTrue(logs.toString().contains("the ApplicationMaster's attempt 1 crashed")
        && logs.toString().contains("sepyarn logs " + id + " --am --attempt 1"), "logs says so and points there:\n"
        + logs);
    StringBuilder firstAm = new StringBuilder();
    assertEquals(0, sepyarn(firstAm, "logs", id.toString(), "--am", "--attempt", "1"), firstAm.toString());
    assertTrue(firstAm.toString().contains("job unseen (" + id + ")"), "the first attempt's log:\n" + firstAm);
  }

  @Test
  void aSecondAttemptFinishesTheJobWithoutRunningAFinishedTaskAgain() throws Exception {
    HarmProgram program = new HarmProgram(new File(local, "am-restart"));
    // Tasks 0-2 finish at once; tasks 3-5 wait at their gate while the ApplicationMaster dies, and
    // go on once the second attempt runs.
    ApplicationId id = jobs.submit(program.job("am-restart", "/am/in.H", "/am/out.H", 6, "\"scale=2\"", "")
        .replace("[\"id=3\"]", "[\"id=3\", \"mode=gated\"]")
        .replace("[\"id=4\"]", "[\"id=4\", \"mode=gated\"]")
        .replace("[\"id=5\"]", "[\"id=5\", \"mode=gated\"]"), false);
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      long done = jobs.status(id).map(s -> s.tasks().stream().filter(t -> t.state().equals("SUCCEEDED")).count())
          .orElse(0L);
      if (done >= 3 && program.runs().size() >= 6) {
        break;
      }
      Thread.sleep(200);
    }
    ResourceManager rm = cluster.yarn().getResourceManager();
    ContainerId amContainer = rm.getRMContext().getRMApps().get(id).getCurrentAppAttempt().getMasterContainer()
        .getId();
    assertTrue(Harm.killProcessesOf(amContainer) > 0, "killed the first ApplicationMaster attempt");
    Await.until(WAIT, "the second ApplicationMaster attempt registered", () -> {
      RMAppAttempt current = rm.getRMContext().getRMApps().get(id).getCurrentAppAttempt();
      return current.getAppAttemptId().getAttemptId() == 2
          && current.getAppAttemptState() == RMAppAttemptState.RUNNING;
    });
    program.open();

    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    assertEquals(2, rm.getRMContext().getRMApps().get(id).getAppAttempts().size(), "a second attempt ran");
    assertArrayEquals(expected, Datasets.readBytes(conf, fs.makeQualified(new Path("/am/out.H"))));
    List<String> runs = program.runs();
    for (int t = 0; t < 6; t++) {
      assertEquals(1, Collections.frequency(runs, Integer.toString(t)), "task " + t + " ran once: " + runs);
    }
  }

  /**
   * The ApplicationMaster dies while the merge tasks of a copy-sum output run; the second attempt
   * runs the very merge tasks the first one planned (its merge plan is kept), none of the tasks, and
   * the output is the sum.
   */
  @Test
  void anApplicationMasterKilledInTheMergePhaseFinishesTheSameMergeTasks() throws Exception {
    ApplicationId id = jobs.submit("{\"name\": \"merge-restart\", \"mergeTasks\": 2, \"program\": {\"command\": "
        + JobRunner.tool("scale") + "}, \"tasks\": [[\"scale=1\"], [\"scale=2\"], [\"scale=4\"]], \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"/am/in.H\", \"usage\": \"input\", \"distribute\": \"copy\"},"
        + "{\"tag\": \">\", \"path\": \"/am/summed.H\", \"usage\": \"output\", \"distribute\": \"copy\"}]}", true);
    Await.until(WAIT, "the merge phase started", () -> jobs.status(id)
        .map(s -> s.state().equals("MERGING") && !s.mergeTasks().isEmpty()).orElse(false));
    org.sepyarn.am.status.JobStatus atKill = jobs.status(id).orElseThrow();
    byte[] planned = fs.open(jobs.work(id).mergePlan()).readAllBytes();
    ResourceManager rm = cluster.yarn().getResourceManager();
    ContainerId amContainer = rm.getRMContext().getRMApps().get(id).getCurrentAppAttempt().getMasterContainer()
        .getId();
    assertTrue(Harm.killProcessesOf(amContainer) > 0, "killed the first ApplicationMaster attempt");
    assertTrue(atKill.mergeTasks().stream().anyMatch(t -> !t.state().equals("SUCCEEDED")),
        "killed before every merge task succeeded: " + atKill.mergeTasks());

    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    assertEquals(2, rm.getRMContext().getRMApps().get(id).getAppAttempts().size(), "a second attempt ran");
    assertArrayEquals(planned, fs.open(jobs.work(id).mergePlan()).readAllBytes(), "the merge plan was kept");
    org.sepyarn.am.status.JobStatus end = jobs.status(id).orElseThrow();
    assertEquals(2, end.mergeTasks().size());
    assertTrue(end.mergeTasks().stream().allMatch(t -> t.state().equals("SUCCEEDED")), end.mergeTasks().toString());
    for (int t = 0; t < 3; t++) {
      assertEquals(1, end.tasks().get(t).attempt(), "task " + t + " ran once");
    }
    Datasets.assertScaled(conf, fs, "/am/in.H", "/am/summed.H", 7);
  }

  /**
   * The ApplicationMaster dies while the scatter task of a fast-axis split runs, before any task
   * started: the second attempt finishes the scatter phase (its plan kept), then runs every task
   * once, and the output is right.
   */
  @Test
  void anApplicationMasterKilledInTheScatterPhaseFinishesItThenRunsTheTasks() throws Exception {
    Hypercube cube = Hypercube.ofLengths(64, 64, 80);
    Datasets.writeFloats(fs, "/am/traces.H", cube, Datasets.planeWaves(64, 64 * 80, 13));
    int tasks = 4;
    ApplicationId id = jobs.submit(JobRunner.scaleSplit("scatter-restart",
        "/am/traces.H", "/am/traces-scaled.H", 1, tasks, "2"), true);
    Await.until(WAIT, "the scatter task's runner started", () -> !Harm.processesWith(id + " --scatter 0 --attempt 1")
        .isEmpty());
    byte[] planned = fs.open(jobs.work(id).scatterPlan()).readAllBytes();
    ResourceManager rm = cluster.yarn().getResourceManager();
    ContainerId amContainer = rm.getRMContext().getRMApps().get(id).getCurrentAppAttempt().getMasterContainer()
        .getId();
    assertTrue(Harm.killProcessesOf(amContainer) > 0, "killed the first ApplicationMaster attempt");
    for (int t = 0; t < tasks; t++) {
      assertTrue(jobs.report(id, t, 1).isEmpty(), "task " + t + " had not run when the ApplicationMaster died");
    }

    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    assertEquals(2, rm.getRMContext().getRMApps().get(id).getAppAttempts().size(), "a second attempt ran");
    assertArrayEquals(planned, fs.open(jobs.work(id).scatterPlan()).readAllBytes(), "the scatter plan is the same");
    Datasets.assertScaled(conf, fs, "/am/traces.H", "/am/traces-scaled.H", 2);
    for (int t = 0; t < tasks; t++) {
      assertEquals("ok", jobs.report(id, t, 1).orElseThrow().outcome(), "task " + t);
      assertTrue(jobs.report(id, t, 2).isEmpty(), "task " + t + " ran once");
    }
  }
}
