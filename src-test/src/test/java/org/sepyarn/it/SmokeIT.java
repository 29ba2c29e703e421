package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Paths;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.client.api.YarnClientApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.client.embedded.EmbeddedCluster;
import org.sepyarn.client.submit.AppSubmitter;
import org.sepyarn.client.submit.StagingArea;
import org.sepyarn.client.submit.SubmissionRequest;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.runner.spec.WorkLayout;

class SmokeIT {
  static EmbeddedCluster cluster;

  @BeforeAll
  static void start() throws Exception {
    cluster = EmbeddedCluster.start(new File("target/smoke-it"), 2, 4096);
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  @Test
  void catOverSplitPiecesGivesBackTheInput() throws Exception {
    Configuration conf = cluster.configuration();
    FileSystem fs = cluster.fileSystem();
    Hypercube cube = Hypercube.ofLengths(40, 30);
    byte[] data = new byte[40 * 30 * 4];
    new Random(1).nextBytes(data);
    try (DatasetWriter w = DatasetWriter.to(fs, new Path("/data/in.H"), cube, ElementFormat.XDR_FLOAT).open()) {
      w.binary().write(data);
      w.commit();
    }
    String json = "{\"name\":\"smoke\",\"program\":{\"command\":[\"/bin/cat\"]},\"tasks\":3,"
        + "\"files\":[{\"tag\":\"<\",\"path\":\"/data/in.H\",\"usage\":\"input\",\"distribute\":{\"split\":{\"axis\":2}}},"
        + "{\"tag\":\">\",\"path\":\"/data/out.H\",\"usage\":\"output\",\"distribute\":{\"split\":{\"axis\":2}}}]}";
    JobSpec job = JobSpec.parse(json, "smoke");
    try (YarnClient yarn = YarnClient.createYarnClient()) {
      yarn.init(conf);
      yarn.start();
      AppSubmitter submitter = new AppSubmitter(conf, yarn);
      YarnClientApplication app = submitter.createApplication();
      ApplicationId id = app.getNewApplicationResponse().getApplicationId();
      WorkLayout work = StagingArea.stage(fs, id, Paths.get(System.getProperty("sepyarn.jar")), job.toJson());
      submitter.submit(app, work, new SubmissionRequest("smoke", "default", 0, List.of(), 512, 2), List.of());
      ApplicationReport report;
      long deadline = System.currentTimeMillis() + 180_000;
      do {
        Thread.sleep(500);
        report = yarn.getApplicationReport(id);
      } while (report.getYarnApplicationState() != YarnApplicationState.FINISHED
          && report.getYarnApplicationState() != YarnApplicationState.FAILED
          && report.getYarnApplicationState() != YarnApplicationState.KILLED
          && System.currentTimeMillis() < deadline);
      assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    }
  }
}
