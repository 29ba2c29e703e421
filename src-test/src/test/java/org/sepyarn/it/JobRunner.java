package org.sepyarn.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.client.api.YarnClientApplication;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.StatusCodec;
import org.sepyarn.client.submit.AppSubmitter;
import org.sepyarn.client.submit.StagingArea;
import org.sepyarn.client.submit.SubmissionRequest;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.runner.spec.AttemptReport;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.WorkLayout;

/** Submits jobs straight through the client's submission code, and watches them. */
final class JobRunner implements AutoCloseable {
  private final Configuration conf;
  private final FileSystem fs;
  private final YarnClient yarn;

  JobRunner(Configuration conf, FileSystem fs) {
    this.conf = conf;
    this.fs = fs;
    this.yarn = YarnClient.createYarnClient();
    yarn.init(conf);
    yarn.start();
  }

  /** The command that runs an example program inside a container (sepyarn.jar is localized there). */
  static String tool(String name) {
    return "[\"java\", \"-cp\", \"sepyarn.jar\", \"org.sepyarn.examples.Tools\", \"" + name + "\"]";
  }

  /**
   * A job of the example {@code scale} program with {@code scale}, its input and output split the
   * same way along {@code axis} into {@code tasks}.
   */
  static String scaleSplit(String name, String input, String output, int axis, int tasks, String scale) {
    String split = "{\"split\": {\"axis\": " + axis + "}}";
    return "{\"name\": \"" + name + "\", \"program\": {\"command\": " + tool("scale") + ", \"args\": [\"scale="
        + scale + "\"]}, \"tasks\": " + tasks + ", \"files\": [{\"tag\": \"<\", \"path\": \"" + input
        + "\", \"usage\": \"input\", \"distribute\": " + split + "}, {\"tag\": \">\", \"path\": \"" + output
        + "\", \"usage\": \"output\", \"distribute\": " + split + "}]}";
  }

  /** Submits and waits for the end. */
  ApplicationReport run(String json) throws Exception {
    return waitForEnd(submit(json, false));
  }

  ApplicationId submit(String json, boolean keepWork) throws Exception {
    JobSpec job = JobSpec.parse(json, "test job");
    AppSubmitter submitter = new AppSubmitter(conf, yarn);
    YarnClientApplication app = submitter.createApplication();
    ApplicationId id = app.getNewApplicationResponse().getApplicationId();
    WorkLayout work = StagingArea.stage(fs, id, Paths.get(System.getProperty("sepyarn.jar")), job.toJson());
    submitter.submit(app, work, new SubmissionRequest(job.name(), job.queue(), job.priority(), job.tags(), 512, 2,
        keepWork), List.of());
    return id;
  }

  /**
   * Submits as the client's {@code submit} does with {@code settings}: the job's ACLs (or those of
   * {@code sepyarn.acl.*}) and node label reach YARN.
   */
  ApplicationId submit(String json, org.sepyarn.client.submit.SubmitSettings settings) throws Exception {
    JobSpec job = JobSpec.parse(json, "test job");
    AppSubmitter submitter = new AppSubmitter(conf, yarn);
    YarnClientApplication app = submitter.createApplication();
    ApplicationId id = app.getNewApplicationResponse().getApplicationId();
    WorkLayout work = StagingArea.stage(fs, id, Paths.get(System.getProperty("sepyarn.jar")), job.toJson());
    submitter.submit(app, work, settings.request(job), List.of());
    return id;
  }

  WorkLayout work(ApplicationId id) {
    return new WorkLayout(StagingArea.workFolder(fs, id));
  }

  /** The report the runner of {@code task}'s {@code attempt} left in the work folder, if any. */
  Optional<AttemptReport> report(ApplicationId id, int task, int attempt) {
    try (InputStream in = fs.open(work(id).report(task, attempt))) {
      return Optional.of(PlanCodec.readReport(in));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The status the ApplicationMaster last published, if any. */
  Optional<JobStatus> status(ApplicationId id) {
    try (InputStream in = fs.open(work(id).statusJson())) {
      return Optional.of(StatusCodec.read(in.readAllBytes()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  YarnClient yarn() {
    return yarn;
  }

  ApplicationReport waitForEnd(ApplicationId id) throws Exception {
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

  /** Waits until at least {@code count} tasks run (by the published status). */
  void awaitRunning(ApplicationId id, int count) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      Optional<JobStatus> s = status(id);
      if (s.isPresent() && s.get().tasks().stream().filter(t -> t.state().equals("RUNNING")).count() >= count) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("fewer than " + count + " tasks of " + id + " ran within 120 s: " + status(id));
  }

  @Override
  public void close() {
    yarn.stop();
  }
}
