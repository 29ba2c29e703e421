package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.NodeId;
import org.apache.hadoop.yarn.server.nodemanager.NodeManager;
import org.apache.hadoop.yarn.server.resourcemanager.ResourceManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Hypercube;

/** A NodeManager stops in the middle of a job: its tasks run again elsewhere, the output is unchanged. */
class NodeLossIT extends ClusterTestBase {

  @BeforeAll
  static void startClusters() throws Exception {
    startClusters(NodeLossIT.class, 3);
  }


  @Test
  void stoppingANodeManagerMidJobLeavesTheOutputIdentical() throws Exception {
    Hypercube cube = Hypercube.ofLengths(64, 12);
    float[] data = Datasets.planeWaves(64, 12, 5);
    Datasets.writeFloats(fs, "/nl/in.H", cube, data);
    File localIn = new File(local, "in.H");
    Datasets.writeFloats(FileSystem.getLocal(conf), localIn.getAbsolutePath(), cube, data);
    byte[] expected = Datasets.readBytes(conf, new Path(SerialRun.run(new File(local, "serial"), "scale", localIn,
        "out.H", "scale=2").toURI()));

    HarmProgram program = new HarmProgram(new File(local, "program"));
    ApplicationId id = jobs.submit(program.job("node-loss", "/nl/in.H", "/nl/out.H", 6, "\"delay=8\", \"scale=2\"",
        ""), false);
    long deadline = System.currentTimeMillis() + 60_000;
    while (program.runs().size() < 6 && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    ResourceManager rm = cluster.yarn().getResourceManager();
    NodeId amNode = rm.getRMContext().getRMApps().get(id).getCurrentAppAttempt().getMasterContainer().getNodeId();
    List<ContainerId> running = Harm.runningTaskContainers(rm, id);
    NodeManager victim = null;
    for (int i = 0; i < 3 && victim == null; i++) {
      NodeManager nm = cluster.yarn().getNodeManager(i);
      NodeId node = nm.getNMContext().getNodeId();
      boolean hostsTasks = running.stream().anyMatch(c -> nm.getNMContext().getContainers().containsKey(c));
      if (!node.equals(amNode) && hostsTasks) {
        victim = nm;
      }
    }
    assertTrue(victim != null, "a NodeManager without the ApplicationMaster runs tasks");
    // A node that goes down takes its processes with it: stop the NodeManager and kill its containers.
    List<ContainerId> victimContainers = List.copyOf(victim.getNMContext().getContainers().keySet());
    victim.stop();
    int lostTasks = 0;
    for (ContainerId c : victimContainers) {
      if (running.contains(c)) {
        lostTasks++;
      }
      Harm.killProcessesOf(c);
    }

    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    assertArrayEquals(expected, Datasets.readBytes(conf, fs.makeQualified(new Path("/nl/out.H"))));
    assertEquals(6 + lostTasks, program.runs().size(), "the lost node's " + lostTasks + " tasks ran again: "
        + program.runs());
  }
}
