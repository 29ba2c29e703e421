package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.NodeId;
import org.apache.hadoop.yarn.server.nodemanager.NodeManager;
import org.apache.hadoop.yarn.server.resourcemanager.ResourceManager;
import org.apache.hadoop.yarn.server.resourcemanager.rmapp.attempt.RMAppAttempt;
import org.apache.hadoop.yarn.server.resourcemanager.rmapp.attempt.RMAppAttemptState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.journal.JournalReader;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskTransition;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * Flows on a real HDFS and YARN: three programs chained in one job, the intermediates kept in
 * pieces in the work folder (read piece by piece, and gathered across pieces for a transpose),
 * give what the serial pipeline of the same programs gives, bit for bit; the second step starts on
 * a piece while the first still runs; a lost NodeManager, a lost piece of an intermediate and a
 * killed ApplicationMaster change nothing in the output, and no committed task runs again after the
 * ApplicationMaster's restart. A slow task waits at its program's gate, which the test opens once
 * what it checks has happened, rather than for a fixed delay.
 */
class FlowIT extends ClusterTestBase {
  private static final int N1 = 64;
  private static final int N2 = 24;
  private static final Duration WAIT = Duration.ofMinutes(2);
  /** The serial pipeline: scale=2, then smooth rect1=5, then smooth rect2=3. */
  private static byte[] expected;
  /** The serial pipeline's second dataset: scale=2, then smooth rect1=5 (what @smoothed holds). */
  private static byte[] expectedSmoothed;

  @BeforeAll
  static void startClusters() throws Exception {
    startClusters(FlowIT.class, 3);
    Hypercube cube = Hypercube.of(new Axis(N1, 0, 0.004, "time", "s"), new Axis(N2, 100, 12.5, "offset", "m"));
    float[] data = Datasets.planeWaves(N1, N2, 3);
    Datasets.writeFloats(fs, "/flow/in.H", cube, data);
    File localIn = new File(local, "in.H");
    Datasets.writeFloats(FileSystem.getLocal(conf), localIn.getAbsolutePath(), cube, data);
    // One folder per program: a tool names its binary after itself and the process.
    File scaled = SerialRun.run(new File(local, "serial-1"), "scale", localIn, "scaled.H", "scale=2");
    File smoothed = SerialRun.run(new File(local, "serial-2"), "smooth", scaled, "smoothed.H", "rect1=5");
    expectedSmoothed = Datasets.readBytes(conf, new Path(smoothed.toURI()));
    expected = Datasets.readBytes(conf, new Path(SerialRun.run(new File(local, "serial-3"), "smooth", smoothed,
        "out.H", "rect2=3").toURI()));
  }

  /**
   * The flow: step {@code scale} (the harm program, which scales, with per-task arguments) split
   * along axis 2 into 4; {@code smooth-time} reads its pieces one by one; {@code smooth-offset}
   * reads the second intermediate split along axis 1 into 3 (a transpose, gathered from every piece).
   * Step {@code smooth-time} has a task timeout and a stall timeout of its own, which its runners
   * read from their task's plan.
   */
  private static String flow(String name, HarmProgram program, String output, String[] scaleTaskArgs) {
    return flow(name, program, output, scaleTaskArgs, null);
  }

  /** As above, the second intermediate, {@code @smoothed}, kept as the dataset {@code keepSmoothed} too when not null. */
  private static String flow(String name, HarmProgram program, String output, String[] scaleTaskArgs,
      String keepSmoothed) {
    return flow(name, program, output, scaleTaskArgs, keepSmoothed, "");
  }

  /** As above, step {@code smooth-offset} with the settings {@code offsetOwn} too (e.g. {@code , "maxRunning": 1}). */
  private static String flow(String name, HarmProgram program, String output, String[] scaleTaskArgs,
      String keepSmoothed, String offsetOwn) {
    StringBuilder perTask = new StringBuilder();
    for (int i = 0; i < scaleTaskArgs.length; i++) {
      perTask.append(i == 0 ? "" : ", ").append("[\"id=").append(i).append("\"")
          .append(scaleTaskArgs[i].isEmpty() ? "" : ", \"" + scaleTaskArgs[i] + "\"").append("]");
    }
    return "{\"name\": \"" + name + "\", \"maxAttempts\": 4, \"steps\": ["
        + "{\"name\": \"scale\", \"program\": {\"command\": [\"" + program.path() + "\"], \"args\": [\"scale=2\"]},"
        + " \"tasks\": [" + perTask + "], \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"/flow/in.H\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 2}}},"
        + "{\"tag\": \">\", \"path\": \"@scaled\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": 2}}}]},"
        + "{\"name\": \"smooth-time\", \"program\": {\"command\": " + JobRunner.tool("smooth")
        + ", \"args\": [\"rect1=5\"]}, \"tasks\": " + scaleTaskArgs.length + ", \"taskTimeout\": \"20m\","
        + " \"stallTimeout\": \"15m\", \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"@scaled\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 2}}},"
        + "{\"tag\": \">\", \"path\": \"@smoothed\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": 2}}"
        + (keepSmoothed == null ? "" : ", \"keep\": \"" + keepSmoothed + "\"") + "}]},"
        + "{\"name\": \"smooth-offset\", \"program\": {\"command\": " + JobRunner.tool("smooth")
        + ", \"args\": [\"rect2=3\"]}, \"tasks\": 3" + offsetOwn + ", \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"@smoothed\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 1}}},"
        + "{\"tag\": \">\", \"path\": \"" + output + "\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": 1}}}"
        + "]}]}";
  }

  private static byte[] output(String path) throws Exception {
    return Datasets.readBytes(conf, fs.makeQualified(new Path(path)));
  }

  /** When each task first started and last ended, by the journal. */
  private static Map<Integer, long[]> spans(ApplicationId id) throws Exception {
    Map<Integer, long[]> spans = new HashMap<>();
    for (TaskTransition t : JournalReader.read(fs, jobs.work(id).journalFolder(), Integer.MAX_VALUE).transitions()) {
      long[] span = spans.computeIfAbsent(t.taskIndex(), k -> new long[] {Long.MAX_VALUE, 0});
      if (t.to() == TaskState.ASSIGNED) {
        span[0] = Math.min(span[0], t.at());
      }
      if (t.to() == TaskState.SUCCEEDED) {
        span[1] = Math.max(span[1], t.at());
      }
    }
    return spans;
  }

  /**
   * When each attempt of tasks {@code first} to {@code last} was assigned a container and when it
   * ended, by the journal, in the order they were assigned.
   */
  private static List<long[]> attemptSpans(ApplicationId id, int first, int last) throws Exception {
    Map<String, long[]> spans = new HashMap<>();
    for (TaskTransition t : JournalReader.read(fs, jobs.work(id).journalFolder(), Integer.MAX_VALUE).transitions()) {
      if (t.taskIndex() < first || t.taskIndex() > last) {
        continue;
      }
      long[] span = spans.computeIfAbsent(t.taskIndex() + "/" + t.attempt().number(),
          k -> new long[] {Long.MAX_VALUE, Long.MAX_VALUE});
      if (t.to() == TaskState.ASSIGNED) {
        span[0] = t.at();
      }
      if (t.attempt().hasEnded()) {
        span[1] = t.at();
      }
    }
    return spans.values().stream().sorted(java.util.Comparator.comparingLong(s -> s[0])).toList();
  }

  @Test
  void aThreeStepFlowWithATransposeEqualsTheSerialPipelineAndPipelinesPieceByPiece() throws Exception {
    HarmProgram program = new HarmProgram(new File(local, "plain"));
    ApplicationId id = jobs.submit(flow("flow", program, "/flow/out.H", new String[] {"", "", "", "mode=gated"},
        null, ", \"maxRunning\": 1"), true);
    // Step scale's task 3 waits at its gate until step smooth-time's task 0 (job task 4) has started.
    Await.until(WAIT, "step smooth-time's task 0 started", () -> {
      long[] span = spans(id).get(4);
      return span != null && span[0] < Long.MAX_VALUE;
    });
    program.open();
    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    assertArrayEquals(expected, output("/flow/out.H"));
    assertEquals(Datasets.cube(conf, fs.makeQualified(new Path("/flow/out.H"))).n(2), N2);

    // Tasks 0-3 are step scale's, 4-7 step smooth-time's, 8-10 step smooth-offset's.
    Map<Integer, long[]> spans = spans(id);
    assertEquals(11, spans.size(), "every task of the three steps ran: " + spans.keySet());
    long slowScaleEnded = spans.get(3)[1];
    assertTrue(spans.get(4)[0] < slowScaleEnded,
        "step smooth-time's task 0 started before step scale's task 3 ended (piece by piece)");
    for (int t = 4; t <= 7; t++) {
      assertTrue(spans.get(t)[0] >= spans.get(t - 4)[1], "task " + t + " started after the piece it reads");
    }
    for (int t = 8; t <= 10; t++) {
      for (int w = 4; w <= 7; w++) {
        assertTrue(spans.get(t)[0] >= spans.get(w)[1], "the transpose's task " + t + " waited for every piece");
      }
    }
    // Step smooth-offset's own maxRunning 1: its three tasks, released together, ran one at a time.
    List<long[]> offsetAttempts = attemptSpans(id, 8, 10);
    assertTrue(offsetAttempts.size() >= 3, "every attempt of step smooth-offset: " + offsetAttempts.size());
    for (int i = 1; i < offsetAttempts.size(); i++) {
      assertTrue(offsetAttempts.get(i)[0] >= offsetAttempts.get(i - 1)[1], "an attempt of step smooth-offset"
          + " started at " + offsetAttempts.get(i)[0] + " before the one before it ended at "
          + offsetAttempts.get(i - 1)[1]);
    }
    // The intermediates were never merged: no dataset of theirs beside the output.
    for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(new Path("/flow"))) {
      assertFalse(f.getPath().getName().contains("scaled") || f.getPath().getName().contains("smoothed"),
          "an intermediate was written as a dataset: " + f.getPath());
    }
    assertTrue(fs.exists(jobs.work(id).piece(0, "f1-_scaled")), "kept with keepWork: step scale's piece 0");
  }

  /**
   * Two harms to one flow, one after the other. First a NodeManager (not the ApplicationMaster's)
   * is stopped while step scale's four tasks run: its tasks run again elsewhere. Then, once step
   * smooth-time's task 0 (job task 4) has committed its piece of {@code @smoothed}, and while step
   * scale's task 3 waits at its gate so that the transpose cannot have started, that piece is
   * deleted: task 4 is sent back and writes it again, and the task whose piece it reads does not
   * run again. The output is the serial pipeline's.
   */
  @Test
  void aNodeManagerStoppedAndALostPieceOfAnIntermediateMidFlowLeaveTheOutputIdentical() throws Exception {
    HarmProgram program = new HarmProgram(new File(local, "node-loss"));
    ApplicationId id = jobs.submit(flow("flow-node-loss", program, "/flow/node-loss.H",
        new String[] {"delay=8", "delay=8", "delay=8", "mode=gated"}), true);
    Await.until(WAIT, "step scale's four tasks run", () -> program.runs().size() >= 4);
    ResourceManager rm = cluster.yarn().getResourceManager();
    NodeId amNode = rm.getRMContext().getRMApps().get(id).getCurrentAppAttempt().getMasterContainer().getNodeId();
    List<ContainerId> running = Harm.runningTaskContainers(rm, id);
    NodeManager victim = null;
    for (int i = 0; i < 3 && victim == null; i++) {
      NodeManager nm = cluster.yarn().getNodeManager(i);
      boolean hostsTasks = running.stream().anyMatch(c -> nm.getNMContext().getContainers().containsKey(c));
      if (!nm.getNMContext().getNodeId().equals(amNode) && hostsTasks) {
        victim = nm;
      }
    }
    assertTrue(victim != null, "a NodeManager without the ApplicationMaster runs tasks");
    List<ContainerId> victimContainers = List.copyOf(victim.getNMContext().getContainers().keySet());
    victim.stop();
    victimContainers.forEach(Harm::killProcessesOf);

    Await.until(WAIT, "step smooth-time's task 0 committed", () -> {
      long[] span = spans(id).get(4);
      return span != null && span[1] > 0;
    });
    assertTrue(spans(id).get(7) == null || spans(id).get(7)[1] == 0, "step smooth-time is not done yet");
    int scaleTask0Runs = Collections.frequency(program.runs(), "0");
    assertTrue(fs.delete(jobs.work(id).pieces(4), true), "deleted task 4's committed piece");
    program.open();

    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    assertArrayEquals(expected, output("/flow/node-loss.H"));
    assertTrue(program.runs().size() > 4, "the lost node's tasks ran again: " + program.runs());
    List<TaskTransition> journal = JournalReader.read(fs, jobs.work(id).journalFolder(), Integer.MAX_VALUE)
        .transitions();
    assertTrue(journal.stream().anyMatch(t -> t.taskIndex() == 4 && t.from() == TaskState.SUCCEEDED
        && t.to() == TaskState.WAITING), "task 4 was sent back when its piece was found lost");
    assertEquals(2, journal.stream().filter(t -> t.taskIndex() == 4 && t.to() == TaskState.SUCCEEDED).count(),
        "task 4 wrote its piece again");
    assertEquals(scaleTask0Runs, Collections.frequency(program.runs(), "0"), "step scale's task 0 did not run"
        + " again after the lost piece: its piece was whole");
  }

  @Test
  void anApplicationMasterKilledMidFlowRunsNoCommittedTaskAgain() throws Exception {
    HarmProgram program = new HarmProgram(new File(local, "am-restart"));
    ApplicationId id = jobs.submit(flow("flow-am-restart", program, "/flow/am-restart.H",
        new String[] {"", "", "mode=gated", "mode=gated"}, "/flow/am-restart-smoothed.H"), true);
    // Kill the first attempt once steps scale and smooth-time committed tasks 0 and 1, while
    // step scale's tasks 2 and 3 wait at their gate; open it once the second attempt runs.
    Await.until(WAIT, "two pieces of each of the first two steps committed", () -> {
      Map<Integer, long[]> spans = spans(id);
      return spans.containsKey(4) && spans.containsKey(5) && spans.get(4)[1] > 0 && spans.get(5)[1] > 0;
    });
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
    assertArrayEquals(expected, output("/flow/am-restart.H"));
    List<String> runs = program.runs();
    for (int t = 0; t < 4; t++) {
      assertEquals(1, Collections.frequency(runs, Integer.toString(t)), "step scale's task " + t + " ran once: "
          + runs);
    }
    long smoothRuns = JournalReader.read(fs, jobs.work(id).journalFolder(), Integer.MAX_VALUE).transitions().stream()
        .filter(t -> t.taskIndex() >= 4 && t.taskIndex() <= 5 && t.to() == TaskState.ASSIGNED).count();
    assertEquals(2, smoothRuns, "step smooth-time's committed tasks 0 and 1 did not run again");
    // @smoothed, kept, is merged from step smooth-time's pieces as the serial pipeline's second dataset.
    assertArrayEquals(expectedSmoothed, output("/flow/am-restart-smoothed.H"));
    assertEquals(java.util.Set.of(3, 5), JournalReader.read(fs, jobs.work(id).journalFolder(), Integer.MAX_VALUE)
        .mergedOutputs(), "the kept @smoothed (file 3) and the output (file 5) journaled as merged");
  }
}
