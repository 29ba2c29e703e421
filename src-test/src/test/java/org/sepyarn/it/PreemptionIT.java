package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.journal.JournalReader;
import org.sepyarn.am.schedule.Attempt;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.TaskTransition;
import org.sepyarn.am.status.TaskStatus;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * The CapacityScheduler's preemption on a mini cluster: two queues of half the one NodeManager
 * each, either may grow to all of it; a sepyarn job fills the node from queue {@code a}, then a
 * second job in queue {@code b} claims its half, and the scheduler's preemption monitor
 * ({@code ProportionalCapacityPreemptionPolicy}) kills containers of the first job to give it
 * room. The first job re-runs its preempted tasks without charging them an attempt and ends with
 * the serial run's bytes.
 */
class PreemptionIT extends ClusterTestBase {
  private static final int N1 = 40;
  private static final int N2 = 24;
  private static final String CS = "yarn.scheduler.capacity.root.";

  @BeforeAll
  static void startClusters() throws Exception {
    startClusters(PreemptionIT.class, 1, Map.ofEntries(
        Map.entry("yarn.resourcemanager.scheduler.class",
            "org.apache.hadoop.yarn.server.resourcemanager.scheduler.capacity.CapacityScheduler"),
        Map.entry(CS + "queues", "a,b"),
        Map.entry(CS + "a.capacity", "50"),
        Map.entry(CS + "a.maximum-capacity", "100"),
        Map.entry(CS + "b.capacity", "50"),
        Map.entry(CS + "b.maximum-capacity", "100"),
        // One user may fill the whole node from either queue (by default only the queue's half).
        Map.entry(CS + "a.user-limit-factor", "2"),
        Map.entry(CS + "b.user-limit-factor", "2"),
        // Let one queue's ApplicationMasters use the whole of its half (the default 10% would hold
        // the second job's AM back).
        Map.entry("yarn.scheduler.capacity.maximum-am-resource-percent", "0.5"),
        Map.entry("yarn.resourcemanager.scheduler.monitor.enable", "true"),
        Map.entry("yarn.resourcemanager.scheduler.monitor.policies",
            "org.apache.hadoop.yarn.server.resourcemanager.monitor.capacity.ProportionalCapacityPreemptionPolicy"),
        Map.entry("yarn.resourcemanager.monitor.capacity.preemption.monitoring_interval", "500"),
        Map.entry("yarn.resourcemanager.monitor.capacity.preemption.max_wait_before_kill", "1000"),
        Map.entry("yarn.resourcemanager.monitor.capacity.preemption.total_preemption_per_round", "1.0"),
        Map.entry("yarn.resourcemanager.monitor.capacity.preemption.natural_termination_factor", "1.0"),
        Map.entry("yarn.resourcemanager.monitor.capacity.preemption.max_ignored_over_capacity", "0")));
    Hypercube cube = Hypercube.of(new Axis(N1, 0, 0.004, "time", "s"), new Axis(N2, 100, 12.5, "offset", "m"));
    float[] data = Datasets.planeWaves(N1, N2, 5);
    Datasets.writeFloats(fs, "/data/waves.H", cube, data);
    Datasets.writeFloats(FileSystem.getLocal(conf), new File(local, "waves.H").getAbsolutePath(), cube, data);
  }

  @Test
  void tasksPreemptedForAnotherQueueRunAgainUnchargedAndTheOutputIsTheSerialRuns() throws Exception {
    // A program that is sure to be caught running: it waits for a gate the test opens once the
    // claimant has ended (which it can only do by preemption), then scales.
    File gate = new File(local, "gate");
    File slow = new File(local, "slow-scale.sh");
    Files.writeString(slow.toPath(), "#!/bin/sh\nwhile [ ! -e '" + gate.getAbsolutePath() + "' ]; do sleep 0.2; done\n"
        + "exec java -cp sepyarn.jar org.sepyarn.examples.Tools scale \"$@\"\n");
    assertTrue(slow.setExecutable(true));
    long started = System.nanoTime();
    // 4096 MiB on the node: the AM's 512 and six tasks of 512 fill queue a far beyond its half.
    ApplicationId first = jobs.submit("{\"name\": \"preempted\", \"queue\": \"a\", \"program\": {\"command\": [\""
        + slow.getAbsolutePath() + "\"], \"args\": [\"scale=3\"]}, \"tasks\": 6, \"resources\": {\"memory\": \"512m\"},"
        + " \"maxAttempts\": 1, \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"/data/waves.H\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 2}}},"
        + "{\"tag\": \">\", \"path\": \"/out/tripled.H\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": 2}}}]}",
        true);
    jobs.awaitRunning(first, 6);
    // Queue b's job wants its guaranteed half: the AM and three tasks of 512.
    ApplicationId second = jobs.submit("{\"name\": \"claimant\", \"queue\": \"b\", \"program\": {\"command\":"
        + " [\"/bin/sleep\", \"3\"]}, \"tasks\": 3, \"resources\": {\"memory\": \"512m\"}}", false);

    ApplicationReport claimant = jobs.waitForEnd(second);
    assertEquals(FinalApplicationStatus.SUCCEEDED, claimant.getFinalApplicationStatus(), claimant.getDiagnostics());
    assertTrue(gate.createNewFile());
    ApplicationReport report = jobs.waitForEnd(first);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    System.out.println("preemption test's jobs took " + (System.nanoTime() - started) / 1_000_000 + " ms");

    File serial = SerialRun.run(new File(local, "serial"), "scale", new File(local, "waves.H"), "tripled.H",
        "scale=3");
    assertArrayEquals(Datasets.readBytes(conf, new Path(serial.toURI())),
        Datasets.readBytes(conf, fs.makeQualified(new Path("/out/tripled.H"))));

    List<TaskTransition> journal = JournalReader.read(fs, jobs.work(first).journalFolder(), Integer.MAX_VALUE)
        .transitions();
    List<Attempt> preempted = journal.stream().map(TaskTransition::attempt)
        .filter(a -> a.reason().filter(ExitReason.PREEMPTED::equals).isPresent()).distinct().toList();
    assertFalse(preempted.isEmpty(), "no attempt was preempted: " + journal);
    // maxAttempts is 1: a preempted attempt that counted would have failed the job.
    for (TaskStatus t : jobs.status(first).orElseThrow().tasks()) {
      assertEquals(0, t.failures(), "task " + t.index() + " was charged: " + t);
    }
    assertTrue(jobs.status(first).orElseThrow().tasks().stream().anyMatch(t -> t.attempt() >= 2),
        "a preempted task ran again");
  }
}
