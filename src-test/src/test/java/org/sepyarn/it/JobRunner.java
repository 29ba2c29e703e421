package org.sepyarn.it;

import java.nio.file.Paths;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.client.api.YarnClientApplication;
import org.sepyarn.client.submit.AppSubmitter;
import org.sepyarn.client.submit.StagingArea;
import org.sepyarn.client.submit.SubmissionRequest;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.runner.spec.WorkLayout;

/** Submits a job straight through the client's submission code and waits for its end. */
final class JobRunner {
  private final Configuration conf;
  private final FileSystem fs;

  JobRunner(Configuration conf, FileSystem fs) {
    this.conf = conf;
    this.fs = fs;
  }

  /** The command that runs an example program inside a container (sepyarn.jar is localized there). */
  static String tool(String name) {
    return "[\"java\", \"-cp\", \"sepyarn.jar\", \"org.sepyarn.examples.Tools\", \"" + name + "\"]";
  }

  ApplicationReport run(String json) throws Exception {
    JobSpec job = JobSpec.parse(json, "test job");
    try (YarnClient yarn = YarnClient.createYarnClient()) {
      yarn.init(conf);
      yarn.start();
      AppSubmitter submitter = new AppSubmitter(conf, yarn);
      YarnClientApplication app = submitter.createApplication();
      ApplicationId id = app.getNewApplicationResponse().getApplicationId();
      WorkLayout work = StagingArea.stage(fs, id, Paths.get(System.getProperty("sepyarn.jar")), job.toJson());
      submitter.submit(app, work, new SubmissionRequest(job.name(), job.queue(), job.priority(), job.tags(), 512, 2),
          List.of());
      return waitForEnd(yarn, id);
    }
  }

  static ApplicationReport waitForEnd(YarnClient yarn, ApplicationId id) throws Exception {
    long deadline = System.currentTimeMillis() + 300_000;
    while (true) {
      ApplicationReport report = yarn.getApplicationReport(id);
      YarnApplicationState state = report.getYarnApplicationState();
      if (state == YarnApplicationState.FINISHED || state == YarnApplicationState.FAILED
          || state == YarnApplicationState.KILLED) {
        return report;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(id + " did not end within 300 s; state " + state);
      }
      Thread.sleep(250);
    }
  }
}
