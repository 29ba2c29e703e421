package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.yarn.api.records.ApplicationAttemptReport;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.NodeId;
import org.apache.hadoop.yarn.api.records.NodeLabel;
import org.apache.hadoop.yarn.api.records.NodeState;
import org.apache.hadoop.yarn.server.resourcemanager.nodelabels.RMNodeLabelsManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.status.TaskStatus;
import org.sepyarn.client.submit.SubmitSettings;

/**
 * {@code nodeLabel} on a mini cluster with node labels on: of two NodeManagers one is labelled
 * {@code gpu} (exclusive), and a job naming that label runs its ApplicationMaster and every task
 * there, though the other node is as free.
 */
class NodeLabelIT extends ClusterTestBase {
  private static final String CS = "yarn.scheduler.capacity.root.";
  private static NodeId labelled;

  @BeforeAll
  static void startClusters() throws Exception {
    File labels = new File("target/it/NodeLabelIT-labels").getAbsoluteFile();
    startClusters(NodeLabelIT.class, 2, Map.of(
        "yarn.node-labels.enabled", "true",
        "yarn.node-labels.fs-store.root-dir", labels.toURI().toString(),
        CS + "accessible-node-labels.gpu.capacity", "100",
        CS + "default.accessible-node-labels", "gpu",
        CS + "default.accessible-node-labels.gpu.capacity", "100",
        // An ApplicationMaster may take half of the labelled node (by default a tenth: too little for 512 MiB).
        "yarn.scheduler.capacity.maximum-am-resource-percent", "0.5"));
    RMNodeLabelsManager manager = cluster.yarn().getResourceManager().getRMContext().getNodeLabelManager();
    manager.addToCluserNodeLabels(List.of(NodeLabel.newInstance("gpu", true)));
    labelled = jobs.yarn().getNodeReports(NodeState.RUNNING).get(0).getNodeId();
    manager.replaceLabelsOnNode(Map.of(labelled, Set.of("gpu")));
  }

  /** The settings of a job whose work folder (with its final status) stays after its success. */
  private static SubmitSettings keepingWork() throws Exception {
    org.apache.hadoop.conf.Configuration keeping = new org.apache.hadoop.conf.Configuration(conf);
    keeping.setBoolean(SubmitSettings.KEEP_WORK, true);
    return SubmitSettings.from(keeping);
  }

  @Test
  void theApplicationMasterAndEveryTaskRunOnTheLabelledNode() throws Exception {
    long started = System.nanoTime();
    ApplicationId id = jobs.submit("{\"name\": \"labelled\", \"program\": {\"command\": [\"/bin/sleep\", \"4\"]},"
        + " \"tasks\": 3, \"resources\": {\"memory\": \"256m\"}, \"nodeLabel\": \"gpu\"}", keepingWork());
    jobs.awaitRunning(id, 1);
    // While it runs: a finished application's containers are no longer reported.
    ApplicationAttemptReport attempt = jobs.yarn().getApplicationAttempts(id).get(0);
    String amNode = jobs.yarn().getContainerReport(attempt.getAMContainerId()).getAssignedNode().toString();
    assertEquals(labelled.toString(), amNode, "the ApplicationMaster");
    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    System.out.println("labelled job took " + (System.nanoTime() - started) / 1_000_000 + " ms");

    for (TaskStatus t : jobs.status(id).orElseThrow().tasks()) {
      assertEquals(labelled.toString(), t.node(), "task " + t.index());
    }
  }
}
